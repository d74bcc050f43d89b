import { render } from 'preact';
import { uiLang } from '../shared/lang';
import { App } from './App';
import { loadLanguage } from '../shared/language';
import { requestView } from './view';

// asked at once: the background composes the first view while this page reads the language choice
const view = requestView(location.search);
await loadLanguage().catch(() => 'auto');

document.documentElement.lang = uiLang();
render(<App search={location.search} view={view} />, document.getElementById('app')!);
