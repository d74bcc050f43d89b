/**
 * "Fill into the page": puts a value the popup has checked into the page's own credit-code or ID field, the way
 * typing would, so the page's framework (Vue / Element UI, React, plain listeners) takes it as the user's input.
 * Never touches a password, PIN, SMS or captcha field, and never reads a field's value.
 */
import type { FillField } from '../../core/checklist/types';
import type { TabResponseOf } from '../../shared/messages';
import { findField, judgeField } from './fields';

/** the answer to the popup's `fill-field`, as the catalogue declares it */
export type FillAnswer = TabResponseOf<'fill-field'>;

/** Credit codes, taxpayer numbers and ID numbers are at most 20 letters and digits. */
const FILLABLE = /^[0-9A-Za-z]{1,20}$/;

/**
 * React and Vue keep their own copy of an input's value behind the `value` property; the prototype's setter
 * changes the element itself, and the input event then tells the framework that the user typed.
 */
function typeInto(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function fillField(doc: Document, field: FillField, value: string): FillAnswer {
  if (!FILLABLE.test(value)) return { ok: false, reason: 'refused' };
  const input = findField(doc, field);
  if (!input) return { ok: false, reason: 'no-field' };
  // findField already skips secret fields; asked again right before writing, so no later change can slip by
  if (judgeField(input).kind !== field) return { ok: false, reason: 'refused' };
  typeInto(input, value);
  return { ok: true };
}
