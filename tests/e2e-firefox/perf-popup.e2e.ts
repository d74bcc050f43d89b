/**
 * The popup in Firefox ESR, where it starts without webextension-polyfill (src/shared/ext.ts uses Firefox's own
 * `browser`): the background's first view (popup-view) paints the whole checklist for the company of this portal,
 * and the checklist loaded after the first paint checks a typed code at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';

const TPASS = 'http://tpass.beijing.chinatax.gov.cn:8443/#/login';
const TYPO_CODE = '91110000600037342L';
const GOOD_CODE = '91110000600037341L';
let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('the popup in Firefox ESR', () => {
  it('paints every checklist item from the background, for the company of this portal, and re-checks what is typed', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.evaluate(
      (code) =>
        chrome.storage.local.set({
          companyProfiles: [
            { id: 'bj', name: '北京某某科技有限公司', creditCode: code, usualPortals: ['e-tax/beijing'] },
          ],
        }),
      TYPO_CODE,
    );
    await options.close();
    const page = await session.open(TPASS);
    const { tabId } = await session.waitForTabState(TPASS, (s) => s.recognition?.isLoginPage === true);
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(TPASS)}`);
    await popup.setViewport({ width: 380, height: 600 });
    await popup.waitForSelector('main[aria-busy="false"]', { timeout: 10_000 });
    const checks = await popup.$$eval('[data-check]', (items) =>
      items.map((el) => [el.getAttribute('data-check'), el.getAttribute('data-status')]),
    );
    expect(checks.map(([id]) => id)).toEqual([
      'official-entry',
      'credit-code',
      'agent-id',
      'browser',
      'ca-client',
      'password',
      'network',
    ]);
    expect(Object.fromEntries(checks)['credit-code']).toBe('fail');
    expect(Object.fromEntries(checks)['official-entry']).toBe('pass');
    expect(await popup.$eval('[data-chosen-profile]', (el) => el.getAttribute('data-chosen-profile'))).toBe('bj');
    const input = await popup.waitForSelector('#typed-credit-code');
    await input!.click({ count: 3 });
    await input!.type(GOOD_CODE);
    await popup.waitForSelector('[data-check="credit-code"][data-status="pass"]', { timeout: 10_000 });
    await popup.waitForSelector('[data-save-fix]', { timeout: 10_000 });
    await session.screenshot(popup, 'perf-popup-firefox-checklist');
    await popup.close();
    await page.close();
  });
});
