import { render } from 'preact';
import { uiLang } from '../shared/lang';
import { App } from './App';
import { loadLanguage } from '../shared/language';
import { loadCustomPortals } from '../shared/custom-portals';

await Promise.all([loadLanguage().catch(() => 'auto'), loadCustomPortals().catch(() => [])]);

document.documentElement.lang = uiLang();
render(<App search={location.search} />, document.getElementById('app')!);
