/**
 * Firefox ESR with dist/firefox: a login box in a small same-origin iframe (the 医保 hall, 420×360) makes the tab a
 * login page (Firefox runs the top frame's script before the frame has loaded: the top frame reads it again once it
 * has, src/content/snapshot-roots.ts); the frame's error gets its hint in the top page beside the frame, covering
 * nothing inside it, and the tab's badge and popup report it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';
import { BADGE_LOGIN_MARK } from '../../src/core/badge';

const NHSA = 'http://fuwu.nhsa.gov.cn/nationalHallSt/#/unitLogin';
let session: FirefoxSession;

/** The badge once it shows `text` (it is drawn just after the state is kept), or the last one seen. */
async function badgeWhen(tabId: number, text: string): Promise<string> {
  let badge = '';
  for (let i = 0; i < 30 && badge !== text; i++) {
    badge = await session.badgeOf(tabId);
    if (badge !== text) await new Promise((done) => setTimeout(done, 100));
  }
  return badge;
}

async function popupOf(tabId: number) {
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}&url=${encodeURIComponent(NHSA)}`);
  await popup.setViewport({ width: 380, height: 600 });
  await popup.waitForSelector('main[aria-busy="false"] [data-page]', { timeout: 10_000 });
  const attr = (sel: string, name: string) => popup.$eval(sel, (el, n) => el.getAttribute(n), name).catch(() => null);
  return { popup, attr };
}

beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
});

describe('Firefox ESR: the hint of a small login frame', () => {
  it('shows in the top page beside the iframe, not inside it', async () => {
    const page = await session.open(NHSA);
    // the top frame's script reads the same-origin login frame, so the tab as a whole is the login page
    const { tabId, state } = await session.waitForTabState(
      NHSA,
      (s) => s.recognition?.portal?.id === 'medical-insurance/national' && s.recognition.isLoginPage,
    );
    expect(state.recognition?.modes).toContain('password');
    expect(await badgeWhen(tabId, BADGE_LOGIN_MARK)).toBe(BADGE_LOGIN_MARK);
    const frame = page.frames().find((f) => f.url().includes('login-frame'));
    expect(frame).toBeDefined();
    await frame!.click('#login');
    const host = await page.waitForSelector(HINT_HOST_SELECTOR, { timeout: 10_000 });
    expect(await host!.evaluate((el, attr) => el.getAttribute(attr), HINT_HOST_ATTRIBUTE)).toContain('password-wrong');
    expect(await frame!.$$(HINT_HOST_SELECTOR)).toHaveLength(0);
    // the frame's error is the tab's finding: badge and popup report it
    const after = await session.waitForTabState(NHSA, (s) => s.findings.length > 0);
    expect(after.state.findings[0]?.category).toBe('password-wrong');
    expect(await badgeWhen(tabId, '!')).toBe('!');
    const { hintBox, frameBox } = await page.evaluate((sel) => {
      const box = (el: Element | null) => {
        const r = el!.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width };
      };
      // the host is a 0-size wrapper around the panel in a closed shadow root: its own box is the panel's
      return { hintBox: box(document.querySelector(sel)), frameBox: box(document.querySelector('iframe')) };
    }, HINT_HOST_SELECTOR);
    expect(hintBox.width).toBeGreaterThan(200);
    expect(hintBox.left).toBeGreaterThanOrEqual(frameBox.right);
    await session.screenshot(page, 'refactor-firefox-iframe-nhsa');
    // the popup reports the tab as a whole: the frame's login form and the frame's error
    const { popup, attr } = await popupOf(tabId);
    expect(await attr('[data-page]', 'data-page')).toBe('pageLogin');
    expect(await attr('[data-active-mode]', 'data-active-mode')).toBe('password');
    expect(await attr('[data-findings]', 'data-findings')).toBe('1');
    expect(await attr('[data-category]', 'data-category')).toBe('password-wrong');
    await session.screenshot(popup, 'refactor-firefox-iframe-nhsa-popup');
    await popup.close();
    await page.close();
  });
});
