/**
 * The popup in Firefox ESR speaks the language the user chose from its very first paint: the background's first
 * view carries the choice (src/background/popup-view.ts), so the popup reads no storage of its own before it
 * renders; a change of choice holds for the next popup opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';

const TPASS = 'http://tpass.beijing.chinatax.gov.cn:8443/#/login';
let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

async function popupIn(language: 'zh-CN' | 'en', tabId: number) {
  const options = await session.openExtensionPage('options.html');
  await options.evaluate((lang) => chrome.storage.local.set({ language: lang }), language);
  await options.close();
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(TPASS)}`);
  await popup.setViewport({ width: 380, height: 600 });
  await popup.waitForSelector('main[aria-busy="false"] [data-check="credit-code"]', { timeout: 10_000 });
  return popup;
}

describe('the popup in Firefox ESR, in either language', () => {
  it('paints the checklist in the chosen language at once, and follows a new choice', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.evaluate(() =>
      chrome.storage.local.set({
        companyProfiles: [
          { id: 'bj', name: '北京某某科技有限公司', creditCode: '91110000600037341L', usualPortals: ['e-tax/beijing'] },
        ],
      }),
    );
    await options.close();
    const page = await session.open(TPASS);
    const { tabId } = await session.waitForTabState(TPASS, (s) => s.recognition?.isLoginPage === true);

    const english = await popupIn('en', tabId);
    expect(await english.$eval('html', (el) => el.lang)).toBe('en');
    expect(await english.$eval('#checklist-title', (el) => el.textContent)).toBe('Before you log in');
    expect(await english.$eval('[data-check="credit-code"]', (el) => el.getAttribute('data-status'))).toBe('pass');
    await session.screenshot(english, 'popup-firefox-en');
    await english.close();

    const chinese = await popupIn('zh-CN', tabId);
    expect(await chinese.$eval('html', (el) => el.lang)).toBe('zh-CN');
    expect(await chinese.$eval('#checklist-title', (el) => el.textContent)).toBe('登录前检查');
    await session.screenshot(chinese, 'popup-firefox-zh');
    await chinese.close();
    await page.close();
  });
});
