/**
 * Recognition in real Chromium, one fixture site per portal family (tests/fixtures/sites/<host>): the badge, the
 * background's per-tab state and the popup, including a single-page app that changes its route and DOM.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitForBadge, waitForTabState, type ExtensionSession } from '../harness/extension';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('recognition of each portal family', () => {
  it('tpass e-tax login: follows the SPA from credentials to SMS code to role choice to logged in', async () => {
    const page = await session.open('http://tpass.beijing.chinatax.gov.cn:8443/#/login');
    await waitForBadge(session, page, '✓');
    const first = await waitForTabState(session, page, (s) => s?.recognition);
    expect(first).toMatchObject({
      portal: { id: 'e-tax/beijing', kind: 'e-tax' },
      isLoginPage: true,
      step: 'credentials',
      activeMode: 'password',
    });
    expect(first.modes).toEqual(expect.arrayContaining(['password', 'qr', 'sms']));

    await page.fill('input[name=nsrsbh]', '91110000600037341L');
    await page.fill('input[name=account]', '13800000000');
    await page.fill('input[name=password]', 'correct-horse');
    await page.focus('.drag .handler');
    await page.keyboard.press('End');
    await page.click('#loginBtn');
    await waitForTabState(session, page, (s) => s?.recognition?.step === 'sms-code');
    await session.screenshot(page, 'recognition-tpass-sms');

    await page.fill('input[name=smsCode]', '123456');
    await page.click('#smsLoginBtn');
    await waitForTabState(session, page, (s) => s?.recognition?.step === 'role-choice');
    const popup = await session.openPopup(page);
    expect(await popup.locator('[data-step]').getAttribute('data-step')).toBe('role-choice');
    await session.screenshot(popup, 'recognition-tpass-role-popup');
    await popup.close();

    await page.click('#confirmRole');
    await waitForTabState(session, page, (s) => s?.recognition?.loggedIn);
    expect((await waitForBadge(session, page, '')).text).toBe('');
  });

  it('tpass never lets a typed password reach the extension', async () => {
    const page = await session.open('http://tpass.beijing.chinatax.gov.cn:8443/#/login');
    await waitForBadge(session, page, '✓');
    await page.fill('input[name=password]', 'Secret-Pa55-xyz');
    await page.fill('input[name=nsrsbh]', '91110000600037341L');
    await page.waitForTimeout(800);
    const everything = await session.worker.evaluate(async () =>
      JSON.stringify([await chrome.storage.session.get(null), await chrome.storage.local.get(null)]),
    );
    expect(everything).not.toContain('Secret-Pa55-xyz');
  });

  it('medical-insurance hall (hallEnter #/unitLogin)', async () => {
    const page = await session.open('http://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin');
    await waitForBadge(session, page, '✓');
    const popup = await session.openPopup(page);
    expect(await popup.locator('[data-trust]').getAttribute('data-trust')).toBe('official');
    expect(await popup.locator('[data-page]').getAttribute('data-page')).toBe('pageLogin');
    expect(await popup.locator('[data-trust]').innerText()).toContain('医疗保障');
    await session.screenshot(popup, 'recognition-hallenter-popup');
  });

  it('national social-insurance platform 法人 login offers password and e-business-licence', async () => {
    const page = await session.open('http://si.12333.gov.cn/');
    await waitForBadge(session, page, '✓');
    const recognition = await waitForTabState(session, page, (s) => s?.recognition);
    expect(recognition).toMatchObject({ portal: { id: 'social-insurance/national' }, isLoginPage: true });
    expect(recognition.modes).toEqual(expect.arrayContaining(['password', 'e-license']));
    await session.screenshot(page, 'recognition-si12333');
  });

  it('city social-insurance login: switching to the certificate tab is seen', async () => {
    const page = await session.open('http://rsj.liuzhou.gov.cn/');
    await waitForBadge(session, page, '✓');
    await waitForTabState(session, page, (s) => s?.recognition?.activeMode === 'password');
    await page.getByText('证书登录', { exact: true }).click();
    const recognition = await waitForTabState(
      session,
      page,
      (s) => s?.recognition?.activeMode === 'ca' && s.recognition,
    );
    expect(recognition.modes).toEqual(expect.arrayContaining(['password', 'ca']));
    const popup = await session.openPopup(page);
    expect(await popup.locator('[data-active-mode]').getAttribute('data-active-mode')).toBe('ca');
    await session.screenshot(page, 'recognition-liuzhou-ca');
  });

  it('an already-logged-in page: no login mark, the popup says logged in', async () => {
    const page = await session.open('http://etax.beijing.chinatax.gov.cn/');
    await waitForTabState(session, page, (s) => s?.recognition?.loggedIn);
    expect((await session.badgeOf(page)).text).toBe('');
    const popup = await session.openPopup(page);
    expect(await popup.locator('[data-page]').getAttribute('data-page')).toBe('pageLoggedIn');
  });

  it('a look-alike: the popup warns strongly and points to the official e-tax entry', async () => {
    const page = await session.open('http://etax-chinatax.gov.cn.login-tax.top/');
    const popup = await session.openPopup(page);
    const warning = popup.locator('[data-trust="lookalike"]');
    await expect.poll(() => warning.count()).toBe(1);
    expect(await warning.getAttribute('role')).toBe('alert');
    expect(await warning.innerText()).toContain('疑似仿冒');
    expect(await warning.locator('a').getAttribute('href')).toMatch(/^https:\/\/[a-z0-9.]+\.chinatax\.gov\.cn/);
    expect(await popup.locator('[data-page]').count()).toBe(0); // nothing of ours runs on a look-alike
    await session.screenshot(popup, 'recognition-lookalike-popup');
  });
});
