import { render } from 'preact';
import browser from 'webextension-polyfill';
import { uiLang } from '../shared/lang';
import { App } from './App';

document.documentElement.lang = uiLang();
document.title = `${browser.i18n.getMessage('extShortName')} · ${browser.i18n.getMessage('welcomeTitle')}`;
render(<App />, document.getElementById('app')!);
