import { textIn } from '../kits/text';
import { onAbort } from '../on-abort';
import { frameOrTimeout, isRendered } from '../watch/schedule';

/** A re-rendered error (Vue swaps the element) is back within this time; only then is it gone. */
const GONE_AFTER_MS = 400;

/**
 * Calls `onGone` once the error the hint explains has left the page: removed, hidden or emptied. The observer only
 * schedules; the check runs in a frame, and a second check after GONE_AFTER_MS confirms it.
 */
export function followError(anchor: Element, onGone: () => void, signal: AbortSignal): () => void {
  const doc = anchor.ownerDocument;
  const win = doc.defaultView ?? window;
  const schedule = frameOrTimeout(doc);
  let cancel: (() => void) | null = null;
  let confirmTimer = 0;
  let done = false;
  const present = (): boolean => anchor.isConnected && isRendered(anchor) && textIn(anchor, { max: 20 }) !== '';
  const check = (): void => {
    cancel = null;
    if (done || present() || confirmTimer) return;
    confirmTimer = win.setTimeout(() => {
      confirmTimer = 0;
      if (done || present()) return;
      stop();
      onGone();
    }, GONE_AFTER_MS);
  };
  const observer = new MutationObserver(() => {
    cancel ??= schedule(check);
  });
  const root = anchor.getRootNode();
  observer.observe(root.nodeType === 11 ? root : doc, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden'],
  });
  function stop(): void {
    done = true;
    observer.disconnect();
    cancel?.();
    if (confirmTimer) win.clearTimeout(confirmTimer);
  }
  onAbort(signal, stop);
  return stop;
}
