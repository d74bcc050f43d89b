/**
 * hint.js: the hint's code, added to a frame by the background when the frame first gets a hint (src/content/hint-ui.ts
 * says why). Registers itself for the frame's content script; injected twice (a restarted worker does not know it
 * did it before), the first copy stays.
 */
import { HINT_UI_KEY, HINT_UI_READY_KEY, type HintUi } from '../hint-ui';
import { showHint } from '.';
import { followError } from './follow-error';
import { fieldNote, showNote } from '../fill/note-view';
import { noteTexts } from '../fill/note-language';

const slot = globalThis as { [HINT_UI_KEY]?: HintUi; [HINT_UI_READY_KEY]?: (ui: HintUi) => void };
slot[HINT_UI_KEY] ??= { showHint, followError, fieldNote, showNote, noteTexts };
slot[HINT_UI_READY_KEY]?.(slot[HINT_UI_KEY]);
