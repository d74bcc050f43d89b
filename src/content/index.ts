/**
 * The content script: one classic file, small and cheap (README "Performance"). It runs in every frame of a portal
 * page (a login box is often an iframe, old portals are framesets). On a page that is not ours to watch it asks the
 * background once and stops. On a portal page it
 *  1. describes the page's structure (never a field's value) so the background can recognise it, again when a
 *     single-page app changes its route or shows new forms and dialogs (a same-origin frame is described by the
 *     top frame, which reads into it);
 *  2. watches the page's error surfaces and native alert()/confirm() texts, sends newly visible error texts to the
 *     background, and shows the hint it answers with next to the error, in the frame the error is in;
 *  3. lets the popup's checklist fill a field and time a request to the portal (the code for that, fill.js, comes
 *     on the popup's click) and notes a credit code or ID number that cannot be right under the page's own field
 *     (fill/).
 * Everything it starts stops together when the extension goes away (./lifetime.ts).
 */
import type { PageMessage } from '../core/diagnose/types';
import { attemptMarker } from './attempts';
import { startChecklistInPage } from './fill';
import { hintSession } from './hint-session';
import { startLifetime } from './lifetime';
import { send } from './messaging';
import { listenNativeDialogs } from './native-dialogs';
import { onAbort } from './on-abort';
import { reportQueue } from './report-queue';
import { snapshotter, yieldToPage } from './snapshot';
import { soonAfterQuiet } from './soon-after-quiet';
import { askTopToRead, coveredByTop } from './snapshot-roots';
import { followStructure } from './watch/structure';
import { watchErrors, type FoundMessage } from './watch-errors';

type Session = ReturnType<typeof hintSession>;
type Found = Pick<FoundMessage, 'text' | 'surface'> & { anchor: Element | null; afterAttempt?: boolean };

let lastSnapshot = '';
/** reads again only the parts of the page a mutation touched (./snapshot.ts) */
const pageSnapshot = snapshotter(document);

async function reportSnapshot(hints: Session): Promise<void> {
  const snapshot = await pageSnapshot.take(location.href, yieldToPage);
  const serialized = JSON.stringify(snapshot);
  if (serialized === lastSnapshot) return;
  lastSnapshot = serialized;
  const answer = await send({ type: 'page-snapshot', snapshot });
  // logged in: the background has cleared the findings and the badge; the hint goes with them
  if (answer?.recognition?.loggedIn) hints.clear();
  if (answer?.hint) hints.show(answer.hint, { anchor: null, surface: null, fromSnapshot: true });
}

async function reportMessages(found: Found[], hints: Session): Promise<void> {
  // at most 20: report-queue.ts sends batches of MAX_BATCH, and the background's schema bounds them again
  const first = found[0];
  if (!first) return;
  const messages: PageMessage[] = found.map(({ text, surface, afterAttempt }) => ({ text, surface, afterAttempt }));
  const answer = await send({ type: 'page-messages', messages });
  if (answer?.hint) hints.show(answer.hint, { anchor: first.anchor, surface: first.surface, fromSnapshot: false });
}

async function start(): Promise<void> {
  const hello = await send({ type: 'page-hello' });
  if (!hello?.watch) return;
  const signal = startLifetime(window);
  const hints = hintSession(signal);
  startChecklistInPage(document, signal);
  const describe = !coveredByTop(window);
  // followed before the first description: a frame that finishes loading while that description is on its way
  // (the top frame read it half-loaded) makes the page be read again (./watch/structure.ts)
  followStructure(document, {
    signal,
    describe,
    note: (batch) => pageSnapshot.note(batch),
    invalidate: () => pageSnapshot.invalidate(),
    describeAgain: () => void reportSnapshot(hints),
    onRoute: () => hints.clear(),
  });
  if (describe) await reportSnapshot(hints);
  else askTopToRead(window);
  // rate-limited and batched: a page can make "errors" faster than any user (report-queue.ts)
  const reports = reportQueue<Found>((batch) => void reportMessages(batch, hints));
  const answersAttempt = attemptMarker(document, signal);
  watchErrors(
    document,
    (found) => reports.push(found.map((message) => ({ ...message, afterAttempt: answersAttempt(message) }))),
    { signal, schedule: soonAfterQuiet(document) },
  );
  const dialogs = listenNativeDialogs(window, (text) => reports.push([{ text, surface: 'alert', anchor: null }]));
  onAbort(signal, () => dialogs.stop());
}

void start();
