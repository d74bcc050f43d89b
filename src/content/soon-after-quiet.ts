/**
 * When the error watcher looks at a batch of changes (src/content/watch-errors.ts `schedule`). A failed login is one
 * small change after a quiet moment: it is looked at in the next task or the next animation frame, whichever comes
 * first, so the round trip to the background runs while the page lays out and paints its error. A page that keeps
 * changing (a clock, a news ticker, a churning list) is looked at once per frame as before, so it costs no more than
 * it did: a batch within QUIET_MS of the last one waits for the frame.
 *
 * Why both: an error the page shows from a network answer is followed by the next task at once. An error shown in a
 * click's own handler (a form check, "请输入验证码") is not: after an input Chromium draws the next frame before it runs
 * other tasks, so a task would wait for the page's whole layout and paint (25–35 ms on a 10,000-element page,
 * scripts/bench/error-to-hint.ts); the frame's animation callbacks run at its start, before that layout. The
 * watcher reads only style there (visibility, colour), never layout, so it adds no layout to the page's frame.
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
    return firstOf(perFrame, run);
  };
}

/** Runs `run` once, in the next task or in `perFrame`'s turn, whichever comes first; returns the cancel. */
function firstOf(perFrame: (work: () => void) => () => void, run: () => void): () => void {
  // a MessageChannel message is a task of its own, without setTimeout's clamping
  const channel = new MessageChannel();
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    channel.port1.close();
    cancelFrame();
    run();
  };
  const cancelFrame = perFrame(once);
  channel.port1.onmessage = once;
  channel.port2.postMessage(null);
  return () => {
    done = true;
    channel.port1.close();
    cancelFrame();
  };
}
