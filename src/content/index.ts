/**
 * The content script: one classic file, small and cheap (README "Performance"). It runs in every frame of a portal
 * page (a login box is often an iframe, old portals are framesets). On a page that is not ours to watch it asks the
 * background once and stops. On a portal page it
 *  1. describes the page's structure (never a field's value) so the background can recognise it, again when a
 *     single-page app changes its route or shows new forms and dialogs (a same-origin frame is described by the
 *     top frame, which reads into it);
 *  2. watches the page's error surfaces and native alert()/confirm() texts, sends newly visible error texts to the
 *     background, and shows the hint it answers with next to the error, in the frame the error is in;
 *  3. answers the popup's checklist (fill a field, time a request to the portal) and notes a credit code or ID
 *     number that cannot be right under the page's own field (fill/).
 * Everything it starts stops together when the extension goes away (./lifetime.ts).
 */
import type { PageMessage } from '../core/diagnose/types';
import { startChecklistInPage } from './fill';
import { hintSession } from './hint-session';
import { startLifetime } from './lifetime';
import { send } from './messaging';
import { listenNativeDialogs } from './native-dialogs';
import { onAbort } from './on-abort';
import { reportQueue } from './report-queue';
import { collectSnapshot } from './snapshot';
import { coveredByTop } from './snapshot-roots';
import { watchErrors, type FoundMessage } from './watch-errors';

/** Snapshots are re-taken this long after the page's structure stops changing (SPA route changes, dialogs)… */
const RESNAPSHOT_DELAY_MS = 300;
/** …or at the latest this long after the first change, on pages that never stop changing (tickers, carousels). */
const RESNAPSHOT_MAX_WAIT_MS = 1500;

/** Posted by a same-origin frame's script to the top frame's when the frame's structure changed. */
const FRAME_CHANGED = 'login-assistant:frame-changed';

type Session = ReturnType<typeof hintSession>;
type Found = Pick<FoundMessage, 'text' | 'surface'> & { anchor: Element | null };

let lastSnapshot = '';

async function reportSnapshot(hints: Session): Promise<void> {
  const snapshot = collectSnapshot(document, location.href);
  const serialized = JSON.stringify(snapshot);
  if (serialized === lastSnapshot) return;
  lastSnapshot = serialized;
  const answer = await send({ type: 'page-snapshot', snapshot });
  // logged in: the background has cleared the findings and the badge; the hint goes with them
  if (answer?.recognition?.loggedIn) hints.clear();
  if (answer?.hint) hints.show(answer.hint, { anchor: null, surface: null, fromSnapshot: true });
}

async function reportMessages(found: Found[], hints: Session): Promise<void> {
  const messages: PageMessage[] = found.slice(0, 20).map(({ text, surface }) => ({ text, surface }));
  if (messages.length === 0) return;
  const answer = await send({ type: 'page-messages', messages });
  const first = found[0];
  if (answer?.hint && first) hints.show(answer.hint, { anchor: first.anchor, surface: first.surface, fromSnapshot: false });
}

/** Structure changes only schedule a later snapshot; the observer callback itself does no work. */
function followStructure(hints: Session, signal: AbortSignal, describe: boolean): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  let route = location.href;
  const run = () => {
    timer = undefined;
    firstChange = 0;
    // another route of a single-page app: the old error and its hint belong to the page that was
    if (location.href !== route) {
      route = location.href;
      hints.clear();
    }
    if (describe) void reportSnapshot(hints);
    // a frame the top describes: tell the top frame's script to look again (same origin only)
    else window.top?.postMessage({ [FRAME_CHANGED]: true }, location.origin);
  };
  const schedule = () => {
    const now = Date.now();
    if (!firstChange) firstChange = now;
    if (now - firstChange > RESNAPSHOT_MAX_WAIT_MS) return; // the pending run goes ahead
    clearTimeout(timer);
    timer = setTimeout(run, RESNAPSHOT_DELAY_MS);
  };
  const observer = new MutationObserver(schedule);
  // class/style/hidden/aria-selected: login-mode tabs and dialogs are often switched by attribute alone
  observer.observe(document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'aria-selected'],
  });
  addEventListener('hashchange', schedule, { signal });
  // a frame's login box loads after the top page, or changes (the frame's script says so)
  document.addEventListener('load', schedule, { capture: true, signal });
  addEventListener('message', (event: MessageEvent) => {
    if (describe && event.source !== window && (event.data as Record<string, unknown> | null)?.[FRAME_CHANGED] === true) schedule();
  }, { signal });
  addEventListener('popstate', schedule, { signal });
  onAbort(signal, () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

async function start(): Promise<void> {
  const hello = await send({ type: 'page-hello' });
  if (!hello?.watch) return;
  const signal = startLifetime(window);
  const hints = hintSession(signal);
  startChecklistInPage(document, signal);
  const describe = !coveredByTop(window);
  if (describe) await reportSnapshot(hints);
  followStructure(hints, signal, describe);
  // rate-limited and batched: a page can make "errors" faster than any user (report-queue.ts)
  const reports = reportQueue<Found>((batch) => void reportMessages(batch, hints));
  watchErrors(document, (found) => reports.push(found), { signal });
  const dialogs = listenNativeDialogs(window, (text) => reports.push([{ text, surface: 'alert', anchor: null }]));
  onAbort(signal, () => dialogs.stop());
}

void start();
