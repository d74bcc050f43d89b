import { render } from 'preact';
import { uiLang } from '../background/lang';
import { App } from './App';

document.documentElement.lang = uiLang();
render(<App />, document.getElementById('app')!);
