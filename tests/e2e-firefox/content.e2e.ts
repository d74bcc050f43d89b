/**
 * Firefox ESR: the hint's code reaches the page only with the first hint (the background injects hint.js,
 * src/background/hint-code.ts, with the host permission of the portal), and badge, tab state and failure count
 * agree with the hint; two failed tries count two.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';

const TPASS = 'http://tpass.beijing.chinatax.gov.cn:8443/#/login';
let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox: the first hint and what the popup reads', () => {
  it('the hint appears with its injected code; badge, tab state and failures follow', async () => {
    const page = await session.open(TPASS);
    await session.waitForTabState(TPASS, (s) => s.recognition?.isLoginPage === true);
    const inputs = await page.$$('#pwdPanel input');
    await inputs[0]!.type('91110105MA01ABCD13');
    await inputs[1]!.type('11010519491231002X');
    await inputs[2]!.type('wrong-password');
    await page.focus('.drag .handler');
    await page.keyboard.press('End');
    await page.click('#loginBtn');
    const host = await page.waitForSelector(HINT_HOST_SELECTOR, { timeout: 10_000 });
    const categories = (await host!.evaluate((el, attr) => el.getAttribute(attr), HINT_HOST_ATTRIBUTE)) ?? '';
    expect(categories.split(' ')).toContain('password-wrong');
    const { tabId, state } = await session.waitForTabState(TPASS, (s) => s.findings.length > 0);
    expect(state.findings.map((f) => f.category)).toEqual(categories.split(' '));
    expect(await session.badgeOf(tabId)).toBe('!');
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(TPASS)}`);
    const answer = (await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: id }),
      tabId,
    )) as { findings: { category: string }[]; failures: number };
    expect(answer.findings.map((f) => f.category)).toEqual(categories.split(' '));
    expect(answer.failures).toBe(1);
    await session.screenshot(page, 'content-firefox-first-hint');
    await popup.close();
    await page.close();
  });
});
