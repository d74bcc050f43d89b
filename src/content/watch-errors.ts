import type { Surface } from '../core/diagnose/types';
import { HINT_HOST_ATTRIBUTE } from './hint/attribute';
import { SURFACES } from './kits';
import { bounded } from './kits/text';
import type { ErrorSurface } from './kits/types';
import { kitlessMessage } from './watch/kitless';
import { frameOrTimeout, isRendered } from './watch/schedule';
import { shadowRootFinder } from './watch/shadow-roots';

export { frameOrTimeout, isRendered } from './watch/schedule';

/** A message that just became visible on the page. */
export interface FoundMessage {
  /** whitespace-folded, at most 2,000 characters; hostile page text */
  text: string;
  surface: Surface;
  /** ErrorSurface.id of the module that found it ('red-text' / 'revealed-text' for kit-less messages) */
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
  /** whether a text stood visibly on the page from the start (never a kit-less message); default: body.innerText */
  presentAtStart?: (text: string) => boolean;
  /** stops the watcher (the content script's lifetime) */
  signal?: AbortSignal;
}

/** Above this many mutation records in one batch, rescan the surfaces instead of following each record. */
export const FULL_RESCAN_AT = 1000;
const MAX_CANDIDATES = 300;
const MAX_MESSAGES = 20;
const MAX_ANCESTOR_MATCHES = 8;
/** Visible page text kept from the start, to tell a permanent notice from a new message. */
const MAX_START_TEXT = 50_000;
/** The same text rewritten into the same element counts as a new message only after this pause. */
const REWRITE_INTERVAL_MS = 1000;
/** Added nodes that never hold a message. */
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'IMG', 'svg', 'BR']);
const HOST_SELECTOR = `[${HINT_HOST_ATTRIBUTE}]`;
const OBSERVED = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'],
};

interface Seen {
  text: string;
  /** visible with `text` at the last look; false once it was seen hidden or empty */
  shown: boolean;
  at: number;
}

/** Candidate element → how a mutation touched it. */
interface Touch {
  /** its text was (re)written in this batch */
  rewritten: boolean;
  /** touched directly (not only as a surface around or inside a changed node): a kit-less candidate */
  direct: boolean;
  /** a class/style/hidden change: it may have just been revealed */
  revealed: boolean;
}

function startText(doc: Document): (text: string) => boolean {
  const body = doc.body as HTMLElement | null;
  const text = (body?.innerText ?? body?.textContent ?? '').slice(0, MAX_START_TEXT).replace(/\s+/g, ' ');
  return (t) => text.includes(t);
}

/**
 * Watches `doc` (and the open shadow roots in it) for error messages appearing on any registered surface, or
 * kit-less red/revealed text near the login form, and calls `onMessages` with the new ones.
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
  const present = options.presentAtStart ?? startText(doc);
  const match = surfaceMatcher(surfaces);

  const seen = new WeakMap<Element, Seen>();
  const roots: (Document | ShadowRoot)[] = [doc];
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
  const shadows = shadowRootFinder((root) => {
    roots.push(root);
    observer.observe(root, OBSERVED);
  });
  observer.observe(doc, OBSERVED);
  cancel = schedule(process);

  function process(): void {
    cancel = null;
    if (stopped) return;
    const batch = queue;
    const full = fullRescan;
    queue = [];
    queued = 0;
    fullRescan = false;
    const candidates = full ? scanAll() : collect(batch);
    shadows.recheck();
    const found = report(candidates);
    if (found.length > 0) onMessages(found);
  }

  function scanAll(): Map<Element, Touch> {
    const candidates = new Map<Element, Touch>();
    shadows.search(doc);
    for (const root of roots) {
      for (const el of root.querySelectorAll(match.any)) {
        if (candidates.size >= MAX_CANDIDATES) break;
        candidates.set(el, { rewritten: false, direct: false, revealed: false });
      }
    }
    return candidates;
  }

  function collect(batch: MutationRecord[][]): Map<Element, Touch> {
    const candidates = new Map<Element, Touch>();
    const add = (el: Element, touch: Touch): void => {
      const last = candidates.get(el);
      if (!last && candidates.size >= MAX_CANDIDATES) return;
      candidates.set(el, {
        rewritten: touch.rewritten || last?.rewritten === true,
        direct: touch.direct || last?.direct === true,
        revealed: touch.revealed || last?.revealed === true,
      });
    };
    const around = (node: Node, touch: Touch, inside = node.nodeType === 1): void => {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el || !el.isConnected || IGNORED_TAGS.has(el.tagName)) return;
      const outer = { ...touch, direct: false };
      let hit = el.closest(match.any);
      for (let k = 0; hit && k < MAX_ANCESTOR_MATCHES; k += 1) {
        add(hit, outer);
        hit = hit.parentElement?.closest(match.any) ?? null;
      }
      // kit-less: only outside every kit's surface (the page surface holds everything and does not count)
      if (touch.direct && !el.closest(match.specific)) add(el, touch);
      // an added or re-styled element may hold surfaces; a text node, or a parent that only lost children, adds none
      if (inside) for (const inner of el.querySelectorAll(match.any)) add(inner, outer);
    };
    for (const records of batch) {
      for (const record of records) {
        if (record.type === 'childList') {
          for (const added of record.addedNodes) {
            shadows.search(added);
            around(added, { rewritten: true, direct: true, revealed: false });
          }
          // text removed (an error box emptied): its surfaces may now be empty, so the same text can count again
          if (record.removedNodes.length > 0) around(record.target, { rewritten: false, direct: false, revealed: false }, false);
        } else {
          const text = record.type === 'characterData';
          around(record.target, { rewritten: text, direct: true, revealed: !text });
        }
      }
    }
    return candidates;
  }

  function report(candidates: Map<Element, Touch>): FoundMessage[] {
    const found: FoundMessage[] = [];
    const textsInBatch = new Set<string>();
    const at = now();
    const pages: [Element, Touch, number][] = [];
    const push = (el: Element, rewritten: boolean, text: string, surface: Surface, surfaceId: string, anchor: Element) => {
      const last = seen.get(el);
      const isNew = !last || !last.shown || last.text !== text || (rewritten && at - last.at >= REWRITE_INTERVAL_MS);
      if (!isNew) return;
      seen.set(el, { text, shown: true, at });
      if (textsInBatch.has(text)) return;
      textsInBatch.add(text);
      found.push({ text, surface, surfaceId, anchor });
    };
    const consider = (el: Element, touch: Touch, index: number): void => {
      if (el.closest(HOST_SELECTOR)) return;
      if (index < 0) {
        if (!touch.direct || !isVisible(el)) return;
        const kitless = kitlessMessage(el, touch.revealed, present);
        if (kitless) push(el, touch.rewritten, bounded(kitless.text), 'inline', kitless.kind, el);
        return;
      }
      const surface = surfaces[index]!;
      if (!surface.wholePage && match.nested(el, index)) return;
      const text = bounded(surface.textOf(el));
      const last = seen.get(el);
      if (!text || !isVisible(el) || (surface.wholePage && holdsShownMessage(el, index))) {
        if (last) last.shown = false;
        return;
      }
      push(el, touch.rewritten, text, surface.surface, surface.id, surface.anchorOf?.(el) ?? el);
    };
    for (const [el, touch] of candidates) {
      if (found.length >= MAX_MESSAGES) break;
      const index = match.indexOf(el);
      // a whole page's text holds any message on it: look at the page only when nothing more specific was found
      if (surfaces[index]?.wholePage) pages.push([el, touch, index]);
      else consider(el, touch, index);
    }
    if (found.length === 0) for (const [el, touch, index] of pages) consider(el, touch, index);
    return found;
  }

  /** A page that shows a toast or an inline error is an application page, not a notice page. */
  function holdsShownMessage(page: Element, index: number): boolean {
    const selector = match.before[index];
    if (!selector) return false;
    let looked = 0;
    for (const inner of page.querySelectorAll(selector)) {
      if ((looked += 1) > MAX_MESSAGES) return true;
      if (surfaces[match.indexOf(inner)]?.textOf(inner) && isVisible(inner)) return true;
    }
    return false;
  }

  const stop = (): void => {
    stopped = true;
    observer.disconnect();
    cancel?.();
    cancel = null;
    queue = [];
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  return { stop };
}

/** Selector bookkeeping over the surfaces' priority order. */
function surfaceMatcher(surfaces: readonly ErrorSurface[]) {
  const selectors = surfaces.map((s) => s.selector);
  /** selectors of the surfaces before i (they win over i) */
  const before = selectors.map((_, i) => selectors.slice(0, i).join(', '));
  const beforeAndSelf = selectors.map((_, i) => selectors.slice(0, i + 1).join(', '));
  return {
    any: selectors.join(', '),
    specific: surfaces.filter((s) => !s.wholePage).map((s) => s.selector).join(', '),
    before,
    indexOf: (el: Element) => selectors.findIndex((selector) => el.matches(selector)),
    /** inside a message of an earlier (or the same) surface, or wrapping a more specific one: that one reports */
    nested(el: Element, index: number): boolean {
      const outer = beforeAndSelf[index];
      if (outer && el.parentElement?.closest(outer)) return true;
      const inner = before[index];
      return Boolean(inner && el.querySelector(inner));
    },
  };
}
