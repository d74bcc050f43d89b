/**
 * Failed-login diagnosis in real Chromium: each error surface on its own fixture site shows the hint next to the
 * error with the right category, sets the badge, and lists the finding in the popup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_WARNING_COLOR } from '../../src/core/badge';
import { launchExtension, waitForBadge, waitForTabState, type ExtensionSession } from '../harness/extension';
import { clickHintButton, readHint } from '../harness/hint';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** rgb(…) → relative luminance 0..1 */
const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
};

const hexToRgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);

/** The hint must not cover the page's own fields and buttons. */
async function coveredControls(
  page: import('playwright-core').Page,
  box: { left: number; top: number; right: number; bottom: number },
) {
  return page.evaluate((b) => {
    const hits: string[] = [];
    for (const el of document.querySelectorAll('input, button, select, textarea')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top)
        hits.push(el.outerHTML.slice(0, 80));
    }
    return hits;
  }, box);
}

describe('diagnosis on the page', () => {
  it('tpass: an Element UI toast after a wrong password, then the lock dialog', async () => {
    const page = await session.open('http://tpass.shanghai.chinatax.gov.cn:8443/#/login');
    await waitForBadge(session, page, '✓');
    await page.getByRole('button', { name: '登录' }).click();
    const first = await readHint(page);
    expect(first.categories).toContain('password-wrong');
    expect(first.message).toContain('账号或密码错误');
    expect(first.steps.length).toBeGreaterThanOrEqual(2);
    expect(first.lang).toBe('zh-CN');
    expect(first.live).toBe('polite');
    expect(luminance(first.background)).toBeGreaterThan(0.7);
    expect(await coveredControls(page, first.box)).toEqual([]);
    const badge = await waitForBadge(session, page, '!');
    expect(badge.color).toEqual(hexToRgba(BADGE_WARNING_COLOR));
    await session.screenshot(page, 'diagnosis-tpass-toast');

    // the second failure in a row, with tries running out: the lockout guard speaks up
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(async () => (await readHint(page)).message).toContain('2次');
    const second = await readHint(page);
    expect(second.warning).not.toBe('');

    await page.waitForTimeout(3200); // the toast is gone; the third try brings the lock dialog
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(async () => (await readHint(page)).categories[0]).toBe('account-locked');
    const locked = await readHint(page);
    expect(locked.text).toContain('30');
    await session.screenshot(page, 'diagnosis-tpass-locked');

    const popup = await session.openPopup(page);
    expect(await popup.locator('[data-category="account-locked"]').count()).toBe(1);
    expect(await popup.locator('[data-category="account-locked"] li').count()).toBeGreaterThanOrEqual(2);
    await session.screenshot(popup, 'diagnosis-tpass-popup');
  });

  it('a native alert() on a legacy portal: the hint docks at the top after the alert is closed', async () => {
    const page = await session.open('http://etax.jsgs.gov.cn/sso/login/');
    await waitForTabState(session, page, (s) => s?.recognition);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '登录' }).click();
    const hint = await readHint(page);
    expect(hint.categories[0]).toBe('password-wrong');
    expect(hint.message).toContain('密码不正确');
    await session.screenshot(page, 'diagnosis-native-alert');
  });

  it('a layui message on a social-insurance portal', async () => {
    const page = await session.open('http://ggfw.hrss.gd.gov.cn/gdggfw/index.html');
    await waitForTabState(session, page, (s) => s?.recognition);
    await page.getByRole('button', { name: '登录' }).click();
    expect((await readHint(page)).categories[0]).toBe('captcha-wrong');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(async () => (await readHint(page)).categories).toContain('password-wrong');
    await page.waitForTimeout(700); // the hint places itself again once layui's opening animation has run
    const hint = await readHint(page);
    expect(await coveredControls(page, hint.box)).toEqual([]);
    await session.screenshot(page, 'diagnosis-layui');
  });

  it('a CA-client error on a certificate login', async () => {
    const page = await session.open('http://zzjb.rsj.sh.gov.cn/');
    await waitForTabState(session, page, (s) => s?.recognition);
    await page.getByRole('button', { name: '登录' }).click();
    expect((await readHint(page)).categories[0]).toBe('client-missing');
    await session.screenshot(page, 'diagnosis-ca-client');
  });

  it('a maintenance page in place of the login page', async () => {
    const page = await session.open('http://etax.hunan.chinatax.gov.cn/');
    await waitForTabState(session, page, (s) => s?.recognition);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/loginb/);
    const hint = await readHint(page);
    expect(hint.categories[0]).toBe('maintenance');
    await session.screenshot(page, 'diagnosis-maintenance');
  });

  it('an XSS payload in an error message is shown as plain text', async () => {
    const page = await session.open('http://wsbs.xss-fixture.gov.cn/');
    await waitForTabState(session, page, (s) => s?.recognition);
    await page.getByRole('button', { name: '登录' }).click();
    const hint = await readHint(page);
    expect(hint.message).toContain('<img src=x onerror="window.__xss=1">');
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await session.screenshot(page, 'diagnosis-xss');
  });
});

describe('the hint listens to the user', () => {
  it('dismiss removes it and the warning badge; "not helpful" keeps it away on this portal', async () => {
    const page = await session.open('http://zzjb.rsj.sh.gov.cn/');
    await waitForTabState(session, page, (s) => s?.recognition);
    await page.getByRole('button', { name: '登录' }).click();
    await readHint(page);
    await clickHintButton(page, '.close');
    await expect.poll(() => page.locator(HINT_HOST_SELECTOR).count()).toBe(0);
    await waitForBadge(session, page, '✓');

    await page.getByRole('button', { name: '登录' }).click();
    const again = await readHint(page);
    await clickHintButton(page, '.not-helpful');
    await clickHintButton(page, '.mute-kind');
    await expect.poll(() => page.locator(HINT_HOST_SELECTOR).count()).toBe(0);

    expect(again.categories[0]).toBe('cert-not-detected');

    // after a reload the page fails the same two ways: the other category still gets its hint, the muted one not
    await page.reload();
    await waitForTabState(session, page, (s) => s?.recognition);
    await page.getByRole('button', { name: '登录' }).click();
    expect((await readHint(page)).categories[0]).toBe('client-missing');
    await clickHintButton(page, '.close');
    await expect.poll(() => page.locator(HINT_HOST_SELECTOR).count()).toBe(0);
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.locator('#errorMsg').innerText()).toContain('UKey');
    await page.waitForTimeout(1500);
    expect(await page.locator(HINT_HOST_SELECTOR).count()).toBe(0);

    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.locator('[data-muted]').getAttribute('data-muted')).toBe('1');
    // named as the user knows them: the portal's name and the problem's title, not ids
    expect(await options.locator('[data-muted]').innerText()).toContain('上海');
    expect(await options.locator('[data-muted]').innerText()).toContain(again.title);
    await session.screenshot(options, 'options-muted');
    await options.getByRole('button', { name: '恢复显示' }).click();
    await expect.poll(() => options.locator('[data-muted]').getAttribute('data-muted')).toBe('0');
  });

  it('Escape closes the hint from the keyboard', async () => {
    const page = await session.open('http://ggfw.hrss.gd.gov.cn/gdggfw/index.html');
    await waitForTabState(session, page, (s) => s?.recognition);
    await page.getByRole('button', { name: '登录' }).click();
    await readHint(page);
    // Tab from the page into the hint, then Escape
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const inHint = await page.evaluate((attr) => document.activeElement?.hasAttribute(attr), HINT_HOST_ATTRIBUTE);
      if (inHint) break;
    }
    expect(await page.evaluate((attr) => document.activeElement?.hasAttribute(attr), HINT_HOST_ATTRIBUTE)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(HINT_HOST_SELECTOR).count()).toBe(0);
  });
});

describe('English browser preferring dark mode', () => {
  it('shows the hint and the popup in English; the hint follows the page, not the browser, to dark mode', async () => {
    const english = await launchExtension({ locale: 'en-US', colorScheme: 'dark' });
    try {
      const page = await english.open('http://tpass.shanghai.chinatax.gov.cn:8443/#/login');
      await waitForBadge(english, page, '✓');
      await page.getByRole('button', { name: '登录' }).click();
      const hint = await readHint(page);
      expect(hint.lang).toBe('en');
      expect(hint.title).not.toMatch(/[\u4e00-\u9fff]/);
      expect(hint.steps.join(' ')).not.toMatch(/[\u4e00-\u9fff]{4}/);
      // a page that only paints light keeps a light hint, whatever the browser prefers
      expect(luminance(hint.background)).toBeGreaterThan(0.7);
      await english.screenshot(page, 'diagnosis-english');
      const popup = await english.openPopup(page);
      expect(await popup.locator('[data-trust]').innerText()).toContain('Official portal');

      // a page that supports dark mode gets a dark hint
      const dark = await english.open('http://wsfw.dark-fixture.gov.cn/');
      await waitForTabState(english, dark, (s) => s?.recognition);
      await dark.getByRole('button', { name: '登录' }).click();
      const darkHint = await readHint(dark);
      expect(darkHint.categories).toContain('password-wrong');
      expect(luminance(darkHint.background)).toBeLessThan(0.3);
      await english.screenshot(dark, 'diagnosis-dark');
    } finally {
      await english.close();
    }
  });
});
