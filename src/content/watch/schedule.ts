/**
 * Rendered and not visibility:hidden (opacity is not checked: toasts fade in from 0 and layui animates with
 * keyframes, which cause no further mutation). Only called on candidate elements.
 */
export function isRendered(el: Element): boolean {
  // the `hidden` attribute (UA display:none; checked directly, as DOM emulations have no UA stylesheet)
  if (!el.isConnected || el.closest('[hidden]')) return false;
  const withCheck = el as Element & { checkVisibility?: (options?: object) => boolean };
  if (typeof withCheck.checkVisibility === 'function') {
    return withCheck.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true });
  }
  // engines before checkVisibility: no boxes means display:none somewhere up the tree
  if (el.getClientRects().length === 0) return false;
  return el.ownerDocument.defaultView?.getComputedStyle(el).visibility !== 'hidden';
}

/**
 * Runs work in the next animation frame, or after a short timeout when no frame comes (background tabs get no
 * animation frames; a toast shown there would otherwise wait until the user comes back — or vanish unseen).
 */
export function frameOrTimeout(doc: Document): (work: () => void) => () => void {
  const win = doc.defaultView ?? globalThis;
  return (work) => {
    let done = false;
    let frame = 0;
    const run = (): void => {
      if (done) return;
      done = true;
      if (frame) win.cancelAnimationFrame(frame);
      win.clearTimeout(timer);
      work();
    };
    const hidden = doc.visibilityState === 'hidden';
    if (!hidden && typeof win.requestAnimationFrame === 'function') frame = win.requestAnimationFrame(run);
    const timer = win.setTimeout(run, hidden ? 0 : 100);
    return () => {
      done = true;
      if (frame) win.cancelAnimationFrame(frame);
      win.clearTimeout(timer);
    };
  };
}
