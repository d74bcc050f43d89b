/**
 * Memory under churn: the renderer's JS heap (the page's isolate, which holds the content script's world too) after
 * a forced garbage collection, at the start of 60 s of churn on a 10,000-element page and every 20 s of it, in a
 * browser with the extension and in one without. Bounded means the extension's heap stops growing: after the first
 * 20 s it adds no more than the page alone does.
 */
import type { BrowserContext } from 'playwright-core';
import { churnScript } from './long-tasks';
import { BENCH_HOST, portalPage, servePortal } from './portal-page';

const SECONDS = 60;
const EVERY_S = 20;

/** heap in MB at 0, 20, 40 and 60 s */
export async function heapUnderChurn(context: BrowserContext): Promise<number[]> {
  const page = await context.newPage();
  await servePortal(page, portalPage(10_000));
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await page.goto(`http://${BENCH_HOST}/login?heap`);
  await page.waitForTimeout(1500); // past load and the content script's first look
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  };
  const samples = [await heap()];
  const churn = page.evaluate(churnScript(SECONDS * 1000));
  for (let at = EVERY_S; at <= SECONDS; at += EVERY_S) {
    await page.waitForTimeout(EVERY_S * 1000);
    samples.push(await heap());
  }
  await churn;
  await cdp.detach();
  await page.close();
  return samples;
}
