/**
 * The hint's code (src/content/hint/: the panel, its styles, placement, the host that resists tampering) is the
 * largest part of the page script, and most portal pages never show an error. So it is not in content.js: the
 * background adds it to the frame (hint.js, src/background/hint-code.ts) when it first answers that frame with a
 * hint, while its answer is on the way. Both scripts run in the extension's isolated world of the frame, where the
 * page cannot see them, and meet on one global: hint.js registers itself there (src/content/hint/ui.ts).
 */
import type { showHint } from './hint';
import type { followError } from './hint/follow-error';
import type { fieldNote, showNote } from './fill/note-view';
import type { noteTexts } from './fill/note-language';

export const HINT_UI_KEY = 'loginAssistantHintUi';
export const HINT_UI_READY_KEY = 'loginAssistantHintReady';

export interface HintUi {
  showHint: typeof showHint;
  /** only a shown hint follows its error, so this comes with the hint's code */
  followError: typeof followError;
  /** the note under a credit-code or ID field whose value cannot be right (src/content/fill/field-note.ts) */
  fieldNote: typeof fieldNote;
  showNote: typeof showNote;
  noteTexts: typeof noteTexts;
}

type Slot = { [HINT_UI_KEY]?: HintUi; [HINT_UI_READY_KEY]?: (ui: HintUi) => void };

/** The background injects it within milliseconds; past this the injection failed (a frame it may not script). */
const WAIT_MS = 5000;

let loading: Promise<HintUi | null> | null = null;

/** The hint's code, if it is here already. */
export function hintUiNow(): HintUi | null {
  return (globalThis as Slot)[HINT_UI_KEY] ?? null;
}

/** The hint's code once hint.js has run in this frame; null if it never comes. */
export function hintUi(): Promise<HintUi | null> {
  const now = hintUiNow();
  if (now) return Promise.resolve(now);
  loading ??= new Promise<HintUi | null>((resolve) => {
    const timer = setTimeout(() => {
      loading = null;
      resolve(null);
    }, WAIT_MS);
    (globalThis as Slot)[HINT_UI_READY_KEY] = (ui) => {
      clearTimeout(timer);
      resolve(ui);
    };
  });
  return loading;
}
