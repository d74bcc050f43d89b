import type { HintContent } from '../../core/diagnose/types';
import { surroundings } from './around';
import { clickGuard } from './click-guard';
import { copyText } from './copy';
import { hintFocus } from './focus';
import { ESTIMATED_SIZE, hintSpot, whenFrameGoes } from './frame';
import { type GuardedHost, guardedHost } from './host';
import { emptyPanel, renderPanel } from './panel';
import { placeHint } from './place';
import { pageScheme } from './scheme';
import { followViewport } from './viewport';
import { frameOrTimeout } from '../watch/schedule';

export { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from './attribute';

/** What "not helpful" silences on this site: this kind of problem, or every hint. */
export type MuteScope = 'kind' | 'site';

export interface HintCallbacks {
  onDismiss(): void;
  onNotHelpful(scope: MuteScope): void;
}

export interface HintHandle {
  /** replaces the content (and, when given, the anchor); the panel stays where focus and screen readers have it */
  update(content: HintContent, anchor?: Element | null): void;
  /** removes the hint; safe to call more than once */
  remove(): void;
  /** false once the hint was removed: by the user, by remove(), or because the page kept fighting it */
  isShown(): boolean;
  /** the user has clicked, typed or tabbed into the hint */
  touched(): boolean;
}

const COPIED_FEEDBACK_MS = 2000;

let current: HintHandle | null = null;

/**
 * Shows the inline hint next to `anchor` (docked at the top of the viewport when there is none or no room); for an
 * error in a small login frame, in the top page beside the frame (./frame.ts). One hint per page: showing a new one
 * removes the previous one.
 *
 * Three jobs, one file each: the host that resists page tampering (./host.ts), the panel's content (./panel.ts) and
 * following the anchor as the view changes (followAnchor below; ./around.ts, ./place.ts keep it clear of the error,
 * its dialog and the form).
 */
export function showHint(content: HintContent, anchor: Element | null, callbacks: HintCallbacks): HintHandle {
  current?.remove();
  const errorDoc = anchor?.ownerDocument ?? document;
  const spot = hintSpot(anchor, errorDoc);
  let [shown, removed] = [content, false];
  const guarded = guardedHost(spot.doc, () => remove());
  const panel = emptyPanel(guarded.root);
  // a click counts only where the user could see what they clicked (click-guard.ts)
  const clicks = clickGuard(guarded.host, panel, spot.doc.defaultView ?? window);
  const focus = hintFocus(guarded.root, guarded.host, errorDoc, () => actions.dismiss());
  const follow = followAnchor(guarded, spot.anchor, () => removed);
  const stopFrameWatch = whenFrameGoes(errorDoc, spot.doc, () => remove());

  const actions = {
    accepts: (event: Event) => clicks.accepts(event),
    dismiss: () => {
      const hadFocus = guarded.root.activeElement !== null;
      remove();
      // keyboard users go back to where they were (the field they were typing in), not to the top of the page
      if (hadFocus) focus.giveBack();
      callbacks.onDismiss();
    },
    copy: (button: HTMLButtonElement) => copyDiagnostic(shown, button, guarded.root, () => removed),
    notHelpful: (scope: MuteScope) => {
      remove();
      callbacks.onNotHelpful(scope);
    },
    relayout: () => follow.reposition(),
  };
  // draws `next`, then places the panel (now, and again once the page's animations have run)
  const draw = (next: HintContent): void => {
    shown = next;
    guarded.followModal();
    panel.dataset['scheme'] = pageScheme(spot.doc);
    renderPanel(panel, next, actions);
    guarded.label(next.categories.join(' '));
    follow.reposition();
    follow.settleSoon();
  };
  function remove(): void {
    if (removed) return;
    removed = true;
    for (const stop of [follow.stop, clicks.stop, focus.stop, stopFrameWatch, guarded.remove]) stop();
    if (current === handle) current = null;
  }

  draw(content);
  guarded.attach();
  // placed with its real size in the next frame, before that frame paints: reading it now would force a layout of
  // the page in this task, and the frame would lay it out again after the move
  frameOrTimeout(spot.doc)(() => follow.reposition());
  const handle: HintHandle = {
    update(next, nextAnchor) {
      if (removed) return;
      if (nextAnchor !== undefined) follow.setAnchor(hintSpot(nextAnchor, errorDoc).anchor);
      draw(next);
    },
    remove,
    isShown: () => !removed,
    touched: () => focus.touched(),
  };
  current = handle;
  return handle;
}

/** Keeps the host next to its anchor as the view scrolls, resizes and animates. */
function followAnchor(guarded: GuardedHost, first: Element | null, isRemoved: () => boolean) {
  const doc = guarded.host.ownerDocument;
  let anchor = first;
  const reposition = (): void => {
    if (isRemoved()) return;
    // a vanished toast keeps its last place: the hint must stay readable after the toast is gone
    if (anchor && !anchor.isConnected) return;
    const rect = guarded.host.getBoundingClientRect();
    const size = { width: rect.width || ESTIMATED_SIZE.width, height: rect.height || ESTIMATED_SIZE.height };
    guarded.place(placeHint(surroundings(anchor, doc, size)));
  };
  const viewport = followViewport(doc.defaultView ?? window, reposition);
  return {
    reposition,
    settleSoon: viewport.settleSoon,
    stop: viewport.stop,
    setAnchor(next: Element | null) {
      anchor = next;
    },
  };
}

/** "复制诊断信息": copies the masked diagnostic (./copy.ts) and says so on the button for a moment. */
function copyDiagnostic(
  shown: HintContent,
  button: HTMLButtonElement,
  root: ShadowRoot,
  isRemoved: () => boolean,
): void {
  const win = button.ownerDocument.defaultView ?? window;
  void copyText(shown.diagnostic, root, button.ownerDocument).then((ok) => {
    if (!ok || isRemoved() || !button.isConnected) return;
    button.textContent = shown.labels.copied;
    win.setTimeout(() => {
      if (button.isConnected) button.textContent = shown.labels.copy;
    }, COPIED_FEEDBACK_MS);
  });
}
