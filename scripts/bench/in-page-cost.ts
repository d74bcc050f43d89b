/**
 * The snapshot's CPU in the page (what the content script does when it describes a page), beside two floors on
 * the same page: one `document.body.innerText` read and one `querySelectorAll('*')` walk. All three run on a page
 * whose layout is up to date (as the snapshot finds it after the page's own frame). Recognition runs in the
 * background; its cost on the snapshot is timed apart. performance.now() is coarsened in pages, so each sample
 * times a batch of runs.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { BENCH_HOST, portalPage, servePortal } from './portal-page';

const SAMPLES = 15;

export interface InPageCost {
  nodes: number;
  elements: number;
  snapshotMs: number;
  recogniseMs: number;
  innerTextMs: number;
  walkMs: number;
  loginPage: boolean;
}

/** one classic script exposing the snapshot and recognition to the page, built like the content script */
async function benchScript(root: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'chrome111',
      lib: { entry: resolve(root, 'scripts/bench-entry.ts'), formats: ['iife'], name: 'loginAssistantBench' },
    },
  });
  const chunk = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
  return chunk.output[0]!.code!;
}

// a string, not a function: tsx would wrap named functions in a helper the page does not have
const measure = (batch: number) => `(() => {
  const B = window.loginAssistantBench;
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = (work) => { const t = performance.now(); for (let i = 0; i < ${batch}; i++) work(); return (performance.now() - t) / ${batch}; };
  const snap = [], rec = [], text = [], walk = [];
  let snapshot = null, login = false;
  for (let s = 0; s < ${SAMPLES}; s++) {
    snap.push(time(() => { snapshot = B.snapshot(document, location.href); }));
    rec.push(time(() => { login = B.recognise(snapshot).isLoginPage; }));
    text.push(time(() => void document.body.innerText.length));
    walk.push(time(() => { let n = 0; for (const el of document.querySelectorAll('*')) n += el.nodeType; }));
  }
  return { snapshotMs: median(snap), recogniseMs: median(rec), innerTextMs: median(text), walkMs: median(walk),
    loginPage: login, elements: document.getElementsByTagName('*').length };
})()`;

export async function inPageCost(browser: Browser, root: string, sizes: number[]): Promise<InPageCost[]> {
  const script = await benchScript(root);
  const rows: InPageCost[] = [];
  for (const nodes of sizes) {
    const page = await browser.newPage();
    await servePortal(page, portalPage(nodes));
    await page.goto(`http://${BENCH_HOST}/login`);
    await page.waitForTimeout(200);
    await page.addScriptTag({ content: script });
    const batch = nodes >= 50_000 ? 2 : nodes >= 10_000 ? 4 : nodes >= 1000 ? 10 : 25;
    rows.push({ nodes, ...((await page.evaluate(measure(batch))) as Omit<InPageCost, 'nodes'>) });
    await page.close();
  }
  return rows;
}
