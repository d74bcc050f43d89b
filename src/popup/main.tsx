import { render } from 'preact';
import { uiLang } from '../background/lang';
import { App } from './App';

document.documentElement.lang = uiLang();
render(<App search={location.search} />, document.getElementById('app')!);
