import { render } from 'preact';
import { uiLang } from '../shared/lang';
import { App } from './App';
import { loadLanguage, onLanguageChange } from '../shared/language';
import { t } from '../ui/i18n';

await loadLanguage().catch(() => 'auto');

/** In the user's language; drawn again when they switch it in the options page. */
function show(): void {
  document.documentElement.lang = uiLang();
  document.title = `${t('extShortName')} · ${t('welcomeTitle')}`;
  render(<App key={uiLang()} />, document.getElementById('app')!);
}

show();
onLanguageChange(show);
