/**
 * Long tasks (PerformanceObserver 'longtask', > 50 ms) and main-thread CPU in a generated portal page during a
 * 10,000-element burst on a 50,000-element page and during 5 s of churn (50 elements added and 50 removed every
 * 10 ms, on a 10,000-element page), in a browser with the extension and in one without: what the page does alone is
 * the baseline, the difference is what the extension adds. CPU is the renderer's main-thread task time
 * (CDP Performance.getMetrics TaskDuration) over the churn and the 2 s after it, per second of wall time.
 */
import type { BrowserContext } from 'playwright-core';
import { BENCH_HOST, portalPage, servePortal } from './portal-page';

export type Work = 'burst' | 'churn';

export interface LongTasks {
  count: number;
  totalMs: number;
  /** main-thread task time per second of the window, in % of one core */
  cpuPercent: number;
}

const PAGE_ELEMENTS: Record<Work, number> = { burst: 50_000, churn: 10_000 };

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

// every 10 ms for `ms`: 50 rows added at the top of a live list and the 50 oldest removed (a ticker, a live table)
export const churnScript = (ms: number) => `new Promise((done) => {
  const list = document.querySelector('.notices');
  const started = performance.now();
  let n = 0;
  const timer = setInterval(() => {
    for (let i = 0; i < 50; i++) {
      const li = document.createElement('li');
      li.textContent = '第' + (n++) + '笔业务 ' + Math.round(performance.now());
      list.prepend(li);
      list.lastElementChild.remove();
    }
    if (performance.now() - started > ${ms}) { clearInterval(timer); done(); }
  }, 10);
})`;

export async function longTasks(context: BrowserContext, work: Work): Promise<LongTasks> {
  const page = await context.newPage();
  await servePortal(page, portalPage(PAGE_ELEMENTS[work]));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`http://${BENCH_HOST}/login?${work}`);
  await page.waitForTimeout(1500); // past load and the content script's first look
  await page.evaluate(OBSERVE);
  const taskTime = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const before = await taskTime();
  const started = Date.now();
  await page.evaluate(work === 'burst' ? BURST : churnScript(5000));
  await page.waitForTimeout(2000); // the extension's deferred work after the mutations
  const cpuMs = (await taskTime()) - before;
  const wallMs = Date.now() - started;
  const durations = (await page.evaluate('window.__longTasks')) as number[];
  await cdp.detach();
  await page.close();
  return { count: durations.length, totalMs: durations.reduce((a, b) => a + b, 0), cpuPercent: (100 * cpuMs) / wallMs };
}
