/**
 * Before the click: when the user leaves the page's own credit-code or ID field, its value is checked in memory
 * (value-check.ts) and, only when it cannot be right, a small note appears under the field (./note-view.ts). The
 * value is read for that check alone: never kept, never sent, never part of a snapshot, never shown. Typing in the
 * field again removes the note. The check and the note come with the hint's code (src/content/hint-ui.ts): the first
 * time a page needs them, the background is asked to add it (`hint-code`), and the note follows a moment later.
 */
import { type HintUi, hintUi, hintUiNow } from '../hint-ui';
import { send } from '../messaging';
import { kindOfField } from './fields';
import type { NoteTexts } from './note-language';

/** Looks up a text in the extension's locale (chrome.i18n in the page, a table in the tests). */
export type Texts = (key: string, substitution?: string) => string;

/** A page has one or two such fields; this bounds a page that fires events on thousands. */
const MAX_NOTES = 4;

/** `t`: the note's texts; null takes them from the hint's code, in the user's language (./note-language.ts). */
export function watchFields(win: Window, t: Texts | null, signal?: AbortSignal): void {
  const notes = new Map<EventTarget, Element>();
  let own: NoteTexts | null = null;
  const textsOf = async (ui: HintUi): Promise<Texts> => {
    if (t) return t;
    own ??= ui.noteTexts(signal);
    await own.ready;
    return own;
  };
  const drop = (input: EventTarget): void => {
    notes.get(input)?.remove();
    notes.delete(input);
  };
  const note = (ui: HintUi, texts: Texts, input: HTMLInputElement, field: 'credit-code' | 'agent-id'): void => {
    if (signal?.aborted || !input.isConnected || notes.has(input)) return;
    const text = ui.fieldNote(input, field, texts);
    if (!text) return;
    if (notes.size >= MAX_NOTES) drop(notes.keys().next().value!);
    notes.set(input, ui.showNote(input, field === 'credit-code' ? 'credit-code-wrong' : 'input-missing', text));
  };
  const onLeave = (event: Event): void => {
    // a field in an open shadow root reaches us retargeted to its host, hence the composed path
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement)) return;
    const kind = kindOfField(input);
    if (kind !== 'credit-code' && kind !== 'agent-id') return;
    drop(input);
    // an empty field needs no check: no reason to bring the code for it
    if (input.value.trim() === '') return;
    const now = hintUiNow();
    if (now && t) {
      note(now, t, input, kind);
      return;
    }
    void (async () => {
      if (!now) void send({ type: 'hint-code' });
      const ui = now ?? (await hintUi());
      if (ui) note(ui, await textsOf(ui), input, kind);
    })();
  };
  const options = { capture: true, signal };
  win.addEventListener('focusout', onLeave, options);
  win.addEventListener('change', onLeave, options);
  win.addEventListener('input', (event) => drop(event.composedPath()[0]!), options);
}
