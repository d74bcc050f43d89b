const TOUCH_EVENTS = ['pointerdown', 'keydown', 'focusin'] as const;

export interface HintFocus {
  /** the user has clicked, typed or tabbed into the hint: it is theirs now and no longer goes with its error */
  touched(): boolean;
  /** gives focus back to where it was before the hint took it (the field the user was typing in) */
  giveBack(): void;
  stop(): void;
}

/**
 * Keyboard and focus for the hint: Escape inside it closes it (`onEscape`), and focus then returns to where the user
 * was, not to the top of the page. `focusDoc` is the document the error is in, which differs from the hint's own
 * when the hint was moved out of a small login frame into the top page (./frame.ts).
 */
export function hintFocus(root: ShadowRoot, host: Element, focusDoc: Document, onEscape: () => void): HintFocus {
  let touched = false;
  let before: Element | null = focusDoc.activeElement;
  const onKey = (event: Event): void => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    event.stopPropagation();
    onEscape();
  };
  const onTouch = (event: Event): void => {
    touched = true;
    const from = (event as FocusEvent).relatedTarget as Element | null;
    // duck-typed: an element of another frame's realm is not an `instanceof Element` here
    if (event.type === 'focusin' && from && typeof from.getBoundingClientRect === 'function' && from !== host)
      before = from;
  };
  root.addEventListener('keydown', onKey);
  for (const type of TOUCH_EVENTS) root.addEventListener(type, onTouch);
  return {
    touched: () => touched,
    giveBack() {
      if (before?.isConnected) (before as HTMLElement).focus?.();
    },
    stop() {
      root.removeEventListener('keydown', onKey);
      for (const type of TOUCH_EVENTS) root.removeEventListener(type, onTouch);
    },
  };
}
