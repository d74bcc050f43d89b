import { extensionAlive } from './messaging';
import { onAbort } from './on-abort';

/** How often an orphaned script (extension updated, reloaded or removed) notices it is one. */
const ALIVE_CHECK_MS = 3000;
const STARTED = 'login-assistant:content-started';

/**
 * One AbortSignal for everything the content script starts (observers, listeners, timers), as WXT's
 * ContentScriptContext does. It aborts when the extension context goes away (update, reload, uninstall: the old
 * script would otherwise watch on and fail every send) or when a newer copy of this script starts in the same
 * frame (injected again after an update) and announces itself.
 */
export function startLifetime(win: Window): AbortSignal {
  const controller = new AbortController();
  const { signal } = controller;
  const id = Math.random().toString(36);
  const stop = (): void => controller.abort();
  win.addEventListener(
    'message',
    (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== win || typeof data !== 'object' || data === null) return;
      const other = (data as Record<string, unknown>)[STARTED];
      if (typeof other === 'string' && other !== id) stop();
    },
    { signal },
  );
  // a page script can post this too and so stop us early: it gains nothing it could not do to our hint anyway
  win.postMessage({ [STARTED]: id }, '*');
  const timer = win.setInterval(() => {
    if (!extensionAlive()) stop();
  }, ALIVE_CHECK_MS);
  onAbort(signal, () => win.clearInterval(timer));
  return signal;
}
