/**
 * Every UI kit's toast and dialog, and the kit-less red text of older portals, in real Chromium with the built
 * extension: each fixture page (tests/fixtures/sites/login.kits-fixture.gov.cn/<case>) shows its error on 登录;
 * the hint names the category, sits clear of the form's fields and buttons, the badge turns to "!", and the popup
 * lists the finding. One browser for the whole file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, waitForBadge, waitForTabState, type ExtensionSession } from '../harness/extension';
import { readHint } from '../harness/hint';
import { coveredControls } from './kits-helpers';
import { HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';

const HOST = 'http://login.kits-fixture.gov.cn';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

async function openLogin(path: string): Promise<Page> {
  const page = await session.open(`${HOST}/${path}/`);
  await waitForTabState(session, page, (s) => s?.recognition?.isLoginPage);
  return page;
}

async function popupCategories(page: Page): Promise<string[]> {
  const popup = await session.openPopup(page);
  const categories = await popup
    .locator('[data-category]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-category') ?? ''));
  await popup.close();
  return categories;
}

async function expectFinding(page: Page, name: string, category: string): Promise<void> {
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect.poll(async () => (await readHint(page)).categories, { timeout: 5000 }).toContain(category);
  await page.waitForTimeout(600); // the hint places itself again once the page's dialog has settled
  const hint = await readHint(page);
  expect(await coveredControls(page, hint.box)).toEqual([]);
  expect((await waitForBadge(session, page, '!')).text).toBe('!');
  expect(await popupCategories(page)).toContain(category);
  await session.screenshot(page, `kits-${name}`);
  await page.close();
}

// [fixture case, category its error text maps to]
const KIT_CASES: [string, string][] = [
  ['element-ui-toast', 'password-wrong'],
  ['element-ui-dialog', 'account-not-registered'],
  ['layui-msg', 'captcha-wrong'],
  ['layui-dialog', 'password-wrong'],
  ['ant-message', 'captcha-wrong'],
  ['ant-modal', 'cert-expired'],
  ['bootstrap-alert', 'password-wrong'],
  ['bootstrap-modal', 'cert-expired'],
  ['toastr', 'captcha-wrong'],
  ['sweetalert2', 'account-locked'],
  ['sweetalert2-toast', 'sms-code-wrong'],
  ['iview-message', 'password-wrong'],
  ['iview-modal', 'account-not-registered'],
  ['easyui-messager', 'account-not-registered'],
  ['artdialog', 'captcha-wrong'],
  ['jquery-ui-dialog', 'password-expired'],
  ['zui-messager', 'cert-not-detected'],
  ['aria-alertdialog', 'pin-wrong'],
];

describe('UI kits', () => {
  it.each(KIT_CASES)('%s → %s', async (name, category) => {
    await expectFinding(await openLogin(name), name, category);
  });
});

describe('kit-less red text near the login form', () => {
  it.each([
    ['red-span', 'password-wrong'],
    ['red-font', 'captcha-wrong'],
    ['red-hex', 'account-locked'],
    ['red-tips', 'password-expired'],
    // no failure word: an error because it came right after 登录 (src/content/attempts.ts)
    ['field-rule-message', 'input-missing'],
  ])('%s → %s', async (name, category) => {
    await expectFinding(await openLogin(name), name, category);
  });

  it('a permanent red notice and a red required-field asterisk raise nothing', async () => {
    const page = await openLogin('negative-red');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForTimeout(1500);
    expect(await page.locator(HINT_HOST_SELECTOR).count()).toBe(0);
    expect((await session.badgeOf(page)).text).toBe('✓');
    expect(await popupCategories(page)).toEqual([]);
    await session.screenshot(page, 'kits-negative-red');
    await page.close();
  });

  it('a next step’s prompt revealed on 登录, and a tab’s instruction in an error box, raise nothing', async () => {
    const page = await openLogin('prompt-without-attempt');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => page.locator('#step2').isVisible()).toBe(true);
    // a tab chosen right after that try: what its panel shows stands there, it answers no attempt
    await page.locator('#tab-cert').click();
    await expect.poll(() => page.locator('#cert-tip').isVisible()).toBe(true);
    await page.waitForTimeout(1500);
    expect(await page.locator(HINT_HOST_SELECTOR).count()).toBe(0);
    expect((await session.badgeOf(page)).text).toBe('✓');
    await session.screenshot(page, 'kits-prompt-without-attempt');
    await page.close();
  });
});
