/**
 * Error-to-hint latency, measured in the page with the extension loaded, beside the page's own paint of the error.
 * A MutationObserver stamps the moment the page's error appears (the toast added, the inline box filled) and the
 * moment our hint's host is added; for a native alert() the error's moment is when the dialog returns (the user
 * closed it; the hint cannot come before). The floor is the page's own paint of the error: the end of the first
 * frame after it (a task posted from that frame's requestAnimationFrame runs once the frame is drawn). Beside the
 * hint's insertion, the end of the first frame after it: when the hint is drawn (placed and painted) for the user.
 */
import type { ExtensionSession } from '../../tests/harness/extension';
import { BENCH_HOST, portalPage, type ErrorKind, servePortal } from './portal-page';

const RUNS = 9;

export interface ErrorToHint {
  median: number;
  /** median of the page's own paint of the error */
  paint: number;
  /** median of the end of the first frame after the hint's host was added (the hint painted) */
  hintPaint: number;
  /** median of hint / paint over the runs */
  ratio: number;
  runs: number[];
}

const RECORDER = `(() => {
  const b = window.__bench = { error: 0, hint: 0, paint: 0, hintPaint: 0 };
  const painted = (key) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { b[key] = performance.now(); };
    channel.port2.postMessage(0);
  });
  const errorAt = (t) => { if (!b.error) { b.error = t; painted('paint'); } };
  const inner = window.alert;
  window.alert = function (message) { const r = inner.call(this, message); errorAt(performance.now()); return r; };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      if (el?.closest?.('#errorMsg') || [...r.addedNodes].some((n) => n.classList?.contains('el-message'))) errorAt(now);
      if (!b.hint && [...r.addedNodes].some((n) => n.hasAttribute?.('data-login-assistant-hint'))) { b.hint = now; painted('hintPaint'); }
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** medians over RUNS fresh page loads of an `elements`-element page */
export async function errorToHint(session: ExtensionSession, kind: ErrorKind, elements: number): Promise<ErrorToHint> {
  const runs: number[] = [];
  const paints: number[] = [];
  const hintPaints: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await session.context.newPage();
    await servePortal(page, portalPage(elements, kind));
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`http://${BENCH_HOST}/login?run=${i}`);
    await page.waitForTimeout(800); // the content script has said hello and watches
    await page.evaluate(RECORDER);
    await page.click('#loginBtn');
    await page.waitForSelector('[data-login-assistant-hint]', { state: 'attached', timeout: 10_000 });
    await page.waitForFunction('window.__bench.paint > 0 && window.__bench.hintPaint > 0');
    const { error, hint, paint, hintPaint } = (await page.evaluate('window.__bench')) as {
      error: number;
      hint: number;
      paint: number;
      hintPaint: number;
    };
    runs.push(hint - error);
    paints.push(paint - error);
    hintPaints.push(hintPaint - error);
    await page.close();
  }
  return {
    median: median(runs),
    paint: median(paints),
    hintPaint: median(hintPaints),
    ratio: median(runs.map((r, i) => r / paints[i]!)),
    runs,
  };
}
