/**
 * The content script's part of the pre-login checklist: it marks the frame as one the popup may fill or time
 * (./page-mark.ts; the answering code, fill.js, comes on the popup's click: ./answer-popup.ts) and watches the
 * page's credit-code and ID fields for values that cannot be right (./field-note.ts).
 */
import { watchFields } from './field-note';
import { markChecklistFrame } from './page-mark';

export function startChecklistInPage(doc: Document, signal?: AbortSignal): void {
  markChecklistFrame(signal);
  const view = doc.defaultView;
  if (view) watchFields(view, null, signal);
}
