/**
 * Firefox ESR: an error the page writes in its login button's own click handler gets its hint, with the badge and the
 * tab's findings (the watcher looks at it in the next task or animation frame, whichever comes first,
 * src/content/soon-after-quiet.ts; the login page had the hint's code before the error, src/background/hint-code.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';

const PAGE = 'http://quick-check.latency-fixture.gov.cn/';
let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox: error to hint, fast path', () => {
  it("a click handler's error gets its hint; badge and findings follow", async () => {
    const page = await session.open(PAGE);
    await session.waitForTabState(PAGE, (s) => s.recognition?.isLoginPage === true);
    await page.type('#captcha', 'abcd');
    await page.click('#loginBtn');
    const host = await page.waitForSelector(HINT_HOST_SELECTOR, { timeout: 10_000 });
    const categories = await host!.evaluate((el, attr) => el.getAttribute(attr), HINT_HOST_ATTRIBUTE);
    expect(categories).toBe('captcha-wrong');
    const { tabId, state } = await session.waitForTabState(PAGE, (s) => s.findings.length > 0);
    expect(state.findings.map((f) => f.category)).toEqual(['captcha-wrong']);
    expect(await session.badgeOf(tabId)).toBe('!');
    await session.screenshot(page, 'latency2-firefox-click-error');
    await page.close();
  });
});
