/**
 * Firefox ESR: a field message written right after the user's click on 登录 gets its hint (src/content/attempts.ts:
 * inline text that answers an attempt is judged as the page's answer), while a next step's prompt revealed on 登录
 * and a tab's instruction shown right after raise nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';

const HOST = 'http://login.kits-fixture.gov.cn';
let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox: text that appears after a click', () => {
  it('a rule message under the field, written on 登录, gets the empty-field hint', async () => {
    const url = `${HOST}/field-rule-message/`;
    const page = await session.open(url);
    await session.waitForTabState(url, (s) => s.recognition?.isLoginPage === true);
    await page.click('#login');
    const host = await page.waitForSelector(HINT_HOST_SELECTOR, { timeout: 10_000 });
    expect(await host!.evaluate((el, attr) => el.getAttribute(attr), HINT_HOST_ATTRIBUTE)).toBe('input-missing');
    const { tabId } = await session.waitForTabState(url, (s) => s.findings.length > 0);
    expect(await session.badgeOf(tabId)).toBe('!');
    await session.screenshot(page, 'attempts-firefox-field-rule');
    await page.close();
  });

  it('a prompt revealed on 登录 and a tab’s instruction right after raise nothing', async () => {
    const url = `${HOST}/prompt-without-attempt/`;
    const page = await session.open(url);
    await session.waitForTabState(url, (s) => s.recognition?.isLoginPage === true);
    await page.click('#login');
    await page.waitForSelector('#step2', { visible: true });
    await page.click('#tab-cert');
    await page.waitForSelector('#cert-tip', { visible: true });
    await new Promise((done) => setTimeout(done, 1500));
    expect(await page.$(HINT_HOST_SELECTOR)).toBeNull();
    const { tabId, state } = await session.waitForTabState(url, (s) => s.recognition?.isLoginPage === true);
    expect(state.findings).toEqual([]);
    expect(await session.badgeOf(tabId)).toBe('✓');
    await session.screenshot(page, 'attempts-firefox-no-answer');
    await page.close();
  });
});
