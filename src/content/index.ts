/**
 * The content script: one classic file, small and cheap (README "Performance"). On a page that is not ours to
 * watch it asks the background once and stops. On a portal page it
 *  1. describes the page's structure (never a field's value) so the background can recognise it, again when a
 *     single-page app changes its route or shows new forms and dialogs;
 *  2. watches the page's error surfaces and native alert()/confirm() texts, sends newly visible error texts to the
 *     background, and shows the hint it answers with next to the error;
 *  3. answers the popup's checklist (fill a field, time a request to the portal) and notes a credit code or ID
 *     number that cannot be right under the page's own field (fill/).
 */
import type { HintContent, PageMessage } from '../core/diagnose/types';
import { startChecklistInPage } from './fill';
import { showHint } from './hint';
import { send } from './messaging';
import { listenNativeDialogs } from './native-dialogs';
import { reportQueue } from './report-queue';
import { collectSnapshot } from './snapshot';
import { watchErrors, type FoundMessage } from './watch-errors';

/** Snapshots are re-taken this long after the page's structure stops changing (SPA route changes, dialogs)… */
const RESNAPSHOT_DELAY_MS = 300;
/** …or at the latest this long after the first change, on pages that never stop changing (tickers, carousels). */
const RESNAPSHOT_MAX_WAIT_MS = 1500;

type Hint = ReturnType<typeof showHint>;

let hint: Hint | null = null;
/** what the hint shows now (an update may have replaced the categories it opened with) */
let shown: HintContent | null = null;
/** the look-alike warning comes with every snapshot; once closed it stays closed on this page */
let pageWarningClosed = false;
let shownFromSnapshot = false;

function render(content: HintContent, anchor: Element | null, fromSnapshot: boolean): void {
  shown = content;
  shownFromSnapshot = fromSnapshot;
  if (hint?.isShown()) {
    hint.update(content, anchor);
    return;
  }
  hint = showHint(content, anchor, {
    onDismiss: () => closeHint('dismissed'),
    onNotHelpful: () => closeHint('not-helpful'),
    onCopy: () => undefined,
  });
}

function closeHint(action: 'dismissed' | 'not-helpful'): void {
  hint?.remove();
  hint = null;
  if (shownFromSnapshot) pageWarningClosed = true;
  if (shown) void send({ type: 'hint-feedback', action, categories: shown.categories });
  shown = null;
}

let lastSnapshot = '';

async function reportSnapshot(): Promise<void> {
  const snapshot = collectSnapshot(document, location.href);
  const serialized = JSON.stringify(snapshot);
  if (serialized === lastSnapshot) return;
  lastSnapshot = serialized;
  const answer = await send<{ hint: HintContent | null }>({ type: 'page-snapshot', snapshot });
  if (answer?.hint && !pageWarningClosed) render(answer.hint, null, true);
}

type Found = { text: string; surface: PageMessage['surface']; anchor: Element | null };

async function reportMessages(found: Found[]) {
  const messages = found.slice(0, 20).map(({ text, surface }) => ({ text, surface }));
  if (messages.length === 0) return;
  const answer = await send<{ hint: HintContent | null }>({ type: 'page-messages', messages });
  if (answer?.hint) render(answer.hint, found[0]?.anchor ?? null, false);
}

/** Structure changes only schedule a later snapshot; the observer callback itself does no work. */
function followStructure(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  const run = () => {
    timer = undefined;
    firstChange = 0;
    void reportSnapshot();
  };
  const schedule = () => {
    const now = Date.now();
    if (!firstChange) firstChange = now;
    if (now - firstChange > RESNAPSHOT_MAX_WAIT_MS) return; // the pending run goes ahead
    clearTimeout(timer);
    timer = setTimeout(run, RESNAPSHOT_DELAY_MS);
  };
  // class/style/hidden/aria-selected: login-mode tabs and dialogs are often switched by attribute alone
  new MutationObserver(schedule).observe(document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'aria-selected'],
  });
  addEventListener('hashchange', schedule);
  addEventListener('popstate', schedule);
}

async function start(): Promise<void> {
  const hello = await send<{ watch: boolean }>({ type: 'page-hello' });
  if (!hello?.watch) return;
  startChecklistInPage(document);
  await reportSnapshot();
  followStructure();
  // rate-limited and batched: a page can make "errors" faster than any user (report-queue.ts)
  const reports = reportQueue<Found>((batch) => void reportMessages(batch));
  watchErrors(document, (found: FoundMessage[]) => reports.push(found));
  listenNativeDialogs(window, (text: string) => reports.push([{ text, surface: 'alert', anchor: null }]));
}

void start();
