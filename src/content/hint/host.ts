import { HINT_HOST_ATTRIBUTE } from './attribute';
import { HINT_CSS } from './style';

/** How often we put the hint back when the page removes or restyles it; then we let the page win. */
const MAX_RESTORES = 5;
const RESTORE_BASE_DELAY_MS = 50;

export interface GuardedHost {
  host: HTMLElement;
  /** the closed shadow root our panel lives in */
  root: ShadowRoot;
  /** moves the host to a viewport position */
  place(position: { top: number; left: number }): void;
  /** writes the categories into the host's data attribute (the page contract) */
  label(categories: string): void;
  /** puts the host into the page (or into its open modal <dialog>) */
  attach(): void;
  /** moves the host in or out of a page's modal <dialog> */
  followModal(): void;
  remove(): void;
}

/**
 * Our host element, built so a hostile page can neither read, restyle nor quietly remove it: a plain div with
 * inline `all: initial` + `!important` positioning, a closed shadow root, the top layer via popover="manual" where supported (above the page's modals), and an observer that puts the
 * host back when the page removes or restyles it, at most MAX_RESTORES times with growing delays; then `onGiveUp`.
 */
export function guardedHost(doc: Document, onGiveUp: () => void): GuardedHost {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, doc);
  let position = { top: 8, left: 8 };
  let categories = '';
  const expected = { style: () => hostStyle(position), categories: () => categories };
  const applyAttributes = (): void => {
    host.setAttribute(HINT_HOST_ATTRIBUTE, categories);
    host.setAttribute('style', expected.style());
    if (supportsPopover(host)) host.setAttribute('popover', 'manual');
    host.removeAttribute('hidden');
  };
  const guard = tamperGuard(doc, host, expected, applyAttributes, onGiveUp);
  return {
    host,
    root,
    place(next) {
      position = next;
      host.setAttribute('style', expected.style());
    },
    label(next) {
      categories = next;
      host.setAttribute(HINT_HOST_ATTRIBUTE, categories);
    },
    followModal: guard.followModal,
    remove() {
      guard.stop();
      closePopover(host);
      host.remove();
    },
    attach() {
      applyAttributes();
      guard.attach();
    },
  };
}

/**
 * Page tampering: the observer only schedules; the restore runs later, with a growing delay, a bounded number of
 * times (then `onGiveUp`). The host also follows the page's modal <dialog> in and out.
 */
function tamperGuard(
  doc: Document,
  host: HTMLElement,
  expected: { style(): string; categories(): string },
  applyAttributes: () => void,
  onGiveUp: () => void,
) {
  const win = doc.defaultView ?? window;
  let stopped = false;
  let restores = 0;
  let restoreTimer = 0;
  let parent = parentFor(doc);
  const observer = new MutationObserver(() => {
    if (stopped || restoreTimer) return;
    restoreTimer = win.setTimeout(restore, RESTORE_BASE_DELAY_MS * 2 ** restores);
  });
  const attach = (): void => {
    observer.disconnect();
    parent.append(host);
    openPopover(host);
    observer.observe(doc.documentElement, { childList: true });
    // a modal <dialog> we live in: when it closes we must move out, or we vanish with it
    if (parent !== doc.documentElement)
      observer.observe(parent, { childList: true, attributes: true, attributeFilter: ['open'] });
    observer.observe(host, {
      attributes: true,
      attributeFilter: ['style', 'hidden', 'popover', HINT_HOST_ATTRIBUTE, 'class'],
    });
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
    if (stopped) return;
    followModal();
    const detached = host.parentNode !== parent;
    if (!detached && !restyled(host, expected.style(), expected.categories())) return;
    restores += 1;
    // the page keeps fighting: stop, and leave no half-working UI behind
    if (restores > MAX_RESTORES) {
      onGiveUp();
      return;
    }
    applyAttributes();
    if (detached) {
      parent = parentFor(doc);
      attach();
    }
  }
  return {
    attach,
    followModal,
    stop() {
      stopped = true;
      observer.disconnect();
      if (restoreTimer) win.clearTimeout(restoreTimer);
    },
  };
}

/** The host's inline style: nothing of the page's CSS can move, hide or shrink it. */
function hostStyle(position: { top: number; left: number }): string {
  return [
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
}

/** The page changed our host's style, contract attribute, visibility or popover mode. */
function restyled(host: HTMLElement, style: string, categories: string): boolean {
  return (
    host.getAttribute('style') !== style ||
    host.getAttribute(HINT_HOST_ATTRIBUTE) !== categories ||
    host.hasAttribute('hidden') ||
    (supportsPopover(host) && host.getAttribute('popover') !== 'manual')
  );
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
