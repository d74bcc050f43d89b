/**
 * A click on one of the hint's buttons counts only when the user could see the button they clicked. A page can lay
 * a click-through element (pointer-events: none) over the hint that shows something else ("点击继续"), so the user's
 * real click lands on "not helpful" without them knowing. Checked per click:
 *  - the event is the browser's own (isTrusted), never one a page script made;
 *  - for a pointer click: the topmost element at the click's point is our host (an ordinary overlay would take the
 *    click itself, so this catches overlays that let it through from a page's shadow trick or a stale layout);
 *  - where the browser tracks visibility (IntersectionObserver v2, Chromium), the panel was reported unoccluded and
 *    fully opaque — which also sees click-through overlays and opacity tricks that hit-testing ignores.
 * Keyboard activation (detail 0) needs only isTrusted: the page cannot move focus into our closed shadow root.
 */
const VISIBILITY_DELAY_MS = 100;

export interface ClickGuard {
  accepts(event: Event): boolean;
  stop(): void;
}

export function clickGuard(host: Element, panel: Element, win: Window): ClickGuard {
  let visible: boolean | null = null;
  let observer: IntersectionObserver | null = null;
  try {
    const Observer = (win as Window & typeof globalThis).IntersectionObserver;
    observer = new Observer(
      (entries: IntersectionObserverEntry[]) => {
        const entry = entries[entries.length - 1] as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
        if (entry && typeof entry.isVisible === 'boolean') visible = entry.isVisible;
      },
      { trackVisibility: true, delay: VISIBILITY_DELAY_MS } as IntersectionObserverInit,
    );
    observer?.observe(panel);
  } catch {
    observer = null; // no IntersectionObserver (or no v2 options): hit-testing alone
  }
  return {
    accepts(event) {
      if (!event.isTrusted) return false;
      const pointer = event as MouseEvent;
      if (pointer.detail === 0) return true; // Enter or Space on a focused button
      if (visible === false) return false;
      const top = host.ownerDocument.elementFromPoint(pointer.clientX, pointer.clientY);
      return top === host;
    },
    stop: () => observer?.disconnect(),
  };
}
