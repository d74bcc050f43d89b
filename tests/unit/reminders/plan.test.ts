import { describe, expect, it } from 'vitest';
import type { CompanyProfile } from '../../../src/core/checklist/types';
import {
  chinaToday,
  dayOf,
  nextReminder,
  planReminders,
  reminderEntry,
  type ReminderPlan,
} from '../../../src/core/reminders';

const CODE = '91110000600037341L';
const AGENT = '11010519491231002X';
const profile = (patch: Partial<CompanyProfile> = {}): CompanyProfile => ({
  id: 'p1',
  name: '北京某某科技有限公司',
  creditCode: CODE,
  agentId: AGENT,
  usualPortals: [],
  certExpiry: '2027-03-31',
  ...patch,
});
/** an instant given as China wall-clock time */
const china = (wall: string) => new Date(`${wall}+08:00`);

/** Runs the scheduler like the background does: keep what fired, collect what was shown. */
function run(profiles: CompanyProfile[], times: Date[], fired: string[] = []) {
  const shown: { at: string; title: string; threshold: number }[] = [];
  let last: ReminderPlan | null = null;
  for (const now of times) {
    last = planReminders(profiles, fired, now);
    fired = last.fired;
    for (const due of last.due)
      shown.push({ at: now.toISOString(), title: due.title['zh-CN'], threshold: due.threshold });
  }
  return { shown, fired, last: last! };
}

describe('certificate reminders at 30, 7 and 1 days, once each', () => {
  it('walking day by day through March fires 30, 7, 1 and the day itself, each exactly once', () => {
    const days = Array.from(
      { length: 40 },
      (_, i) => new Date(china('2027-02-25T10:00:00').getTime() + i * 86_400_000),
    );
    const hourly = days.flatMap((d) => [d, new Date(d.getTime() + 3_600_000)]);
    const { shown } = run([profile()], hourly);
    expect(shown.map((s) => [s.threshold, s.at.slice(0, 10)])).toEqual([
      [30, '2027-03-01'],
      [7, '2027-03-24'],
      [1, '2027-03-30'],
      [0, '2027-03-31'],
    ]);
    expect(shown.map((s) => s.title)).toEqual([
      '数字证书 30 天后到期',
      '数字证书 7 天后到期',
      '数字证书 1 天后到期',
      '数字证书今天到期',
    ]);
  });

  it('fires at 09:00 China time, not before, and says when to look next', () => {
    const before = planReminders([profile()], [], china('2027-03-24T08:59:00'));
    expect(before.due.map((d) => d.threshold)).toEqual([30]);
    expect(before.nextCheck).toBe(china('2027-03-24T09:00:00').getTime());
    const at = planReminders([profile()], before.fired, china('2027-03-24T09:00:00'));
    expect(at.due.map((d) => [d.threshold, d.daysLeft])).toEqual([[7, 7]]);
    expect(at.nextCheck).toBe(china('2027-03-30T09:00:00').getTime());
  });

  it('counts days in China: 00:30 on the 24th in Shanghai is still the 23rd in UTC, and it is 7 days', () => {
    const now = new Date('2027-03-23T16:30:00Z');
    expect(chinaToday(now)).toBe(dayOf('2027-03-24'));
    expect(nextReminder([profile()], now)!.daysLeft).toBe(7);
  });

  it('gives the same answers whatever zone the computer is set to', () => {
    const zone = process.env.TZ;
    const answers = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'].map((tz) => {
      process.env.TZ = tz;
      const plan = planReminders([profile()], [], china('2027-03-24T09:30:00'));
      return [
        plan.due.map((d) => d.threshold),
        plan.nextCheck,
        nextReminder([profile()], china('2027-03-24T00:10:00'))!.daysLeft,
      ];
    });
    process.env.TZ = zone;
    for (const answer of answers) expect(answer).toEqual([[7], china('2027-03-30T09:00:00').getTime(), 7]);
  });

  it('a profile added 5 days before expiry gets one "7 days" reminder, not also "30 days"', () => {
    const { shown, fired } = run([profile()], [china('2027-03-26T12:00:00'), china('2027-03-27T12:00:00')]);
    expect(shown.map((s) => s.threshold)).toEqual([7]);
    expect(fired).toEqual(['p1|cert|2027-03-31|30', 'p1|cert|2027-03-31|7']);
  });

  it('past dates: expired yesterday → one "expired" notice; expired long ago → none, nothing scheduled', () => {
    const { shown } = run([profile()], [china('2027-04-01T12:00:00'), china('2027-04-02T12:00:00')]);
    expect(shown.map((s) => [s.threshold, s.title])).toEqual([[0, '数字证书已过期']]);
    const stale = planReminders([profile({ certExpiry: '2020-01-01' })], [], china('2027-04-01T12:00:00'));
    expect(stale).toEqual({ due: [], fired: [], nextCheck: null });
  });

  it('a changed expiry date re-arms: the renewed certificate is reminded again', () => {
    const first = run([profile()], [china('2027-03-24T10:00:00')]);
    expect(first.shown.map((s) => s.threshold)).toEqual([7]);
    const renewed = profile({ certExpiry: '2028-03-31' });
    const after = run([renewed], [china('2027-03-25T10:00:00'), china('2028-03-01T10:00:00')], first.fired);
    expect(after.shown.map((s) => [s.threshold, s.at.slice(0, 10)])).toEqual([[30, '2028-03-01']]);
    // the old date's keys are dropped, so the stored set stays small
    expect(after.fired.every((k) => k.includes('2028-03-31'))).toBe(true);
  });

  it('never twice: the same instant planned again notifies nothing', () => {
    const once = planReminders([profile()], [], china('2027-03-24T10:00:00'));
    expect(planReminders([profile()], once.fired, china('2027-03-24T10:00:00')).due).toEqual([]);
  });
});

describe('password reminders', () => {
  const every = profile({ certExpiry: undefined, passwordEveryDays: 90, passwordChangedOn: '2027-01-01' });

  it('reminds a week before and on the day, each once; a new "changed on" date re-arms', () => {
    const { shown, fired } = run(
      [every],
      [china('2027-03-24T10:00:00'), china('2027-03-25T10:00:00'), china('2027-04-01T10:00:00')],
    );
    expect(shown.map((s) => [s.threshold, s.title])).toEqual([
      [7, '7 天后该换密码了'],
      [0, '该换密码了'],
    ]);
    const changed = { ...every, passwordChangedOn: '2027-04-01' };
    const again = run([changed], [china('2027-06-23T10:00:00')], fired);
    expect(again.shown.map((s) => s.threshold)).toEqual([7]);
  });

  it('no reminder without a "changed on" date or with an interval out of range', () => {
    expect(
      planReminders([profile({ certExpiry: undefined, passwordEveryDays: 90 })], [], china('2027-04-01T10:00:00'))
        .nextCheck,
    ).toBeNull();
    expect(planReminders([{ ...every, passwordEveryDays: 3 }], [], china('2027-04-01T10:00:00')).due).toEqual([]);
  });
});

describe('what a reminder says and where its click leads', () => {
  it('names the company with its credit code masked and never carries the agent ID', () => {
    const [due] = planReminders([profile()], [], china('2027-03-24T10:00:00')).due;
    const text = JSON.stringify([due!.title, due!.message]);
    expect(due!.message['zh-CN']).toBe(
      '北京某某科技有限公司（9111**********341L）的数字证书（U盾）2027-03-31 到期：请在到期前到发证的 CA 机构办理更新，以免耽误报税和缴费。',
    );
    expect(due!.message.en).toContain('(9111**********341L)');
    expect(text).not.toContain(CODE);
    expect(text).not.toContain(AGENT);
    expect(text).not.toContain('1101');
  });

  it('a number typed into the company name is masked too', () => {
    const [due] = planReminders([profile({ name: `分公司${AGENT}` })], [], china('2027-03-24T10:00:00')).due;
    expect(due!.message['zh-CN']).not.toContain(AGENT);
  });

  it("the first usual portal; else the e-tax entry of the code's region; else nothing", () => {
    expect(reminderEntry(profile({ usualPortals: ['e-tax/shanghai', 'e-tax/beijing'] }))).toMatch(
      /shanghai\.chinatax\.gov\.cn/,
    );
    expect(reminderEntry(profile())).toMatch(/^https:\/\/[a-z]+\.beijing\.chinatax\.gov\.cn/);
    expect(reminderEntry(profile({ creditCode: '12345' }))).toBeNull();
  });

  it('the popup line: the soonest date of all profiles', () => {
    const profiles = [profile(), profile({ id: 'p2', name: '上海某某', certExpiry: '2027-03-28' })];
    const next = nextReminder(profiles, china('2027-03-24T10:00:00'))!;
    expect(next).toMatchObject({ profileId: 'p2', daysLeft: 4, date: '2027-03-28' });
    expect(next.text['zh-CN']).toBe('上海某某 证书 4 天后到期（2027-03-28）');
    expect(next.text.en).toBe('上海某某: certificate expires in 4 days (2027-03-28)');
    expect(nextReminder([profile({ certExpiry: undefined })], new Date())).toBeNull();
  });
});
