import { render } from 'preact';
import { uiLang } from '../shared/lang';
import { App } from './App';
import { loadLanguage } from '../shared/language';

await loadLanguage().catch(() => 'auto');

document.documentElement.lang = uiLang();
render(<App />, document.getElementById('app')!);
