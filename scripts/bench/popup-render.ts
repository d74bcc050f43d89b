/**
 * Popup ready: from the popup document's navigation start (performance.timeOrigin) to its first checklist item
 * (`[data-check]`) in the DOM, stamped by a MutationObserver installed before any of the popup's scripts run, on
 * the tpass fixture login page with a company for it. Taken in turns with two references that see the same load:
 * our smallest page (first-run: Preact, the polyfill and under 1 KB of its own), what an extension page with a
 * script costs on this machine, and an extension resource without any script (the manifest, shown as text), what
 * reaching the DOM of any extension page costs. Used by `npm run bench:popup` and the `npm run bench` table.
 */
import { waitForBadge, type ExtensionSession } from '../../tests/harness/extension';

export const POPUP_PAGE = 'http://tpass.beijing.chinatax.gov.cn:8443/#/login';

// a company for the page, so the checklist has a credit code to check as a user's would
const PROFILE = {
  id: 'bench',
  name: '北京某某科技有限公司',
  creditCode: '91110000600037341L',
  usualPortals: ['e-tax/beijing'],
};

/** Runs in the page before its own scripts: remember when the first element matching `selector` is in the document. */
export const watch = (selector: string) => `(() => {
  const seen = () => { if (!window.__first && document.querySelector(${JSON.stringify(selector)})) window.__first = performance.now(); };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})()`;

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Target {
  url: string;
  selector: string;
}

/** One sample: ms from navigation start to the first `selector` element, in a fresh page. */
async function firstRender(context: ExtensionSession['context'], { url, selector }: Target): Promise<number> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.addInitScript(watch(selector));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __first?: number }).__first);
  const ms = await page.evaluate(() => (window as unknown as { __first: number }).__first);
  await page.close();
  return ms;
}

export interface PopupReady {
  popup: number[];
  /** the first-run page's first element */
  baseline: number[];
  /** manifest.json's first element: no script at all */
  floor: number[];
}

/**
 * `runs` samples of each, taken in turns (popup, baseline, floor, popup, …): on a machine whose load changes from
 * second to second, each round of the three sees about the same load, so their medians compare.
 */
export async function popupFirstRender(
  session: ExtensionSession,
  runs = 9,
): Promise<PopupReady & { median: number; medians: string }> {
  await session.worker.evaluate((profile) => chrome.storage.local.set({ companyProfiles: [profile] }), PROFILE);
  const portal = await session.open(POPUP_PAGE);
  await waitForBadge(session, portal, '✓');
  const tabId = await session.tabIdOf(portal);
  const page = (path: string) => `chrome-extension://${session.extensionId}/${path}`;
  const targets: Target[] = [
    { url: page(`popup.html?tab=${tabId}&url=${encodeURIComponent(portal.url())}`), selector: '[data-check]' },
    { url: page('welcome.html'), selector: 'main' },
    { url: page('manifest.json'), selector: 'pre, body > *' },
  ];
  const samples: number[][] = targets.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [at, target] of targets.entries()) samples[at]!.push(await firstRender(session.context, target));
  }
  await portal.close();
  const [popup, baseline, floor] = samples.map(median) as [number, number, number];
  const medians = `${popup.toFixed(0)} ms; ${baseline.toFixed(0)} / ${floor.toFixed(0)} ms`;
  return { popup: samples[0]!, baseline: samples[1]!, floor: samples[2]!, median: popup, medians };
}
