/**
 * Popup first render: from the popup document's start (performance.timeOrigin) to its first card in the DOM,
 * stamped by a MutationObserver installed before any of the popup's scripts run. Median over fresh opens.
 */
import type { ExtensionSession } from '../../tests/harness/extension';

const RUNS = 9;

const STAMP = `(() => {
  new MutationObserver((records, observer) => {
    if (document.querySelector('main .card')) { window.__firstCard = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
})()`;

export async function popupFirstRender(session: ExtensionSession, portalUrl: string): Promise<{ median: number; runs: number[] }> {
  const portal = await session.open(portalUrl);
  await portal.waitForTimeout(800);
  const tabId = await session.tabIdOf(portal);
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.addInitScript(STAMP);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}&url=${encodeURIComponent(portalUrl)}`);
    await popup.waitForFunction('window.__firstCard > 0');
    runs.push((await popup.evaluate('window.__firstCard')) as number);
    await popup.close();
  }
  await portal.close();
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, runs };
}
