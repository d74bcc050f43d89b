/**
 * Firefox ESR, the two pieces that left content.js for its size (README "Performance"): the popup's fill and
 * network probe answer through fill.js, which the background adds to the tab only on the popup's request
 * (src/background/fill-code.ts); and the CA markers are picked out in the background from the names the page's
 * scripts carry (src/core/recognise/ca-markers.ts), so the stored state holds only the marker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';

const TPASS = 'http://tpass.beijing.chinatax.gov.cn:8443/#/login';
const YZT = 'http://yzt.beijing.gov.cn/';
/** valid: 17 characters + their MOD 31 check character (tests/fixtures/examples/ids-sample.json) */
const CODE = '91110000600037341L';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox: fill.js on request, CA markers picked in the background', () => {
  it('no frame answers the popup before fill.js is added; then the code goes into the field and the probe times the portal', async () => {
    const page = await session.open(TPASS);
    await page.waitForSelector('input[name="nsrsbh"]');
    const { tabId } = await session.waitForTabState(TPASS, (s) => s.recognition?.isLoginPage === true);
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(TPASS)}`);
    const fill = { type: 'fill-field', field: 'credit-code', value: CODE };
    const before = await popup.evaluate(
      (id, m) =>
        chrome.tabs.sendMessage(id, m).then(
          (answer) => ({ answer: answer ?? null }),
          () => ({ answer: 'no receiver' }),
        ),
      tabId,
      fill,
    );
    expect(['no receiver', null]).toContain(before.answer);
    const answers = await popup.evaluate(
      async (id, m) => {
        const brought = await chrome.runtime.sendMessage({ type: 'fill-code', tabId: id });
        const filled = await chrome.tabs.sendMessage(id, m);
        // added twice, it still answers once: no second listener
        await chrome.runtime.sendMessage({ type: 'fill-code', tabId: id });
        const probe = await chrome.tabs.sendMessage(id, { type: 'probe-network' });
        return { brought, filled, probe };
      },
      tabId,
      fill,
    );
    expect(answers.brought).toEqual({ ok: true });
    expect(answers.filled).toEqual({ ok: true });
    expect(answers.probe).toMatchObject({ state: 'fast' });
    expect(await page.$eval('input[name="nsrsbh"]', (el) => (el as HTMLInputElement).value)).toBe(CODE);
    expect(await page.$eval('input[name="password"]', (el) => (el as HTMLInputElement).value)).toBe('');
    await session.screenshot(page, 'size2-firefox-filled');
    await popup.close();
    await page.close();
  });

  it("a BJCA page: its script's name gives the certificate login; the state keeps the marker alone", async () => {
    const page = await session.open(YZT);
    const { state } = await session.waitForTabState(YZT, (s) => s.recognition !== null);
    expect(state.recognition?.modes).toContain('ca');
    expect(state.caMarkers).toEqual(['script:XTXSAB.js']);
    await page.close();
  });
});
