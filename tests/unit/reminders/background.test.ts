import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { checkReminders, openReminder } from '../../../src/background/reminders';
import type { CompanyProfile } from '../../../src/core/checklist/types';
import { saveProfile } from '../../../src/shared/profiles';

vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => (name === 'langCode' ? 'zh-CN' : name));

const CODE = '91110000600037341L';
const AGENT = '11010519491231002X';
const NOW = new Date('2027-03-24T02:00:00Z'); // 10:00 in China
const company = (patch: Partial<CompanyProfile> = {}): CompanyProfile => ({
  id: 'p1',
  name: '北京某某科技有限公司',
  creditCode: CODE,
  agentId: AGENT,
  rememberAgentId: true,
  usualPortals: [],
  certExpiry: '2027-03-31',
  ...patch,
});
const shown = () =>
  (
    fakeBrowser.notifications as unknown as {
      getAllCreateOptions(): Record<string, { title: string; message: string }>;
    }
  ).getAllCreateOptions();

describe('background reminders', () => {
  it('shows a due reminder once, even when checks overlap, and sets the one alarm for the next', async () => {
    await saveProfile(company());
    const created = vi.spyOn(browser.notifications, 'create');
    await Promise.all([checkReminders(NOW), checkReminders(NOW), checkReminders(NOW)]);
    await checkReminders(NOW);
    // counted per call: the same id created twice would still show twice on a desktop
    expect(created).toHaveBeenCalledTimes(1);
    created.mockRestore();
    const notes = shown();
    expect(Object.keys(notes)).toEqual(['reminder:p1|cert|2027-03-31|7']);
    expect(notes['reminder:p1|cert|2027-03-31|7']!.title).toBe('数字证书 7 天后到期');
    const text = JSON.stringify(notes);
    expect(text).not.toContain(CODE);
    expect(text).not.toContain(AGENT);
    const [alarm] = await browser.alarms.getAll();
    expect(alarm).toMatchObject({ name: 'reminders', scheduledTime: Date.parse('2027-03-30T01:00:00Z') });
    expect((await browser.storage.local.get('reminderFired')).reminderFired).toEqual([
      'p1|cert|2027-03-31|30',
      'p1|cert|2027-03-31|7',
    ]);
  });

  it('a broken fired list is read as empty, not a crash', async () => {
    await saveProfile(company());
    await browser.storage.local.set({ reminderFired: 'junk' });
    await checkReminders(NOW);
    expect(Object.keys(shown())).toHaveLength(1);
  });

  it('many due at once: two shown and one summary', async () => {
    for (const id of ['a', 'b', 'c', 'd', 'e']) await saveProfile(company({ id, name: `单位${id}` }));
    await checkReminders(NOW);
    expect(Object.keys(shown()).sort()).toEqual([
      'reminder-summary',
      'reminder:a|cert|2027-03-31|7',
      'reminder:b|cert|2027-03-31|7',
    ]);
    expect(shown()['reminder-summary']!.title).toBe('另有 3 条提醒');
  });

  it('nothing ahead: no alarm left behind', async () => {
    await browser.alarms.create('reminders', { when: Date.now() + 60_000 });
    await saveProfile(company({ certExpiry: undefined }));
    await checkReminders(NOW);
    expect(await browser.alarms.getAll()).toEqual([]);
  });

  it("a click opens the company portal's entry, else the e-tax entry of its region", async () => {
    const opened: string[] = [];
    fakeBrowser.tabs.create = (async ({ url }: { url: string }) => {
      opened.push(url);
      return {} as never;
    }) as never;
    await saveProfile(company({ usualPortals: ['e-tax/shanghai'] }));
    await saveProfile(company({ id: 'p2' }));
    await openReminder('reminder:p1|cert|2027-03-31|7');
    await openReminder('reminder:p2|cert|2027-03-31|7');
    await openReminder('someone-else');
    expect(opened).toHaveLength(2);
    expect(opened[0]).toContain('shanghai.chinatax.gov.cn');
    expect(opened[1]).toContain('beijing.chinatax.gov.cn');
  });
});
