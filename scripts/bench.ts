/**
 * `npm run bench`: what the content script costs in a real page (Chromium, headless), measured, not guessed.
 * For each fixture login page: the median time of one page snapshot + recognition (the in-page work the content
 * script does when a page changes), beside one `document.body.innerText` read of the same page; plus the bundle
 * sizes. Recognition itself runs in the background; it is measured here in the page too so the number is the
 * whole judgement. Prints a table; the README's "Performance" section quotes it.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_FLAGS } from '../tests/harness/chromium';
import { startFixtureServer } from '../tests/harness/fixture-server';

const root = resolve(import.meta.dirname, '..');
/** performance.now() is coarsened to 0.1 ms in pages, so each sample times a batch of runs */
const SAMPLES = 41;
const BATCH = 25;
const PAGES = [
  'http://tpass.beijing.chinatax.gov.cn:8443/#/login',
  'http://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin',
  'http://si.12333.gov.cn/',
  'http://rsj.liuzhou.gov.cn/',
  'http://ggfw.hrss.gd.gov.cn/gdggfw/index.html',
];

// one classic script exposing collectSnapshot + recognise to the page, built like the content script
const output = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    lib: { entry: resolve(root, 'scripts/bench-entry.ts'), formats: ['iife'], name: 'loginAssistantBench' },
  },
});
const chunk = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
const benchScript = chunk.output[0]!.code!;

const server = await startFixtureServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...QUIET_FLAGS, `--host-resolver-rules=${server.resolverRules}`],
});
const rows: string[][] = [];
for (const url of PAGES) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForTimeout(300);
  await page.addScriptTag({ content: benchScript });
  // a string, not a function: tsx would wrap named functions in a helper the page does not have
  const result = (await page.evaluate(`(() => {
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const judgeTimes = [];
    const innerTextTimes = [];
    let login = false;
    for (let s = 0; s < ${SAMPLES}; s++) {
      let t = performance.now();
      for (let i = 0; i < ${BATCH}; i++) login = window.loginAssistantBench.judge(document, location.href).isLoginPage;
      judgeTimes.push((performance.now() - t) / ${BATCH});
      t = performance.now();
      for (let i = 0; i < ${BATCH}; i++) {
        document.body.style.setProperty('--bench', String(i)); // invalidate layout caches between reads
        void document.body.innerText.length;
      }
      innerTextTimes.push((performance.now() - t) / ${BATCH});
    }
    return { judge: median(judgeTimes), innerText: median(innerTextTimes), login };
  })()`)) as { judge: number; innerText: number; login: boolean };
  rows.push([new URL(url).host, result.login ? 'yes' : 'NO', result.judge.toFixed(3), result.innerText.toFixed(3)]);
  await page.close();
}
await browser.close();
await server.close();

const size = (file: string) => {
  const bytes = readFileSync(resolve(root, 'dist/chrome', file));
  return `${(statSync(resolve(root, 'dist/chrome', file)).size / 1024).toFixed(1)} KB (${(gzipSync(bytes).length / 1024).toFixed(1)} KB gz)`;
};
console.log(`In-page cost, median of ${SAMPLES} batches of ${BATCH} runs (ms): snapshot + recognition vs one body.innerText read`);
console.log(['page', 'login page', 'snapshot+recognise', 'innerText'].join('\t'));
for (const row of rows) console.log(row.join('\t'));
console.log(`content.js ${size('content.js')}, native-dialogs.js ${size('native-dialogs.js')}, background.js ${size('background.js')}`);
