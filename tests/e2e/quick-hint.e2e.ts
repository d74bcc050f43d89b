/**
 * The fast path from an error to its hint (README "The error-to-hint path"): a login page gets the hint's code as soon
 * as it is recognised (src/background/hint-code.ts), before any error; an error the page writes in the login
 * button's own click handler (the case where Chromium draws the error's frame before any other task,
 * src/content/soon-after-quiet.ts) still gets its hint, with the badge and the popup's findings.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitForTabState, type ExtensionSession } from '../harness/extension';
import { readHint } from '../harness/hint';

const PAGE = 'http://quick-check.latency-fixture.gov.cn/';
const SHOTS = resolve(import.meta.dirname, '../../test-results/latency2');
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('error to hint, fast path', () => {
  it("a login page has the hint's code before its first error; a click handler's error gets its hint", async () => {
    const page = await session.context.newPage();
    // every script parsed in the page's renderer, the extension's isolated-world scripts included
    const cdp = await session.context.newCDPSession(page);
    const parsed: string[] = [];
    cdp.on('Debugger.scriptParsed', (event) => parsed.push(event.url));
    await cdp.send('Debugger.enable');
    await page.goto(PAGE);
    await waitForTabState(session, page, (s) => s?.recognition?.isLoginPage === true);
    await expect.poll(() => parsed.some((url) => url.endsWith('/hint.js')), { timeout: 5_000 }).toBe(true);
    expect(parsed.some((url) => url.endsWith('/content.js'))).toBe(true);

    await page.fill('#captcha', 'abcd');
    await page.click('#loginBtn');
    const hint = await readHint(page);
    expect(hint.categories).toEqual(['captcha-wrong']);
    const state = await waitForTabState(session, page, (s) => (s && s.findings.length > 0 ? s : null));
    expect(state.findings.map((f) => f.category)).toEqual(['captcha-wrong']);
    expect((await session.badgeOf(page)).text).toBe('!');
    // one copy of the hint's code: the first answer found it there and brought no second one
    expect(parsed.filter((url) => url.endsWith('/hint.js'))).toHaveLength(1);
    await session.screenshot(page, 'quick-hint-click-error', SHOTS);
    await cdp.detach();
    await page.close();
  });
});
