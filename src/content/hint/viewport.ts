/** A second placement after open/close animations of the page's dialogs have run (layui, Element UI: ~300 ms). */
const SETTLE_DELAY_MS = 500;

/**
 * Places the hint again when the view changes: scrolling, resizing, and the end of the page's own animations
 * (dialogs open with a scale or slide: the rect measured first is not where the dialog ends up). At most once a
 * frame; `settleSoon` asks for one more placement after the page's animations.
 */
export function followViewport(win: Window, reposition: () => void): { settleSoon(): void; stop(): void } {
  let frame = 0;
  let settleTimer = 0;
  const onChange = (): void => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      reposition();
    });
  };
  const options = { capture: true, passive: true };
  const events = ['scroll', 'resize', 'animationend', 'transitionend'];
  for (const type of events) win.addEventListener(type, onChange, options);
  return {
    settleSoon() {
      if (settleTimer) win.clearTimeout(settleTimer);
      settleTimer = win.setTimeout(() => {
        settleTimer = 0;
        reposition();
      }, SETTLE_DELAY_MS);
    },
    stop() {
      if (frame) win.cancelAnimationFrame(frame);
      if (settleTimer) win.clearTimeout(settleTimer);
      for (const type of events) win.removeEventListener(type, onChange, options);
    },
  };
}
