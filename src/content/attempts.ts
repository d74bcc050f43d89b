import { BUTTON_SELECTOR, TAB_SELECTOR } from './snapshot-parts';
import type { FoundMessage } from './watch-errors';

/** How long after the user's attempt a new message counts as the page's answer to it (a login's round trip). */
export const ATTEMPT_WINDOW_MS = 10_000;

/** What a login button is on older portals too: <a onclick>, <div class="login-btn">. */
const PRESSABLE = `${BUTTON_SELECTOR},[onclick],[class*="btn" i]`;

/**
 * Kit-less text merely revealed beside a field, or announced in a polite live region, may be the next step's prompt
 * ("请输入6位动态码" once the password was accepted), not an answer: only a message styled as an error (a red text,
 * an error class, a kit's alert) is marked.
 */
const UNSTYLED_SURFACES: ReadonlySet<string> = new Set(['revealed-text', 'aria-live']);

/**
 * Follows the user's attempts on this page — a real (trusted) click on a button, or Enter in a field (which also
 * submits a form); a click on a login-mode tab ends the last one — and tells whether a message found now answers
 * one.
 * The diagnosis judges such an inline text as the page's answer instead of standing advice
 * (src/core/diagnose/engine.ts judgedSurface): "请填写用户名." under the field once 登录 was pressed is an error,
 * the same words standing there before are not. The listeners run in the capture phase, before the page's own
 * handlers write the message, and go with the content script's lifetime (`signal`).
 */
export function attemptMarker(
  doc: Document,
  signal?: AbortSignal,
  now: () => number = Date.now,
): (message: Pick<FoundMessage, 'surfaceId'>) => boolean {
  let at = Number.NEGATIVE_INFINITY;
  const note = (event: Event): void => {
    const target = event.target as Element;
    if (!event.isTrusted) return;
    if (event.type === 'keydown') {
      if ((event as KeyboardEvent).key === 'Enter') at = now();
    } else if (target.closest?.(TAB_SELECTOR)) {
      // another login mode: what its panel shows stands there, even right after a failed try in the last one
      at = Number.NEGATIVE_INFINITY;
    } else if (target.closest?.(PRESSABLE)) at = now();
  };
  for (const type of ['click', 'keydown']) doc.addEventListener(type, note, { capture: true, passive: true, signal });
  return (message) => now() - at < ATTEMPT_WINDOW_MS && !UNSTYLED_SURFACES.has(message.surfaceId);
}
