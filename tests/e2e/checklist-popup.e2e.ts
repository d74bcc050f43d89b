/**
 * The popup's checklist, the company profiles and the first-run page in real Chromium with the built extension,
 * on fixture pages at real host names: a mistyped credit code caught and fixed before the first try, an IE-only
 * page, a look-alike (warning only), the copied report (no unmasked identifier on the clipboard), the options
 * form and the first-run page. Screenshots: test-results/screenshots/checklist-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, waitForBadge, type ExtensionSession } from '../harness/extension';

const GOOD_CODE = '91110000600037341L';
const TYPO_CODE = '91110000600037342L';
const AGENT_ID = '11010519491231002X';
const TPASS = 'http://tpass.beijing.chinatax.gov.cn:8443/#/login';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

async function saveCompanies(profiles: object[]): Promise<void> {
  await session.worker.evaluate(
    (list) => chrome.storage.local.set({ companyProfiles: list, lastCompany: '' }),
    profiles,
  );
}

const company = (overrides: object = {}) => ({
  id: 'bj',
  name: '北京某某科技有限公司',
  creditCode: TYPO_CODE,
  agentName: '张三',
  agentIdType: 'resident-id',
  rememberAgentId: true,
  agentId: AGENT_ID,
  usualPortals: ['e-tax/beijing'],
  ...overrides,
});

const item = (popup: Page, id: string) => popup.locator(`[data-check="${id}"]`);

describe('checklist popup', () => {
  it('opens the first-run page on install: three lines, the guard offer, a way to the settings', async () => {
    expect(session.welcomeOpened).toBe(true);
    const welcome = await session.context.newPage();
    await welcome.goto(`chrome-extension://${session.extensionId}/welcome.html`);
    await welcome.locator('[data-guard]').waitFor();
    expect(await welcome.locator('ol.welcome li').count()).toBe(3);
    expect(await welcome.locator('ol.welcome').innerText()).toContain('仿冒');
    expect(await welcome.locator('[data-guard]').getAttribute('data-guard')).toBe('off');
    expect(await welcome.locator('[data-guard] button').innerText()).toBeTruthy();
    expect(await welcome.locator('[data-open-options]').innerText()).toBe('打开设置');
    await session.screenshot(welcome, 'checklist-welcome');
    await welcome.close();
  });

  it('tpass with a mistyped credit code: the item fails with the reason, fixed in the popup it passes', async () => {
    await saveCompanies([company()]);
    const page = await session.open(TPASS);
    await waitForBadge(session, page, '✓');
    const popup = await session.openPopup(page);
    const code = item(popup, 'credit-code');
    await expect.poll(() => code.getAttribute('data-status')).toBe('fail');
    expect(await code.locator('.reason').innerText()).toContain('没有通过校验');
    expect(await popup.locator('[data-chosen-profile]').getAttribute('data-chosen-profile')).toBe('bj');
    expect(await item(popup, 'official-entry').getAttribute('data-status')).toBe('pass');
    expect(await popup.locator('[data-check]').count()).toBe(7);
    await session.screenshot(popup, 'checklist-tpass-typo');

    await popup.getByLabel('要检查的信用代码').fill(GOOD_CODE);
    await expect.poll(() => code.getAttribute('data-status')).toBe('pass');
    expect(await code.locator('.reason').innerText()).toContain('格式正确');
    // the fix goes into the page's own field (how the page side works is checklist-page.e2e)
    await code.locator('[data-action="fill"]').click();
    await expect.poll(() => code.locator('.feedback').innerText()).toBe('已填入页面上的输入框');
    expect(await page.locator('input[name="nsrsbh"]').inputValue()).toBe(GOOD_CODE);
    await session.screenshot(popup, 'checklist-tpass-fixed');
    await popup.locator('[data-save-fix]').click();
    await expect
      .poll(
        async () =>
          (
            (await session.worker.evaluate(() => chrome.storage.local.get('companyProfiles'))).companyProfiles as {
              creditCode: string;
            }[]
          )[0]?.creditCode,
      )
      .toBe(GOOD_CODE);

    // the agent's ID is never shown in full
    expect(await popup.getByLabel('要检查的证件号码').getAttribute('placeholder')).toBe('1101**********002X');
    expect(await popup.content()).not.toContain(AGENT_ID);
    await popup.close();
    await page.close();
  });

  it('copies the report: plain text with every item, no unmasked ID on the clipboard', async () => {
    await saveCompanies([company()]);
    // Playwright treats extension origins as opaque, so the grant is for every origin of this test browser
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await session.open(TPASS);
    await waitForBadge(session, page, '✓');
    const popup = await session.openPopup(page);
    await popup.locator('[data-copy-report]').click();
    await expect.poll(() => popup.locator('.report [aria-live]').innerText()).toBe('已复制');
    const report = await popup.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('单位统一社会信用代码');
    expect(report).toContain('tpass.beijing.chinatax.gov.cn');
    expect(report).not.toContain(TYPO_CODE);
    expect(report).not.toContain(AGENT_ID);
    expect(report).not.toMatch(/[0-9A-Z]{15,}/);
    await popup.close();
    await page.close();
  });

  it('an IE-only page on a registered host: the browser item fails with how to open it in IE mode', async () => {
    await saveCompanies([company({ creditCode: GOOD_CODE, usualPortals: [] })]);
    const page = await session.open('http://gs.etax-gd.gov.cn/');
    const popup = await session.openPopup(page);
    const browserItem = item(popup, 'browser');
    await expect.poll(() => browserItem.getAttribute('data-status')).toBe('fail');
    expect(await browserItem.locator('.reason').innerText()).toContain('IE');
    expect(await browserItem.locator('ol.steps').innerText()).toMatch(/Internet Explorer 模式|兼容模式/);
    await browserItem.scrollIntoViewIfNeeded();
    await session.screenshot(popup, 'checklist-ie-only');
    await popup.close();
    await page.close();
  });

  it('a look-alike: the warning and the official entry only', async () => {
    await saveCompanies([company()]);
    const page = await session.open('http://etax-chinatax.gov.cn.login-tax.top/');
    const popup = await session.openPopup(page);
    await expect.poll(() => popup.locator('[data-trust="lookalike"]').count()).toBe(1);
    expect(await popup.locator('[data-trust="lookalike"] a').getAttribute('href')).toMatch(/\.chinatax\.gov\.cn/);
    expect(await popup.locator('.card').count()).toBe(1);
    expect(await popup.locator('[data-check]').count()).toBe(0);
    expect(await popup.locator('[data-profile]').count()).toBe(0);
    await session.screenshot(popup, 'checklist-lookalike');
    await popup.close();
    await page.close();
  });

  it('an ordinary page: the usual portals, one click opens the official entry', async () => {
    await saveCompanies([company({ usualPortals: ['e-tax/beijing', 'medical-insurance/beijing'] })]);
    const page = await session.open('http://www.example.com/');
    const popup = await session.openPopup(page);
    await expect.poll(() => popup.locator('[data-usual-portals]').getAttribute('data-usual-portals')).toBe('2');
    await session.screenshot(popup, 'checklist-usual-portals');
    // the entry is https, which the fixture server does not speak: the browser's error page names the host it tried
    const opened = session.context.waitForEvent('page');
    await popup.locator('[data-open-portal="e-tax/beijing"]').click();
    const entry = await opened;
    await expect
      .poll(
        () =>
          entry
            .locator('body')
            .innerText()
            .catch(() => ''),
        { timeout: 10_000 },
      )
      .toMatch(/[a-z]+\.beijing\.chinatax\.gov\.cn/);
    await entry.close();
    await page.close();
  });

  it('options: a company is added with the keyboard, its code checked live with the reason', async () => {
    await saveCompanies([]);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('[data-add-profile]').click();
    // the form takes the focus; everything else is reached with the keyboard
    await options.keyboard.type('北京某某科技有限公司');
    await options.keyboard.press('Tab');
    await options.keyboard.type(TYPO_CODE);
    expect(await options.locator('#profile-code-check').innerText()).toContain('没有通过校验');
    await session.screenshot(options, 'checklist-options-typo');
    await options.getByLabel('统一社会信用代码（或纳税人识别号）').fill(GOOD_CODE);
    expect(await options.locator('#profile-code-check').innerText()).toContain('格式正确');
    await options.getByLabel('按名称查找门户（如“北京”“医保”）').fill('北京 税务');
    await options.locator('[data-add-portal="e-tax/beijing"]').click();
    await options.getByLabel('数字证书（U盾）厂商').selectOption('bjca');
    await options.getByRole('button', { name: '保存' }).focus();
    await options.keyboard.press('Enter');
    await options.locator('[data-profile]').first().waitFor();
    await session.screenshot(options, 'checklist-options-saved');
    const stored = await session.worker.evaluate(() => chrome.storage.local.get('companyProfiles'));
    expect(stored.companyProfiles).toMatchObject([
      { name: '北京某某科技有限公司', creditCode: GOOD_CODE, usualPortals: ['e-tax/beijing'], certVendor: 'bjca' },
    ]);
    expect(await options.locator('input[type="password"]').count()).toBe(0);
    await options.close();
  });
});

describe('checklist popup in English', () => {
  let english: ExtensionSession;
  beforeAll(async () => {
    english = await launchExtension({ locale: 'en-US' });
  });
  afterAll(async () => {
    await english?.close();
  });

  it('says the same in English: the mistyped code fails with the English reason', async () => {
    await english.worker.evaluate((list) => chrome.storage.local.set({ companyProfiles: list }), [company()]);
    const page = await english.open(TPASS);
    await waitForBadge(english, page, '✓');
    const popup = await english.openPopup(page);
    const code = popup.locator('[data-check="credit-code"]');
    await expect.poll(() => code.getAttribute('data-status')).toBe('fail');
    expect(await code.locator('.reason').innerText()).toContain('fails its built-in check');
    expect(await popup.locator('#checklist-title').innerText()).toBe('Before you log in');
    expect(await popup.getByLabel('Credit code to check').inputValue()).toBe(TYPO_CODE);
    // every item's title, status and reason is English (the company's own name stays as the user wrote it)
    for (const text of await popup.locator('[data-check] .check-head, [data-check] .reason').allInnerTexts()) {
      expect(text).not.toMatch(/[\u4e00-\u9fff]/u);
    }
    await english.screenshot(popup, 'checklist-tpass-typo-en');
  });
});
