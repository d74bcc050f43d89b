/**
 * Between the page and the background: error texts found on the page wait here before they are sent. A page script
 * can make "errors" at any rate (it can fire the native-dialog event itself, or churn toasts), and every send costs
 * the shared service worker a diagnosis and storage writes — for every tab. So texts found within one frame are sent
 * together (what one task pushes), identical texts once, at most MAX_BATCH per message, and sends draw on a small token bucket: a burst of
 * BURST sends, then one per REFILL_MS. What waits is bounded; when more arrives the oldest waiting texts give way.
 * A real user never notices: one failed login makes one or two texts.
 */
export interface Report {
  text: string;
}

export interface ReportQueueOptions {
  burst?: number;
  refillMs?: number;
  /** how long texts are gathered before a send (default 0: until the pushing script ends, a microtask) */
  gatherMs?: number;
  now?: () => number;
  setTimer?: (work: () => void, ms: number) => unknown;
}

const MAX_BATCH = 20;
const BURST = 4;
const REFILL_MS = 500;
/**
 * The watcher has already gathered one frame's texts, and a native dialog's text comes alone: the first send goes
 * as soon as the script that pushed ends (a microtask: what one run pushes still travels together); later ones wait
 * for tokens. Not the next task: the watcher may push from an animation frame's callback, and a task posted there
 * would run only after the page's layout and paint (src/content/soon-after-quiet.ts).
 */
const GATHER_MS = 0;

export function reportQueue<R extends Report>(
  sendBatch: (batch: R[]) => void,
  options: ReportQueueOptions = {},
): { push(reports: readonly R[]): void; waiting(): number } {
  const burst = options.burst ?? BURST;
  const refillMs = options.refillMs ?? REFILL_MS;
  const now = options.now ?? Date.now;
  const setTimer = options.setTimer ?? laterBy;
  /** waiting texts, oldest first; a Map keeps one entry per text */
  const waiting = new Map<string, R>();
  let tokens = burst;
  let refilledAt = now();
  let timer = false;

  const refill = (): void => {
    const at = now();
    const earned = Math.floor((at - refilledAt) / refillMs);
    if (earned <= 0) return;
    tokens = Math.min(burst, tokens + earned);
    refilledAt = tokens === burst ? at : refilledAt + earned * refillMs;
  };
  const schedule = (ms: number): void => {
    if (timer) return;
    timer = true;
    setTimer(flush, ms);
  };
  function flush(): void {
    timer = false;
    if (waiting.size === 0) return;
    refill();
    if (tokens < 1) {
      schedule(Math.max(1, refilledAt + refillMs - now()));
      return;
    }
    tokens -= 1;
    const batch = [...waiting.values()].slice(0, MAX_BATCH);
    for (const report of batch) waiting.delete(report.text);
    sendBatch(batch);
    if (waiting.size > 0) schedule(GATHER_MS);
  }

  return {
    push(reports) {
      for (const report of reports.slice(0, MAX_BATCH)) {
        if (waiting.has(report.text)) continue;
        waiting.set(report.text, report);
        // bounded: the oldest waiting text gives way to the newest
        if (waiting.size > MAX_BATCH) waiting.delete(waiting.keys().next().value as string);
      }
      schedule(options.gatherMs ?? GATHER_MS);
    },
    waiting: () => waiting.size,
  };
}

function laterBy(work: () => void, ms: number): void {
  if (ms === 0) queueMicrotask(work);
  else setTimeout(work, ms);
}
