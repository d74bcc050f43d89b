/**
 * Long tasks (PerformanceObserver 'longtask', ≥ 50 ms) in a generated portal page during a 10,000-node burst and
 * during 5 s of continuous churn, in a browser with the extension and in one without: what the page does alone
 * is the baseline, the difference is what the extension adds.
 */
import type { BrowserContext } from 'playwright-core';
import { BENCH_HOST, portalPage } from './portal-page';

export interface LongTasks {
  count: number;
  totalMs: number;
}

const OBSERVE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask' });
})()`;

// 10,000 elements added in one task, in 2,500 rows, like a big table arriving after login
const BURST = `(() => {
  const list = document.createElement('ul');
  for (let i = 0; i < 2500; i++) {
    const li = document.createElement('li');
    li.innerHTML = '<a href="#">第' + i + '条记录</a><span>正常</span><em>' + i + '</em>';
    list.appendChild(li);
  }
  document.querySelector('main').appendChild(list);
})()`;

// every 16 ms for 5 s: 200 rows' text rewritten and 20 rows replaced (a ticker, a clock, a live table)
const CHURN = `new Promise((done) => {
  const rows = [...document.querySelectorAll('.notices li')].slice(0, 200);
  const started = performance.now();
  const timer = setInterval(() => {
    const t = Math.round(performance.now());
    rows.forEach((li, i) => { li.lastChild.textContent = String((t + i) % 97); });
    for (let i = 0; i < 20; i++) { const old = rows[i]; const copy = old.cloneNode(true); old.replaceWith(copy); rows[i] = copy; }
    if (performance.now() - started > 5000) { clearInterval(timer); done(); }
  }, 16);
})`;

export async function longTasks(context: BrowserContext, work: 'burst' | 'churn'): Promise<LongTasks> {
  const page = await context.newPage();
  await page.route(`http://${BENCH_HOST}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: portalPage(1000) }),
  );
  await page.goto(`http://${BENCH_HOST}/login?${work}`);
  await page.waitForTimeout(1000); // past load and the content script's first look
  await page.evaluate(OBSERVE);
  await page.evaluate(work === 'burst' ? BURST : CHURN);
  await page.waitForTimeout(2000); // the extension's deferred work after the mutations
  const durations = (await page.evaluate('window.__longTasks')) as number[];
  await page.close();
  return { count: durations.length, totalMs: durations.reduce((a, b) => a + b, 0) };
}
