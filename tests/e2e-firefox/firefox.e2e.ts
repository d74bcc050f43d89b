/**
 * The Firefox build in real Firefox ESR: the same jobs as in Chromium, read from outside (host attribute, stored
 * tab state, badge, popup), since a closed shadow root stays closed to the test here (tests/harness/firefox.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_LOGIN_MARK } from '../../src/core/badge';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';
import { failTpassLogin, TPASS } from '../harness/firefox-tpass';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox ESR with dist/firefox', () => {
  it('recognises the tpass login page and marks the badge', async () => {
    const page = await session.open(TPASS);
    const { tabId, state } = await session.waitForTabState(TPASS, (s) => s.recognition?.isLoginPage === true);
    expect(state.trust).toBe('official');
    expect(state.recognition?.portal?.id).toBe('e-tax/beijing');
    expect(await session.badgeOf(tabId)).toBe(BADGE_LOGIN_MARK);
    await session.screenshot(page, 'firefox-tpass-login');
    await page.close();
  });

  it('a failed login shows the hint in the page and keeps the finding in the tab state', async () => {
    const { page, categories } = await failTpassLogin(session);
    expect(categories).toContain('password-wrong');
    const { tabId, state } = await session.waitForTabState(TPASS, (s) => s.findings.length > 0);
    expect(state.findings[0]?.category).toBe('password-wrong');
    expect(state.hint?.lang).toBe('zh-CN');
    expect(await session.badgeOf(tabId)).toBe('!');
    await session.screenshot(page, 'firefox-tpass-hint');
    await page.close();
  });

  it('a native alert() is caught by the main-world script and explained', async () => {
    const url = 'http://etax.jsgs.gov.cn/sso/login/';
    const page = await session.open(url);
    await session.waitForTabState(url, (s) => s.recognition !== null);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('button.btn');
    const host = await page.waitForSelector(HINT_HOST_SELECTOR, { timeout: 10_000 });
    expect(await host!.evaluate((el, attr) => el.getAttribute(attr), HINT_HOST_ATTRIBUTE)).toContain('password-wrong');
    const { state } = await session.waitForTabState(url, (s) => s.findings.length > 0);
    expect(state.findings[0]?.surface).toBe('alert');
    await page.close();
  });

  it('the popup opens for a portal tab and shows its cards', async () => {
    const page = await session.open(TPASS);
    const { tabId } = await session.waitForTabState(TPASS, (s) => s.recognition?.isLoginPage === true);
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(TPASS)}`);
    await popup.setViewport({ width: 380, height: 600 });
    await popup.waitForSelector('main[aria-busy="false"]', { timeout: 10_000 });
    const text = await popup.$eval('main', (main) => main.textContent ?? '');
    expect(text).toContain('官方');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await session.screenshot(popup, 'firefox-popup');
    await popup.close();
    await page.close();
  });
});
