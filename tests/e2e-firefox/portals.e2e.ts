/**
 * The language setting in Firefox ESR: chosen in the options page with a click, it makes the next hint English
 * without reloading the extension. Read from outside (host attribute, stored tab state), as tests/harness/firefox.ts
 * explains. Custom portals' registration is proven in Chromium (tests/e2e/settings-portals.e2e.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';

const URL = 'http://login.kits-fixture.gov.cn/red-tips/';
let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox('zh-CN');
});
afterAll(async () => {
  await session?.close();
});

async function hintLangAfterLogin(): Promise<string | undefined> {
  const page = await session.open(URL);
  await session.waitForTabState(URL, (s) => s.recognition?.isLoginPage === true);
  await page.click('#login');
  await page.waitForSelector('[data-login-assistant-hint]', { timeout: 10_000 });
  const { state } = await session.waitForTabState(URL, (s) => s.hint !== null);
  await page.close();
  return state.hint?.lang;
}

describe('Firefox ESR: the language setting', () => {
  it('English chosen in the options page: the next hint is English', async () => {
    expect(await hintLangAfterLogin()).toBe('zh-CN');
    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('[data-language-setting] input[value="en"]');
    await options.click('[data-language-setting] input[value="en"]');
    await options.waitForSelector('html[lang="en"]', { timeout: 5_000 });
    expect(await options.evaluate(async () => (await chrome.storage.local.get('language')).language)).toBe('en');
    expect(await options.$eval('h1', (h) => h.textContent)).not.toMatch(/[\u4e00-\u9fff]/);
    await session.screenshot(options, 'firefox-options-english');
    await options.close();
    expect(await hintLangAfterLogin()).toBe('en');
  });
});
