/**
 * When the error watcher looks at a batch of changes (src/content/watch-errors.ts `schedule`). A failed login is one
 * small change after a quiet moment: looked at in the next task rather than the next animation frame, the round
 * trip to the background starts before the page paints its error, and the hint can be in the same frame. A page
 * that keeps changing (a clock, a news ticker, a churning list) is looked at once per frame as before, so it costs
 * no more than it did: a batch within QUIET_MS of the last one waits for the frame.
 */
import { frameOrTimeout } from './watch/schedule';

const QUIET_MS = 100;

export function soonAfterQuiet(doc: Document): (work: () => void) => () => void {
  const perFrame = frameOrTimeout(doc);
  const win = doc.defaultView ?? globalThis;
  let lastRun = Number.NEGATIVE_INFINITY;
  return (work) => {
    const run = (): void => {
      lastRun = win.performance.now();
      work();
    };
    if (win.performance.now() - lastRun < QUIET_MS) return perFrame(run);
    // a MessageChannel message is a task of its own, without setTimeout's clamping
    const channel = new MessageChannel();
    let cancelled = false;
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) run();
    };
    channel.port2.postMessage(null);
    return () => {
      cancelled = true;
      channel.port1.close();
    };
  };
}
