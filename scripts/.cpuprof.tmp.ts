import { launchExtension } from '../tests/harness/extension';
import { BENCH_HOST, portalPage } from './bench/portal-page';
const s = await launchExtension();
const page = await s.context.newPage();
await page.route(`http://${BENCH_HOST}/**`, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: portalPage(10000) }));
await page.goto(`http://${BENCH_HOST}/login`);
await page.waitForTimeout(1500);
const cdp = await s.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.evaluate(`new Promise((done) => {
  const list = document.querySelector('.notices'); const started = performance.now(); let n = 0;
  const timer = setInterval(() => { for (let i = 0; i < 50; i++) { const li = document.createElement('li'); li.textContent = '第' + (n++) + '笔业务 ' + Math.round(performance.now()); list.prepend(li); list.lastElementChild.remove(); }
    if (performance.now() - started > 3000) { clearInterval(timer); done(); } }, 10); })`);
await page.waitForTimeout(1000);
const { profile } = await cdp.send('Profiler.stop') as any;
const self = new Map<string, number>();
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas as number[];
const counts = new Map<number, number>();
profile.samples.forEach((id: number, i: number) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) { const n = byId.get(id); const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`; self.set(key, (self.get(key) ?? 0) + us); }
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
for (const [k, us] of rows) console.log((us / 1000).toFixed(1).padStart(8), 'ms', k);
await s.close();
