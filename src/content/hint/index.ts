import type { HintContent } from '../../core/diagnose/types';
import { HINT_HOST_ATTRIBUTE } from './attribute';
import { copyText } from './copy';
import { surroundings } from './around';
import { placeHint } from './place';
import { pageScheme } from './scheme';
import { HINT_CSS } from './style';

export { HINT_HOST_ATTRIBUTE } from './attribute';

export interface HintCallbacks {
  onDismiss(): void;
  onNotHelpful(): void;
  /** called with the diagnostic text when the user presses "复制诊断信息" (the hint copies it itself) */
  onCopy(text: string): void;
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

/** How often we put the hint back when the page removes or restyles it; then we let the page win. */
const MAX_RESTORES = 5;
const RESTORE_BASE_DELAY_MS = 50;
const COPIED_FEEDBACK_MS = 2000;
/** A second placement after open/close animations of the page's dialogs have run (layui, Element UI: ~300 ms). */
const SETTLE_DELAY_MS = 500;

let current: HintHandle | null = null;

/**
 * Shows the inline hint next to `anchor` (docked at the top of the viewport when there is none or no room).
 * One hint per page: showing a new one removes the previous one.
 *
 * Hardening (style.md #6): a plain div host with inline `all: initial` + `!important` positioning, a closed shadow
 * root, the top layer via popover="manual" where supported (above the page's modals), and an observer that puts the
 * host back when the page removes or restyles it, at most MAX_RESTORES times with growing delays. All text goes in
 * through textContent: page messages are hostile.
 */
export function showHint(content: HintContent, anchor: Element | null, callbacks: HintCallbacks): HintHandle {
  current?.remove();
  const doc = anchor?.ownerDocument ?? document;
  const win = doc.defaultView ?? window;
  let anchorEl = anchor;
  let shown = content;
  let removed = false;
  let position = { top: 8, left: 8 };

  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, doc);
  const panel = doc.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-live', 'polite');
  root.append(panel);

  const expectedStyle = (): string =>
    [
      'all: initial !important',
      'position: fixed !important',
      `top: ${Math.round(position.top)}px !important`,
      `left: ${Math.round(position.left)}px !important`,
      'right: auto !important',
      'bottom: auto !important',
      'margin: 0 !important',
      'padding: 0 !important',
      'border: 0 !important',
      'width: auto !important',
      'height: auto !important',
      'display: block !important',
      'visibility: visible !important',
      'opacity: 1 !important',
      'transform: none !important',
      'overflow: visible !important',
      'background: transparent !important',
      'pointer-events: auto !important',
      'z-index: 2147483647 !important',
    ].join('; ');
  const expectedCategories = (): string => shown.categories.join(' ');
  const applyHostAttributes = (): void => {
    host.setAttribute(HINT_HOST_ATTRIBUTE, expectedCategories());
    host.setAttribute('style', expectedStyle());
    if (supportsPopover(host)) host.setAttribute('popover', 'manual');
    host.removeAttribute('hidden');
  };

  const render = (next: HintContent): void => {
    shown = next;
    const labels = next.labels;
    panel.setAttribute('aria-label', labels.region);
    panel.setAttribute('lang', next.lang);
    panel.dataset['scheme'] = pageScheme(doc);

    const title = el(doc, 'h2', 'title', next.title);
    const close = el(doc, 'button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', labels.dismiss);
    close.title = labels.dismiss;
    close.addEventListener('click', dismiss);
    const head = el(doc, 'div', 'head');
    head.append(title, close);

    const parts: Node[] = [head];
    if (next.message) parts.push(el(doc, 'blockquote', 'quote', next.message));
    if (next.explanation) parts.push(el(doc, 'p', 'explanation', next.explanation));
    if (next.warning) {
      const warning = el(doc, 'p', 'warning');
      warning.append(el(doc, 'strong', '', next.warning));
      parts.push(warning);
    }
    if (next.steps.length > 0) {
      parts.push(el(doc, 'h3', 'steps-heading', labels.stepsHeading));
      const list = el(doc, 'ol', 'steps');
      for (const step of next.steps) list.append(el(doc, 'li', '', step));
      parts.push(list);
    }

    const copy = el(doc, 'button', 'copy', labels.copy);
    copy.type = 'button';
    copy.addEventListener('click', () => {
      const text = shown.diagnostic;
      callbacks.onCopy(text);
      void copyText(text, root, doc).then((ok) => {
        if (!ok || removed || !copy.isConnected) return;
        copy.textContent = shown.labels.copied;
        win.setTimeout(() => {
          if (copy.isConnected) copy.textContent = shown.labels.copy;
        }, COPIED_FEEDBACK_MS);
      });
    });
    const notHelpful = el(doc, 'button', 'not-helpful', labels.notHelpful);
    notHelpful.type = 'button';
    notHelpful.addEventListener('click', () => {
      remove();
      callbacks.onNotHelpful();
    });
    const actions = el(doc, 'div', 'actions');
    actions.append(copy, notHelpful);
    parts.push(actions);

    panel.replaceChildren(...parts);
    host.setAttribute(HINT_HOST_ATTRIBUTE, expectedCategories());
  };

  function dismiss(): void {
    const hadFocus = root.activeElement !== null;
    remove();
    // keyboard users go back to where they were (the field they were typing in), not to the top of the page
    if (hadFocus && focusBefore?.isConnected) (focusBefore as HTMLElement).focus?.();
    callbacks.onDismiss();
  }

  const onKey = (event: Event): void => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    event.stopPropagation();
    dismiss();
  };
  root.addEventListener('keydown', onKey);
  // once the user has clicked, typed or tabbed into the hint it is theirs: it no longer goes with its error
  let touched = false;
  let focusBefore: Element | null = doc.activeElement;
  const onTouch = (event: Event): void => {
    touched = true;
    const from = (event as FocusEvent).relatedTarget;
    if (event.type === 'focusin' && from instanceof Element && from !== host) focusBefore = from;
  };
  for (const type of ['pointerdown', 'keydown', 'focusin']) root.addEventListener(type, onTouch);

  const reposition = (): void => {
    if (removed) return;
    // a vanished toast keeps its last place: the hint must stay readable after the toast is gone
    if (anchorEl && !anchorEl.isConnected) return;
    const rect = host.getBoundingClientRect();
    position = placeHint(surroundings(anchorEl, doc, { width: rect.width || 360, height: rect.height || 240 }));
    host.setAttribute('style', expectedStyle());
  };
  let frame = 0;
  const onViewportChange = (): void => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      reposition();
    });
  };
  win.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
  win.addEventListener('resize', onViewportChange, { passive: true });
  // dialogs open with a scale/slide animation: the rect measured at first is not where the dialog ends up
  win.addEventListener('animationend', onViewportChange, { capture: true, passive: true });
  win.addEventListener('transitionend', onViewportChange, { capture: true, passive: true });
  let settleTimer = 0;
  const settleSoon = (): void => {
    if (settleTimer) win.clearTimeout(settleTimer);
    settleTimer = win.setTimeout(() => {
      settleTimer = 0;
      reposition();
    }, SETTLE_DELAY_MS);
  };

  // Page tampering: the observer only schedules; the restore runs later, with a growing delay, a bounded number of times.
  let restores = 0;
  let restoreTimer = 0;
  let parent = parentFor(doc);
  const guard = new MutationObserver(() => {
    if (removed || restoreTimer) return;
    restoreTimer = win.setTimeout(restore, RESTORE_BASE_DELAY_MS * 2 ** restores);
  });
  const attach = (): void => {
    guard.disconnect();
    parent.append(host);
    openPopover(host);
    guard.observe(doc.documentElement, { childList: true });
    // a modal <dialog> we live in: when it closes we must move out, or we vanish with it
    if (parent !== doc.documentElement) guard.observe(parent, { childList: true, attributes: true, attributeFilter: ['open'] });
    guard.observe(host, { attributes: true, attributeFilter: ['style', 'hidden', 'popover', HINT_HOST_ATTRIBUTE, 'class'] });
  };
  /** Moves the host in or out of a page's modal dialog (not a fight: the page did nothing to us). */
  const followModal = (): void => {
    const wanted = parentFor(doc);
    if (wanted === parent || host.parentNode !== parent) return;
    parent = wanted;
    attach();
  };
  function restore(): void {
    restoreTimer = 0;
    if (removed) return;
    followModal();
    const detached = host.parentNode !== parent;
    const restyled =
      host.getAttribute('style') !== expectedStyle() ||
      host.getAttribute(HINT_HOST_ATTRIBUTE) !== expectedCategories() ||
      host.hasAttribute('hidden') ||
      (supportsPopover(host) && host.getAttribute('popover') !== 'manual');
    if (!detached && !restyled) return;
    restores += 1;
    if (restores > MAX_RESTORES) {
      // the page keeps fighting: stop, and leave no half-working UI behind
      remove();
      return;
    }
    applyHostAttributes();
    if (detached) {
      parent = parentFor(doc);
      attach();
    }
  }

  function remove(): void {
    if (removed) return;
    removed = true;
    guard.disconnect();
    if (restoreTimer) win.clearTimeout(restoreTimer);
    if (frame) win.cancelAnimationFrame(frame);
    if (settleTimer) win.clearTimeout(settleTimer);
    win.removeEventListener('scroll', onViewportChange, { capture: true });
    win.removeEventListener('resize', onViewportChange);
    win.removeEventListener('animationend', onViewportChange, { capture: true });
    win.removeEventListener('transitionend', onViewportChange, { capture: true });
    root.removeEventListener('keydown', onKey);
    for (const type of ['pointerdown', 'keydown', 'focusin']) root.removeEventListener(type, onTouch);
    closePopover(host);
    host.remove();
    if (current === handle) current = null;
  }

  render(content);
  applyHostAttributes();
  attach();
  reposition();
  settleSoon();

  const handle: HintHandle = {
    update(next, nextAnchor) {
      if (removed) return;
      if (nextAnchor !== undefined) anchorEl = nextAnchor;
      render(next);
      followModal();
      reposition();
      settleSoon();
    },
    remove,
    isShown: () => !removed,
    touched: () => touched,
  };
  current = handle;
  return handle;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Where the host lives: the document element, or the page's open modal <dialog> — everything outside a modal dialog
 * is inert (not clickable, not focusable), even in the top layer.
 */
function parentFor(doc: Document): Element {
  try {
    const modals = doc.querySelectorAll('dialog:modal');
    const top = modals[modals.length - 1];
    if (top) return top;
  } catch {
    // no :modal support: no modal dialogs to worry about either
  }
  return doc.documentElement;
}

function adoptStyles(root: ShadowRoot, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HINT_CSS);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // constructable stylesheets missing, or not adoptable from this world (older Firefox content scripts)
  }
  const style = doc.createElement('style');
  style.textContent = HINT_CSS;
  root.append(style);
}

type PopoverHost = HTMLElement & { showPopover?: () => void; hidePopover?: () => void };

function supportsPopover(host: HTMLElement): boolean {
  return typeof (host as PopoverHost).showPopover === 'function';
}

function openPopover(host: HTMLElement): void {
  const popover = host as PopoverHost;
  if (typeof popover.showPopover !== 'function') return;
  try {
    if (!host.matches(':popover-open')) popover.showPopover();
  } catch {
    // not connected, or the page's CSS/engine refuses: the fixed position + z-index still apply
  }
}

function closePopover(host: HTMLElement): void {
  const popover = host as PopoverHost;
  try {
    if (typeof popover.hidePopover === 'function' && host.matches(':popover-open')) popover.hidePopover();
  } catch {
    // already closed
  }
}
