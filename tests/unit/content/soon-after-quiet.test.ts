import { describe, expect, it } from 'vitest';
import { soonAfterQuiet } from '../../../src/content/soon-after-quiet';

/** A visible document whose animation frames run only when the test calls frame(); timers are real. */
function pageWithFrames() {
  let frames = new Map<number, () => void>();
  let next = 1;
  let now = 1_000;
  const win = {
    requestAnimationFrame: (callback: () => void) => {
      frames.set(next, callback);
      return next++;
    },
    cancelAnimationFrame: (id: number) => void frames.delete(id),
    setTimeout: (work: () => void, ms: number) => setTimeout(work, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    performance: { now: () => now },
  };
  const doc = { defaultView: win, visibilityState: 'visible' } as unknown as Document;
  return {
    doc,
    frame() {
      const due = frames;
      frames = new Map();
      for (const callback of due.values()) callback();
    },
    waitingFrames: () => frames.size,
    advance(ms: number) {
      now += ms;
    },
  };
}

/** Lets the MessageChannel task (and anything else already queued) run; shorter than the 100 ms fallback timer. */
const nextTasks = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe('soonAfterQuiet: when the watcher looks at a batch', () => {
  it('after a quiet moment, runs in the next animation frame when the frame comes first (an error shown on a click), once', async () => {
    const page = pageWithFrames();
    let runs = 0;
    soonAfterQuiet(page.doc)(() => runs++);
    expect(runs).toBe(0);
    page.frame();
    expect(runs).toBe(1);
    await nextTasks();
    expect(runs).toBe(1);
  });

  it('after a quiet moment, runs in the next task when the task comes first (an error from a network answer), once', async () => {
    const page = pageWithFrames();
    let runs = 0;
    soonAfterQuiet(page.doc)(() => runs++);
    await nextTasks();
    expect(runs).toBe(1);
    expect(page.waitingFrames()).toBe(0);
    page.frame();
    expect(runs).toBe(1);
  });

  it('a batch soon after the last one waits for the frame (a churning page is looked at once per frame)', async () => {
    const page = pageWithFrames();
    const schedule = soonAfterQuiet(page.doc);
    let runs = 0;
    schedule(() => runs++);
    page.frame();
    page.advance(10);
    schedule(() => runs++);
    await nextTasks();
    expect(runs).toBe(1);
    page.frame();
    expect(runs).toBe(2);
    // quiet again: the task may take it
    page.advance(200);
    schedule(() => runs++);
    await nextTasks();
    expect(runs).toBe(3);
  });

  it('a cancelled batch never runs, in the frame or in the task', async () => {
    const page = pageWithFrames();
    let runs = 0;
    const cancel = soonAfterQuiet(page.doc)(() => runs++);
    cancel();
    page.frame();
    await nextTasks();
    expect(runs).toBe(0);
  });
});
