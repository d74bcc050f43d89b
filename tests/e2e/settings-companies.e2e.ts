/**
 * Many companies and their reminders, in real Chromium with the built extension: a company list saved by Excel on
 * Chinese Windows (GBK) imported through the options page with the keyboard — the preview refuses the mistyped row
 * with its reason and the confirmation saves only the fine ones; a certificate a few days from expiry raises one
 * notification, whose click opens the company's portal entry in a new tab; the popup names the next reminder.
 * Screenshots: test-results/companies/.
 */
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, serious } from '../harness/axe';
import { launchExtension, type ExtensionSession } from '../harness/extension';

const SHOTS = resolve(import.meta.dirname, '../../test-results/companies');
const GOOD_CODE = '91110000600037341L';
const TYPO_CODE = '91110000600037342L';
const AGENT_ID = '11010519491231002X';
const CSV = [
  '企业名称,纳税人识别号,经办人姓名,身份证号,CA到期日',
  `北京某某科技有限公司,${GOOD_CODE},张三,${AGENT_ID},2027年3月31日`,
  `错码商贸有限公司,${TYPO_CODE},李四,,2027/4/1`,
  `北京某某科技有限公司（重复）,${GOOD_CODE},,,`,
  `北京另一家有限公司,91110108MA01ABCD5T,,,20280101`,
].join('\r\n');

/** China's calendar date `days` from now (what the reminders count in). */
const chinaDate = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

const stored = () => session.worker.evaluate(() => chrome.storage.local.get('companyProfiles'));

describe('options: company list from a CSV file', () => {
  it('previews a GBK file, refuses the bad row with its reason, saves only the fine ones on confirm', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ companyProfiles: [] }));
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('[data-import-open]').focus();
    await options.keyboard.press('Enter');
    await options
      .getByLabel('选择 CSV 文件')
      .setInputFiles({ name: '单位名单.csv', mimeType: 'text/csv', buffer: iconv.encode(CSV, 'gbk') });
    const summary = options.locator('[data-import-summary]');
    await summary.waitFor();
    expect(await summary.innerText()).toBe(
      '共 4 行：2 行可以导入，1 行被拒绝，1 行与已有单位或前面的行重复。文件编码：GBK（简体中文 Windows）。',
    );
    const row = (line: number) => options.locator(`[data-import-row="${line}"]`);
    expect(await row(2).getAttribute('data-status')).toBe('ok');
    expect(await row(3).getAttribute('data-status')).toBe('refused');
    expect(await row(3).locator('[data-import-reason]').innerText()).toMatch(/^统一社会信用代码：.*校验/);
    expect(await row(4).getAttribute('data-status')).toBe('duplicate');
    expect(await row(5).getAttribute('data-status')).toBe('ok');
    // masked in the table: neither the full code nor the ID number is on the page
    const page = await options.locator('main').innerText();
    expect(page).toContain('9111**********341L');
    expect(page).not.toContain(AGENT_ID);
    expect(page).not.toContain(TYPO_CODE);
    expect((await stored()).companyProfiles).toEqual([]);
    await session.screenshot(options, 'import-preview', SHOTS);
    expect(serious(await runAxe(options))).toEqual([]);
    // the summary took the focus; the confirmation is reached with Tab and pressed with Enter
    const confirm = options.locator('[data-import-confirm]');
    expect(await confirm.innerText()).toBe('导入 2 家单位');
    await confirm.focus();
    await options.keyboard.press('Enter');
    await options.locator('[data-import-done]').waitFor();
    await options.locator('[data-profile]').nth(1).waitFor();
    const saved = (await stored()).companyProfiles as { name: string; creditCode: string; certExpiry?: string }[];
    expect(saved.map((p) => [p.name, p.creditCode, p.certExpiry])).toEqual([
      ['北京某某科技有限公司', GOOD_CODE, '2027-03-31'],
      ['北京另一家有限公司', '91110108MA01ABCD5T', '2028-01-01'],
    ]);
    await session.screenshot(options, 'import-done', SHOTS);
    await options.close();
  });
});

describe('certificate reminders', () => {
  it('a certificate 6 days from expiry notifies once ("7 days" threshold); the click opens the portal entry', async () => {
    // 6, not 7: the 7-day reminder comes at 09:00 China time, and the test must not depend on the hour it runs
    const expiry = chinaDate(6);
    await session.worker.evaluate(async (certExpiry) => {
      await chrome.storage.local.set({
        reminderFired: [],
        companyProfiles: [
          {
            id: 'bj',
            name: '北京某某科技有限公司',
            creditCode: '91110000600037341L',
            agentId: '11010519491231002X',
            agentIdType: 'resident-id',
            rememberAgentId: true,
            usualPortals: ['e-tax/beijing'],
            certExpiry,
          },
        ],
      });
    }, expiry);
    // the profile change itself triggers the check
    const id = `reminder:bj|cert|${expiry}|7`;
    const notes = await waitFor(async () => {
      const all = await session.worker.evaluate(() => chrome.notifications.getAll());
      return id in all ? all : null;
    });
    expect(Object.keys(notes)).toEqual([id]);
    // checking again (as the alarm would) shows nothing new
    await session.worker.evaluate(() => (globalThis as any).loginAssistantReminders.checkReminders());
    expect(await session.worker.evaluate(() => chrome.storage.local.get('reminderFired'))).toEqual({
      reminderFired: [`bj|cert|${expiry}|30`, `bj|cert|${expiry}|7`],
    });
    const alarm = await session.worker.evaluate(() => chrome.alarms.get('reminders'));
    expect(new Date(alarm!.scheduledTime).toISOString()).toBe(`${chinaDate(5)}T01:00:00.000Z`);
    const opened = session.context.waitForEvent('page');
    // the fixture server speaks http only, so the https entry ends on Chromium's error page: the tab's history
    // (DevTools protocol) says where it was sent
    await session.worker.evaluate((nid) => (globalThis as any).loginAssistantReminders.openReminder(nid), id);
    const tab = await opened;
    await tab.waitForLoadState().catch(() => undefined);
    const cdp = await session.context.newCDPSession(tab);
    const { entries } = await cdp.send('Page.getNavigationHistory');
    expect(entries.map((entry) => entry.url)).toEqual(['https://etax.beijing.chinatax.gov.cn:8443/loginb/']);
    expect(Object.keys(await session.worker.evaluate(() => chrome.notifications.getAll()))).toEqual([]);
    await tab.close();
  });

  it('the popup names the next reminder', async () => {
    const page = await session.open('http://www.example.com/');
    const popup = await session.openPopup(page);
    const line = popup.locator('[data-next-reminder]');
    expect(await line.innerText()).toBe(`下次提醒：北京某某科技有限公司 证书 6 天后到期（${chinaDate(6)}）`);
    await session.screenshot(popup, 'popup-next-reminder', SHOTS);
    await popup.close();
    await page.close();
  });
});

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 100));
  }
}
