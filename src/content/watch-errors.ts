import { SURFACES } from './kits';
import type { ErrorSurface } from './kits/types';
import { onAbort } from './on-abort';
import { collectTouched, type Touch } from './watch/collect';
import { recordQueue } from './watch/queue';
import { surfaceMatcher } from './watch/match';
import { messageReporter, type FoundMessage } from './watch/report';
import { frameOrTimeout, isRendered } from './watch/schedule';
import { shadowRootFinder } from './watch/shadow-roots';

export { frameOrTimeout, isRendered } from './watch/schedule';
export type { FoundMessage } from './watch/report';

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
/** Visible page text kept from the start, to tell a permanent notice from a new message. */
const MAX_START_TEXT = 50_000;
const OBSERVED = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'],
};

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
 * The job is split in three: collect what a batch touched (watch/collect.ts), filter it down to new messages
 * (watch/report.ts), report them (`onMessages`).
 */
export function watchErrors(
  doc: Document,
  onMessages: (msgs: FoundMessage[]) => void,
  options: WatchOptions = {},
): { stop(): void } {
  const surfaces = options.surfaces ?? SURFACES;
  const schedule = options.schedule ?? frameOrTimeout(doc);
  const match = surfaceMatcher(surfaces);
  const report = messageReporter({
    surfaces,
    match,
    isVisible: options.isVisible ?? isRendered,
    now: options.now ?? Date.now,
    presentAtStart: options.presentAtStart ?? startText(doc),
  });
  const roots: (Document | ShadowRoot)[] = [doc];
  const queue = recordQueue(FULL_RESCAN_AT);
  let cancel: (() => void) | null = null;

  // Only queue here: the callback runs inside the page's own mutation, so DOM reads or selector matching here
  // would slow every change the page makes.
  const observer = new MutationObserver((records) => {
    queue.push(records);
    cancel ??= schedule(process);
  });
  const shadows = shadowRootFinder((root) => {
    roots.push(root);
    observer.observe(root, OBSERVED);
  });

  function process(): void {
    cancel = null;
    const { batch, full } = queue.take();
    const candidates = full
      ? scanAll(roots, match.any, () => shadows.search(doc))
      : collectTouched(batch, { match, onAdded: shadows.search, shownAround: report.shownAround });
    shadows.recheck();
    const found = report(candidates);
    if (found.length > 0) onMessages(found);
  }

  observer.observe(doc, OBSERVED);
  cancel = schedule(process);
  const stop = (): void => {
    observer.disconnect();
    cancel?.();
    cancel = null;
    queue.take();
  };
  onAbort(options.signal, stop);
  return { stop };
}

/** Every surface on the page (the first look, and a batch too big to follow record by record); bounded. */
function scanAll(
  roots: readonly (Document | ShadowRoot)[],
  selector: string,
  findShadowRoots: () => void,
): Map<Element, Touch> {
  const candidates = new Map<Element, Touch>();
  findShadowRoots();
  for (const root of roots) {
    for (const el of root.querySelectorAll(selector)) {
      if (candidates.size >= MAX_CANDIDATES) return candidates;
      candidates.set(el, { rewritten: false, direct: false, revealed: false });
    }
  }
  return candidates;
}
