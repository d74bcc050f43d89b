/**
 * Snapshot + recognition (the in-page judgement the content script makes when a page changes; recognition runs
 * in the background but is timed here too) beside one `document.body.innerText` read of the same page.
 * performance.now() is coarsened to 0.1 ms in pages, so each sample times a batch of runs.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { BENCH_HOST, portalPage } from './portal-page';

const SAMPLES = 21;

export interface InPageCost {
  nodes: number;
  elements: number;
  judgeMs: number;
  innerTextMs: number;
  loginPage: boolean;
}

/** one classic script exposing collectSnapshot + recognise to the page, built like the content script */
async function benchScript(root: string): Promise<string> {
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
  return chunk.output[0]!.code!;
}

// a string, not a function: tsx would wrap named functions in a helper the page does not have
const measure = (batch: number) => `(() => {
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const judgeTimes = [], innerTextTimes = [];
  let login = false;
  for (let s = 0; s < ${SAMPLES}; s++) {
    let t = performance.now();
    for (let i = 0; i < ${batch}; i++) login = window.loginAssistantBench.judge(document, location.href).isLoginPage;
    judgeTimes.push((performance.now() - t) / ${batch});
    t = performance.now();
    for (let i = 0; i < ${batch}; i++) {
      document.body.style.setProperty('--bench', String(s * ${batch} + i)); // invalidate layout caches between reads
      void document.body.innerText.length;
    }
    innerTextTimes.push((performance.now() - t) / ${batch});
  }
  return { judgeMs: median(judgeTimes), innerTextMs: median(innerTextTimes), loginPage: login,
    elements: document.getElementsByTagName('*').length };
})()`;

export async function inPageCost(browser: Browser, root: string, sizes: number[]): Promise<InPageCost[]> {
  const script = await benchScript(root);
  const rows: InPageCost[] = [];
  for (const nodes of sizes) {
    const page = await browser.newPage();
    await page.route(`http://${BENCH_HOST}/**`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: portalPage(nodes) }),
    );
    await page.goto(`http://${BENCH_HOST}/login`);
    await page.waitForTimeout(200);
    await page.addScriptTag({ content: script });
    const batch = nodes >= 10_000 ? 3 : nodes >= 1000 ? 10 : 25;
    rows.push({ nodes, ...((await page.evaluate(measure(batch))) as Omit<InPageCost, 'nodes'>) });
    await page.close();
  }
  return rows;
}
