/**
 * Before the click: when the user leaves the page's own credit-code or ID field, its value is checked in memory
 * (value-check.ts) and, only when it cannot be right, a small note appears under the field. The value is read for
 * that check alone: never kept, never sent, never part of a snapshot, never shown. Typing in the field again
 * removes the note.
 *
 * The note follows the hint host contract (README "Public contracts"): its host element carries
 * `data-login-assistant-hint` with the category, everything else is inside a closed shadow root, text goes in
 * through textContent only.
 */
import { HINT_HOST_ATTRIBUTE } from '../hint/attribute';
import { judgeField } from './fields';
import { valueProblem, type ValueProblem } from './value-check';

/** Looks up a text in the extension's locale (chrome.i18n in the page, a table in the tests). */
export type Texts = (key: string, substitution?: string) => string;

/** `fieldNote<Code|Id><Reason>` in public/_locales/<lang>/messages.json */
export function noteText(field: 'credit-code' | 'agent-id', problem: ValueProblem, t: Texts): string {
  const reason = problem.reason;
  const key = `fieldNote${field === 'credit-code' ? 'Code' : 'Id'}${reason[0]!.toUpperCase()}${reason.slice(1)}`;
  return t(key, problem.reason === 'length' ? String(problem.length) : undefined);
}

const NOTE_STYLE =
  'display:inline-block;font:12px/1.5 sans-serif;color:#8a1c12;background:#fff4f2;border:1px solid #e8a79d;' +
  'border-radius:4px;padding:2px 8px;margin:2px 0 4px';

/**
 * The note goes into the page's layout right after the field (after the field's row when that row lays its
 * children out side by side), so it pushes what follows down instead of covering the next field.
 */
function showNote(input: HTMLInputElement, category: string, text: string): Element {
  const doc = input.ownerDocument;
  const row = input.parentElement;
  const anchor = row && /flex|grid/.test(getComputedStyle(row).display) ? row : input;
  const host = doc.createElement('div');
  host.setAttribute(HINT_HOST_ATTRIBUTE, category);
  host.setAttribute('style', 'all:initial!important;display:block!important');
  const note = doc.createElement('div');
  note.setAttribute('role', 'status');
  note.setAttribute('style', NOTE_STYLE);
  note.textContent = text;
  host.attachShadow({ mode: 'closed' }).append(note);
  anchor.after(host);
  return host;
}

/** A page has one or two such fields; this bounds a page that fires events on thousands. */
const MAX_NOTES = 4;

export function watchFields(win: Window, t: Texts, signal?: AbortSignal): void {
  const notes = new Map<EventTarget, Element>();
  const drop = (input: EventTarget): void => {
    notes.get(input)?.remove();
    notes.delete(input);
  };
  const onLeave = (event: Event): void => {
    // a field in an open shadow root reaches us retargeted to its host, hence the composed path
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement)) return;
    const { kind, mixed } = judgeField(input);
    if (kind !== 'credit-code' && kind !== 'agent-id') return;
    drop(input);
    const problem = valueProblem(input.value, kind, mixed);
    const category = kind === 'credit-code' ? 'credit-code-wrong' : 'input-missing';
    if (!problem) return;
    if (notes.size >= MAX_NOTES) drop(notes.keys().next().value!);
    notes.set(input, showNote(input, category, `${t('fieldNoteBy')}${noteText(kind, problem, t)}`));
  };
  const options = { capture: true, signal };
  win.addEventListener('focusout', onLeave, options);
  win.addEventListener('change', onLeave, options);
  win.addEventListener('input', (event) => drop(event.composedPath()[0]!), options);
}
