/**
 * Where and how long a hint lives, in real Chromium with the built extension: a login box in an iframe and in a
 * frameset (the hint in that frame, badge and popup for the whole tab), an error in an open shadow root, a toast
 * that vanished before a dialog, an error that goes away, a single-page app that logs in, the certificate tab, a
 * maintenance notice, and the keyboard. One browser for the whole file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchExtension, waitForBadge, waitForTabState, type ExtensionSession } from '../harness/extension';
import { readHint } from '../harness/hint';
import { coveredControls } from './kits-helpers';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';

const HOST = 'http://login.kits-fixture.gov.cn';
const HINT = HINT_HOST_SELECTOR;

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

async function popupCategories(page: Page): Promise<string[]> {
  const popup = await session.openPopup(page);
  const categories = await popup
    .locator('[data-category]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-category') ?? ''));
  await popup.close();
  return categories;
}

const categoriesIn = async (frame: Frame | Page) =>
  ((await frame.locator(HINT).getAttribute(HINT_HOST_ATTRIBUTE)) ?? '').split(' ');

describe('frames', () => {
  it('fuwu.nhsa.gov.cn: the login box is a small iframe; its hint is beside the frame in the top page, badge and popup are the tab’s', async () => {
    const page = await session.open('http://fuwu.nhsa.gov.cn/nationalHallSt/#/unitLogin');
    await waitForTabState(session, page, (s) => s?.recognition?.isLoginPage);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: '登录' }).click();
    const inner = page.frames().find((f) => f.url().includes('login-frame'))!;
    // 420×360 has no spot that leaves the fields and the error free: the hint goes to the top page instead
    const hint = await readHint(page);
    expect(hint.categories).toContain('password-wrong');
    expect(await inner.locator(HINT).count()).toBe(0);
    const frameBox = (await page.locator('iframe').boundingBox())!;
    const overlapsFrame =
      hint.box.left < frameBox.x + frameBox.width &&
      hint.box.right > frameBox.x &&
      hint.box.top < frameBox.y + frameBox.height &&
      hint.box.bottom > frameBox.y;
    expect(overlapsFrame).toBe(false); // so it covers neither the error text nor any field or button inside it
    expect(hint.box.left).toBeGreaterThanOrEqual(frameBox.x + frameBox.width); // beside it, on the right
    await session.screenshot(page, 'kits-iframe-nhsa');
    expect((await waitForBadge(session, page, '!')).text).toBe('!');
    expect(await popupCategories(page)).toContain('password-wrong');
    // keyboard: Tab from the frame's last button reaches the hint; Escape closes it and focus goes back to that button
    await inner.locator('#login').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, HINT)).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator(HINT).waitFor({ state: 'detached' });
    expect(await inner.evaluate(() => document.activeElement?.id)).toBe('login');
    await page.close();
  });

  it('a frameset: the login frame gets the hint', async () => {
    const page = await session.open(`${HOST}/frameset/`);
    await waitForTabState(session, page, (s) => s?.recognition?.isLoginPage);
    const login = page.frame({ name: 'main' })!;
    await login.getByRole('button', { name: '登录' }).click();
    await login.locator(HINT).waitFor({ state: 'attached' });
    expect(await categoriesIn(login)).toContain('captcha-wrong');
    expect((await waitForBadge(session, page, '!')).text).toBe('!');
    expect(await popupCategories(page)).toContain('captcha-wrong');
    await session.screenshot(page, 'kits-frameset');
    await page.close();
  });
});

describe('shadow DOM', () => {
  it('an error inside an open shadow root', async () => {
    const page = await session.open(`${HOST}/shadow-root/`);
    await waitForTabState(session, page, (s) => s?.recognition?.isLoginPage);
    await page.locator('login-box').getByRole('button', { name: '登录' }).click();
    expect((await readHint(page)).categories).toContain('password-wrong');
    expect((await waitForBadge(session, page, '!')).text).toBe('!');
    expect(await popupCategories(page)).toContain('password-wrong');
    await session.screenshot(page, 'kits-shadow-root');
    await page.close();
  });
});

describe('the hint belongs to its error', () => {
  it('a toast that vanished, then a dialog: the dialog’s hint replaces the toast’s', async () => {
    const page = await session.open(`${HOST}/toast-then-dialog/`);
    await waitForTabState(session, page, (s) => s?.recognition?.isLoginPage);
    await page.getByRole('button', { name: '登录' }).click();
    expect((await readHint(page)).categories).toContain('captcha-wrong');
    await page.waitForTimeout(1300); // the toast is gone; its hint stays to be read
    expect(await page.locator(HINT).count()).toBe(1);
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(async () => (await readHint(page)).categories[0]).toBe('account-locked');
    expect(await page.locator(HINT).count()).toBe(1);
    await page.waitForTimeout(600);
    expect(await coveredControls(page, (await readHint(page)).box)).toEqual([]);
    expect(await popupCategories(page)).toEqual(['account-locked']);
    await session.screenshot(page, 'kits-toast-then-dialog');
    await page.close();
  });

  it('an inline error that goes: its hint, the badge and the popup finding go with it', async () => {
    const page = await session.open(`${HOST}/error-goes/`);
    await waitForTabState(session, page, (s) => s?.recognition?.isLoginPage);
    await page.getByRole('button', { name: '登录' }).click();
    expect((await readHint(page)).categories).toContain('password-wrong');
    await waitForBadge(session, page, '!');
    await page.getByPlaceholder('单位账号').fill('x'); // the page removes its error as the user types
    await expect.poll(() => page.locator(HINT).count()).toBe(0);
    expect((await waitForBadge(session, page, '✓')).text).toBe('✓');
    expect(await popupCategories(page)).toEqual([]);
    await page.close();
  });

  it('a single-page app that logs in: hint, badge and popup findings clear together', async () => {
    const page = await session.open(`${HOST}/spa/#/login`);
    await waitForTabState(session, page, (s) => s?.recognition?.isLoginPage);
    await page.getByRole('button', { name: '登录' }).click();
    expect((await readHint(page)).categories).toContain('captcha-wrong');
    await waitForBadge(session, page, '!');
    await page.getByRole('button', { name: '登录' }).click(); // logs in: #/home
    await expect.poll(() => page.locator(HINT).count()).toBe(0);
    const state = await waitForTabState(session, page, (s) => (s?.recognition?.loggedIn ? s : null));
    expect(state.findings).toEqual([]);
    expect((await session.badgeOf(page)).text).not.toBe('!');
    expect(await popupCategories(page)).toEqual([]);
    await session.screenshot(page, 'kits-spa-logged-in');
    await page.close();
  });
});

describe('login mode', () => {
  it('the certificate tab is active: the popup shows the certificate mode', async () => {
    const page = await session.open(`${HOST}/certificate-tab/`);
    const state = await waitForTabState(session, page, (s) => (s?.recognition?.isLoginPage ? s : null));
    expect(state.recognition?.activeMode).toBe('ca');
    const popup = await session.openPopup(page);
    expect(await popup.locator('[data-active-mode]').getAttribute('data-active-mode')).toBe('ca');
    await session.screenshot(popup, 'kits-certificate-tab-popup');
    await popup.close();
    await page.getByRole('button', { name: '登录' }).click();
    expect((await readHint(page)).categories).toContain('pin-wrong');
    await page.close();
  });
});

describe('a maintenance notice', () => {
  it('gets its hint beside the notice, never on it', async () => {
    // the Hunan e-tax notice served in place of its login page (tests/fixtures/sites/etax.hunan.chinatax.gov.cn)
    const page = await session.open('http://etax.hunan.chinatax.gov.cn/loginb/');
    const hint = await readHint(page);
    expect(hint.categories).toContain('maintenance');
    const covered = await page.evaluate((b) => {
      const hits: string[] = [];
      for (const el of document.querySelectorAll('.notice h1, .notice p')) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = range.getBoundingClientRect();
        if (r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top)
          hits.push(el.textContent ?? '');
      }
      return hits;
    }, hint.box);
    expect(covered).toEqual([]);
    expect((await waitForBadge(session, page, '!')).text).toBe('!');
    expect(await popupCategories(page)).toContain('maintenance');
    await session.screenshot(page, 'kits-maintenance');
    await page.close();
  });
});

describe('keyboard', () => {
  it('Escape closes the hint and gives focus back to the field the user was in', async () => {
    const page = await session.open(`${HOST}/bootstrap-alert/`);
    await waitForTabState(session, page, (s) => s?.recognition?.isLoginPage);
    await page.getByRole('button', { name: '登录' }).click();
    await readHint(page);
    await page.getByPlaceholder('密码').focus();
    // Tab moves on from the last field to the page's button, then into the hint (it is last in the document)
    let inHint = false;
    for (let i = 0; i < 6 && !inHint; i += 1) {
      await page.keyboard.press('Tab');
      inHint = await page.evaluate((attr) => document.activeElement?.hasAttribute(attr) ?? false, HINT_HOST_ATTRIBUTE);
    }
    expect(inHint).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(HINT).count()).toBe(0);
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.id ?? document.activeElement?.tagName),
    ).toBe('login');
    await page.close();
  });
});
