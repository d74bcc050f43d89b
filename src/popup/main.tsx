// first: the question to the background leaves before the rest of the popup is evaluated (asked.ts)
import { asked } from './asked';
import { render } from 'preact';
import { uiLang } from '../shared/lang';
import { keepLanguageChoice } from '../shared/language-text';
import { App } from './App';

// one render, with the real state of this tab: the background's view carries the language choice too, so the
// popup reads no storage of its own before its first paint. Not a top-level await: with one, the bundler stops
// merging the modules the later chunks share into this file (an extra request before the first paint).
void asked.then((view) => {
  keepLanguageChoice(view?.language ?? 'auto');
  document.documentElement.lang = uiLang();
  render(<App search={location.search} first={view} />, document.getElementById('app')!);
});
