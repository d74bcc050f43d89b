import { NATIVE_DIALOG_EVENT, NATIVE_DIALOG_MAX_TEXT } from './main-world/event';
import { bounded } from './kits/text';

/** Two wrappers stacked (the MAIN-world script injected twice) report one dialog twice within this window. */
const DUPLICATE_WINDOW_MS = 100;

/**
 * Listens for the texts of native alert()/confirm() dialogs, forwarded from the page's MAIN world by
 * main-world/alert-capture.ts. `onText` gets a whitespace-folded string of at most 2,000 characters; the caller
 * treats it as surface 'alert', with no anchor (the hint docks at the top of the viewport).
 *
 * Trust: any page script can dispatch this event with any text. That gives the page nothing it does not already
 * have — it could show the same text in an alert or its own DOM — so the detail is only ever treated as page text:
 * hostile, string-only, bounded, rendered with textContent.
 */
export function listenNativeDialogs(win: Window, onText: (text: string) => void): { stop(): void } {
  let last = '';
  let lastAt = 0;
  const onEvent = (event: Event): void => {
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    const text = bounded(detail, NATIVE_DIALOG_MAX_TEXT);
    if (!text) return;
    const at = Date.now();
    if (text === last && at - lastAt < DUPLICATE_WINDOW_MS) return;
    last = text;
    lastAt = at;
    onText(text);
  };
  win.addEventListener(NATIVE_DIALOG_EVENT, onEvent);
  return { stop: () => win.removeEventListener(NATIVE_DIALOG_EVENT, onEvent) };
}
