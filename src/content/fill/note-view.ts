/**
 * The note under the page's own credit-code or ID field (./field-note.ts says when): the check of the value and
 * the note itself. Part of the hint's code (hint.js, src/content/hint-ui.ts): a page only needs it once the user
 * has typed into such a field, so content.js does not carry it.
 *
 * The note follows the hint host contract (README "Public contracts"): its host element carries
 * `data-login-assistant-hint` with the category, everything else is inside a closed shadow root, text goes in
 * through textContent only.
 */
import type { FillField } from '../../core/checklist/types';
import { HINT_HOST_ATTRIBUTE } from '../hint/attribute';
import type { Texts } from './field-note';
import { takesOtherLogins } from './fields';
import { valueProblem, type ValueProblem } from './value-check';

/** `fieldNote<Code|Id><Reason>` in public/_locales/<lang>/messages.json */
export function noteText(field: FillField, problem: ValueProblem, t: Texts): string {
  const reason = problem.reason;
  const key = `fieldNote${field === 'credit-code' ? 'Code' : 'Id'}${reason[0]!.toUpperCase()}${reason.slice(1)}`;
  return t(key, problem.reason === 'length' ? String(problem.length) : undefined);
}

/**
 * The note's whole text for the field's value, or null when the value can be right. The value is read here, for
 * this check alone, and never kept; `input` is a credit-code or ID field (./fields.ts kindOfField), never a secret.
 */
export function fieldNote(input: HTMLInputElement, field: FillField, t: Texts): string | null {
  const mixed = field === 'agent-id' && takesOtherLogins(input);
  const problem = valueProblem(input.value, field, mixed);
  return problem ? `${t('fieldNoteBy')}${noteText(field, problem, t)}` : null;
}

const NOTE_STYLE =
  'display:inline-block;font:12px/1.5 sans-serif;color:#8a1c12;background:#fff4f2;border:1px solid #e8a79d;' +
  'border-radius:4px;padding:2px 8px;margin:2px 0 4px';

/**
 * The note goes into the page's layout right after the field (after the field's row when that row lays its
 * children out side by side), so it pushes what follows down instead of covering the next field.
 */
export function showNote(input: HTMLInputElement, category: string, text: string): Element {
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
