/**
 * Error-to-hint latency, measured in the page with the extension loaded: a MutationObserver stamps the moment the
 * page's error appears (the toast added, the inline box filled) and the moment our hint's host is added; for a
 * native alert() the error's moment is when the dialog returns (the user closed it; the hint cannot come before).
 */
import type { ExtensionSession } from '../../tests/harness/extension';
import { BENCH_HOST, portalPage, type ErrorKind } from './portal-page';

const RUNS = 9;

const RECORDER = `(() => {
  window.__bench = { error: 0, hint: 0 };
  const inner = window.alert;
  window.alert = function (message) { const r = inner.call(this, message); window.__bench.error ||= performance.now(); return r; };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      if (!window.__bench.error && (el?.closest?.('#errorMsg') || [...r.addedNodes].some((n) => n.classList?.contains('el-message'))))
        window.__bench.error = now;
      if (!window.__bench.hint && [...r.addedNodes].some((n) => n.hasAttribute?.('data-login-assistant-hint')))
        window.__bench.hint = now;
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
})()`;

/** median ms from the error to the hint, over RUNS fresh page loads */
export async function errorToHint(session: ExtensionSession, kind: ErrorKind): Promise<{ median: number; runs: number[] }> {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await session.context.newPage();
    await page.route(`http://${BENCH_HOST}/**`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: portalPage(1000, kind) }),
    );
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`http://${BENCH_HOST}/login?run=${i}`);
    await page.waitForTimeout(800); // the content script has said hello and watches
    await page.evaluate(RECORDER);
    await page.click('#loginBtn');
    await page.waitForSelector('[data-login-assistant-hint]', { state: 'attached', timeout: 10_000 });
    const { error, hint } = (await page.evaluate('window.__bench')) as { error: number; hint: number };
    runs.push(hint - error);
    await page.close();
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, runs };
}
