import { render } from 'preact';
import { uiLang } from '../shared/lang';
import { App } from './App';
import { loadLanguage } from '../shared/language';
import { requestView } from './view';
import { loadCustomPortals } from '../shared/custom-portals';

// asked at once: the background composes the first view while this page reads the language choice (and the
// user's own portals, which the checklist needs when it re-checks after first paint)
const view = requestView(location.search);
await Promise.all([loadLanguage().catch(() => 'auto'), loadCustomPortals().catch(() => [])]);

document.documentElement.lang = uiLang();
render(<App search={location.search} view={view} />, document.getElementById('app')!);
