import type { Surface } from '../core/diagnose/types';
import { HINT_HOST_ATTRIBUTE } from './hint/attribute';
import { SURFACES } from './surfaces';
import { bounded } from './surfaces/text';
import type { ErrorSurface } from './surfaces/types';

/** A message that just became visible on the page. */
export interface FoundMessage {
  /** whitespace-folded, at most 2,000 characters; hostile page text */
  text: string;
  surface: Surface;
  /** ErrorSurface.id of the module that found it */
  surfaceId: string;
  /** the element the hint should sit next to */
  anchor: Element;
}

export interface WatchOptions {
  /** defaults to the registered SURFACES */
  surfaces?: readonly ErrorSurface[];
  /** defaults to isRendered (checkVisibility); tests inject their own where layout is missing */
  isVisible?: (el: Element) => boolean;
  /** runs `work` later, outside the observer callback; returns a cancel function. Default: frameOrTimeout(doc). */
  schedule?: (work: () => void) => () => void;
  /** clock in ms, for the rewrite interval; default Date.now */
  now?: () => number;
}

/** Above this many mutation records in one batch, rescan the surfaces instead of following each record. */
export const FULL_RESCAN_AT = 1000;
const MAX_CANDIDATES = 300;
const MAX_MESSAGES = 20;
const MAX_ANCESTOR_MATCHES = 8;
/** The same text rewritten into the same element counts as a new message only after this pause. */
const REWRITE_INTERVAL_MS = 1000;
/** Added nodes that never hold a message. */
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'IMG', 'svg', 'BR']);
const HOST_SELECTOR = `[${HINT_HOST_ATTRIBUTE}]`;

interface Seen {
  text: string;
  /** visible with `text` at the last look; false once it was seen hidden or empty */
  shown: boolean;
  at: number;
}

/**
 * Watches `doc` for error messages appearing on any registered surface and calls `onMessages` with the new ones.
 *
 * The MutationObserver callback only queues its records; the work runs in the next animation frame (or a timeout,
 * since background tabs get no frames). A batch above FULL_RESCAN_AT records is handled by one rescan of all surface
 * selectors. Only visible text that is new for its element is reported: a toast is reported once, however often it
 * is re-rendered, but the same text in a new toast — or shown again after being hidden or emptied, or rewritten
 * after a pause — is reported again (a second wrong password). Starts with a scan of what is already on the page.
 */
export function watchErrors(
  doc: Document,
  onMessages: (msgs: FoundMessage[]) => void,
  options: WatchOptions = {},
): { stop(): void } {
  const surfaces = options.surfaces ?? SURFACES;
  const isVisible = options.isVisible ?? isRendered;
  const schedule = options.schedule ?? frameOrTimeout(doc);
  const now = options.now ?? Date.now;

  const selectors = surfaces.map((s) => s.selector);
  const anySurface = selectors.join(', ');
  /** selectors of the surfaces before i (they win over i) */
  const before = selectors.map((_, i) => selectors.slice(0, i).join(', '));
  const beforeAndSelf = selectors.map((_, i) => selectors.slice(0, i + 1).join(', '));

  const seen = new WeakMap<Element, Seen>();
  let queue: MutationRecord[][] = [];
  let queued = 0;
  let fullRescan = true; // the initial scan
  let cancel: (() => void) | null = null;
  let stopped = false;

  const observer = new MutationObserver((records) => {
    // Only queue here (style.md #4): no DOM reads, no selector matching.
    if (!fullRescan) {
      queued += records.length;
      if (queued > FULL_RESCAN_AT) {
        fullRescan = true;
        queue = [];
      } else {
        queue.push(records);
      }
    }
    cancel ??= schedule(process);
  });
  observer.observe(doc, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'],
  });
  cancel = schedule(process);

  function process(): void {
    cancel = null;
    if (stopped) return;
    const batch = queue;
    const full = fullRescan;
    queue = [];
    queued = 0;
    fullRescan = false;

    // element -> "its text was (re)written in this batch"
    const candidates = new Map<Element, boolean>();
    const add = (el: Element, rewritten: boolean): void => {
      if (candidates.size >= MAX_CANDIDATES && !candidates.has(el)) return;
      candidates.set(el, rewritten || candidates.get(el) === true);
    };
    const collectAround = (node: Node, rewritten: boolean, inside = node.nodeType === 1): void => {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el || !el.isConnected || IGNORED_TAGS.has(el.tagName)) return;
      let match = el.closest(anySurface);
      for (let k = 0; match && k < MAX_ANCESTOR_MATCHES; k += 1) {
        add(match, rewritten);
        match = match.parentElement?.closest(anySurface) ?? null;
      }
      // an added or re-styled element may hold surfaces; a text node, or a parent that only lost children, adds none
      if (inside) for (const inner of el.querySelectorAll(anySurface)) add(inner, rewritten);
    };

    if (full) {
      if (doc.documentElement) collectAround(doc.documentElement, false);
    } else {
      for (const records of batch) {
        for (const record of records) {
          if (record.type === 'childList') {
            for (const added of record.addedNodes) collectAround(added, true);
            // text removed (an error box emptied): its surfaces may now be empty, so the same text can count again
            if (record.removedNodes.length > 0) collectAround(record.target, false, false);
          } else {
            collectAround(record.target, record.type === 'characterData');
          }
        }
      }
    }

    const found: FoundMessage[] = [];
    const textsInBatch = new Set<string>();
    const at = now();
    const pages: [Element, boolean, number][] = [];
    const consider = (el: Element, rewritten: boolean, index: number): void => {
      const surface = surfaces[index];
      if (!surface) return;
      if (el.closest(HOST_SELECTOR)) return;
      if (!surface.wholePage) {
        // inside a message of an earlier (or the same) surface: that one reports it, with this text in it
        const outer = beforeAndSelf[index];
        if (outer && el.parentElement?.closest(outer)) return;
        // wraps a more specific surface (an aria-live container around toasts): the inner one reports
        const inner = before[index];
        if (inner && el.querySelector(inner)) return;
      }
      const text = bounded(surface.textOf(el));
      const last = seen.get(el);
      if (!text || !isVisible(el) || (surface.wholePage && holdsShownMessage(el, before[index] ?? ''))) {
        if (last) last.shown = false;
        return;
      }
      const isNew =
        !last || !last.shown || last.text !== text || (rewritten && at - last.at >= REWRITE_INTERVAL_MS);
      if (!isNew) return;
      seen.set(el, { text, shown: true, at });
      if (textsInBatch.has(text)) return;
      textsInBatch.add(text);
      found.push({ text, surface: surface.surface, surfaceId: surface.id, anchor: surface.anchorOf?.(el) ?? el });
    };
    for (const [el, rewritten] of candidates) {
      if (found.length >= MAX_MESSAGES) break;
      const index = selectors.findIndex((selector) => el.matches(selector));
      // a whole page's text holds any message on it: look at the page only when nothing more specific was found
      if (surfaces[index]?.wholePage) pages.push([el, rewritten, index]);
      else consider(el, rewritten, index);
    }
    if (found.length === 0) for (const [el, rewritten, index] of pages) consider(el, rewritten, index);
    if (found.length > 0) onMessages(found);
  }

  /** A page that shows a toast or an inline error is an application page, not a notice page. */
  function holdsShownMessage(page: Element, selector: string): boolean {
    if (!selector) return false;
    let looked = 0;
    for (const inner of page.querySelectorAll(selector)) {
      if ((looked += 1) > MAX_MESSAGES) return true;
      const index = selectors.findIndex((s) => inner.matches(s));
      if (surfaces[index]?.textOf(inner) && isVisible(inner)) return true;
    }
    return false;
  }

  return {
    stop() {
      stopped = true;
      observer.disconnect();
      cancel?.();
      cancel = null;
      queue = [];
    },
  };
}

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
