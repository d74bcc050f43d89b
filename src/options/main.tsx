import { render } from 'preact';
import { uiLang } from '../shared/lang';
import { App } from './App';
import { loadLanguage, onLanguageChange } from '../shared/language';
import { t } from '../ui/i18n';

await loadLanguage().catch(() => 'auto');

/** Drawn again, from scratch, in the other language when the user switches it (here or in another tab). */
function show(): void {
  const lang = uiLang();
  document.documentElement.lang = lang;
  document.title = t('optionsTitle');
  render(<App key={lang} />, document.getElementById('app')!);
}

show();
onLanguageChange(show);
