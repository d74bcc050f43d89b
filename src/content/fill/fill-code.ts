/** fill.js (vite.config.ts, environment `fill`): answers the popup in this frame if content.js watches it. */
import { answerPopupHere } from './answer-popup';
import { checklistMark } from './page-mark';

answerPopupHere(document, checklistMark());
