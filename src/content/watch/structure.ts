import { onAbort } from '../on-abort';
import { askTopToRead, isFrameAsking } from '../snapshot-roots';

/** A description is re-taken this long after the page's structure stops changing (SPA route changes, dialogs)… */
const RESNAPSHOT_DELAY_MS = 300;
/** …or at the latest this long after the first change, on pages that never stop changing (tickers, carousels). */
const RESNAPSHOT_MAX_WAIT_MS = 1500;
/** Records are sorted into touched parts this often at most (off the observer callback, in one cheap task). */
const SORT_EVERY_MS = 50;
/** Past this many records waiting, sorting them costs more than reading the page again. */
const MAX_RECORDS = 5000;

// class/style/hidden/aria-selected: login-mode tabs and dialogs are often switched by attribute alone
const OBSERVED = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'aria-selected'],
};

export interface StructureOptions {
  signal: AbortSignal;
  /** whether this frame describes itself (false: the top frame reads into it and is told of changes) */
  describe: boolean;
  /** mutation records since the last call: whether they touched what the description reads */
  note(batch: MutationRecord[][]): boolean;
  /** the page may have changed anywhere (route, load, a frame's document) */
  invalidate(): void;
  /** describe the page again */
  describeAgain(): void;
  /** the route changed (a single-page app moved on) */
  onRoute(): void;
}

/**
 * Follows the page's structure for the description: the observer callback only queues records; a cheap task sorts
 * them into the parts they touched (a churning list touches none), and only a touched part schedules a new
 * description, debounced. Route changes, loads and a frame's news invalidate everything.
 */
export function followStructure(doc: Document, options: StructureOptions): void {
  const win = doc.defaultView ?? window;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sortTimer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  let route = win.location.href;
  let batch: MutationRecord[][] = [];
  let waiting = 0;
  const run = (): void => {
    timer = undefined;
    firstChange = 0;
    // another route of a single-page app: the old error and its hint belong to the page that was
    if (win.location.href !== route) {
      route = win.location.href;
      options.invalidate();
      options.onRoute();
    }
    if (options.describe) options.describeAgain();
    // a frame the top describes: tell the top frame's script to look again (same origin only)
    else askTopToRead(win);
  };
  const schedule = (): void => {
    const now = Date.now();
    if (!firstChange) firstChange = now;
    if (now - firstChange > RESNAPSHOT_MAX_WAIT_MS) return; // the pending run goes ahead
    clearTimeout(timer);
    timer = setTimeout(run, RESNAPSHOT_DELAY_MS);
  };
  const everything = (): void => {
    options.invalidate();
    schedule();
  };
  const sort = (): void => {
    sortTimer = undefined;
    const taken = batch;
    const overflow = waiting > MAX_RECORDS;
    batch = [];
    waiting = 0;
    if (overflow) everything();
    else if (options.note(taken) || win.location.href !== route) schedule();
  };
  const observer = new MutationObserver((records) => {
    waiting += records.length;
    if (waiting <= MAX_RECORDS) batch.push(records);
    sortTimer ??= setTimeout(sort, SORT_EVERY_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, OBSERVED);
  listen(win, doc, options, everything);
  onAbort(options.signal, () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(sortTimer);
  });
}

function listen(win: Window, doc: Document, options: StructureOptions, everything: () => void): void {
  const { signal } = options;
  win.addEventListener('hashchange', everything, { signal });
  win.addEventListener('popstate', everything, { signal });
  // a frame's login box loads after the top page, or changes (the frame's script says so)
  // (an image's load changes nothing the description reads)
  doc.addEventListener(
    'load',
    (event) => {
      const tag = (event.target as Element | null)?.tagName;
      if (tag === 'IFRAME' || tag === 'FRAME') everything();
    },
    { capture: true, signal },
  );
  win.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (options.describe && isFrameAsking(event, win)) everything();
    },
    { signal },
  );
}
