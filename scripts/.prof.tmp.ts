import { resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_FLAGS } from '../tests/harness/chromium';
import { BENCH_HOST, portalPage } from './bench/portal-page';
const root = resolve(import.meta.dirname, '..');
const o = await build({ configFile: false, logLevel: 'silent', build: { write: false, minify: true, target: 'chrome111', lib: { entry: resolve(root, 'scripts/.prof-entry.tmp.ts'), formats: ['iife'], name: 'P' } } });
const code = ((Array.isArray(o) ? o[0] : o) as any).output[0].code;
const b = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_FLAGS });
for (const n of (process.argv[2] ?? '150,1000,10000,50000').split(',').map(Number)) {
  const page = await b.newPage();
  await page.route(`http://${BENCH_HOST}/**`, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: portalPage(n) }));
  await page.goto(`http://${BENCH_HOST}/login`);
  await page.waitForTimeout(300);
  await page.addScriptTag({ content: code });
  const r = await page.evaluate(`P.prof2(document, ${n >= 10000 ? 2 : 10})`);
  console.log(n, Object.entries(r as object).map(([k, v]) => `${k}=${typeof v === "number" ? v.toFixed(2) : v}`).join(' '));
  await page.close();
}
await b.close();
