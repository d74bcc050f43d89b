/**
 * Firefox ESR: the hint's code reaches the page only with the first hint (the background injects hint.js,
 * src/background/hint-code.ts, with the host permission of the portal), and badge, tab state and failure count
 * agree with the hint; two failed tries count two.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';
import { failTpassLogin, TPASS } from '../harness/firefox-tpass';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox: the first hint and what the popup reads', () => {
  it('the hint appears with its injected code; badge, tab state and failures follow', async () => {
    const { page, categories } = await failTpassLogin(session);
    expect(categories).toContain('password-wrong');
    const { tabId, state } = await session.waitForTabState(TPASS, (s) => s.findings.length > 0);
    expect(state.findings.map((f) => f.category)).toEqual(categories);
    expect(await session.badgeOf(tabId)).toBe('!');
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(TPASS)}`);
    const answer = (await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: id }),
      tabId,
    )) as { findings: { category: string }[]; failures: number };
    expect(answer.findings.map((f) => f.category)).toEqual(categories);
    expect(answer.failures).toBe(1);
    await session.screenshot(page, 'content-firefox-first-hint');
    await popup.close();
    await page.close();
  });
});
