/**
 * The scheduling, pure: given the profiles, the thresholds that already fired and the time, which reminders to show
 * now and when to look again. A threshold fires once, when 09:00 China time of its day has come; if several came
 * while the browser was closed, only the tightest is shown (a certificate 5 days from expiry gets "7 days", not also
 * "30 days"), and the looser ones are marked fired with it.
 */
import type { CompanyProfile } from '../checklist/types';
import { chinaToday, remindAt } from './days';
import { firedKey, seriesOf, STALE_AFTER_DAYS, type ReminderKind, type Series } from './series';
import { reminderText, type ReminderText } from './texts';

export interface DueReminder extends ReminderText {
  /** the key remembered as fired; also the notification's id */
  key: string;
  profileId: string;
  kind: ReminderKind;
  date: string;
  threshold: number;
  daysLeft: number;
}

export interface ReminderPlan {
  /** to notify now */
  due: DueReminder[];
  /** what to remember as fired: the old keys still meaning something, plus the new ones */
  fired: string[];
  /** when to check again (ms since epoch), or null when nothing is ahead */
  nextCheck: number | null;
}

/** a list longer than this is not the user's; the stored set stays bounded */
const MAX_FIRED = 5_000;

function planSeries(series: Series, fired: ReadonlySet<string>, now: Date, plan: ReminderPlan): void {
  const daysLeft = series.day - chinaToday(now);
  if (series.kind === 'cert' && daysLeft < -STALE_AFTER_DAYS) return;
  const reached = series.thresholds.filter((t) => remindAt(series.day - t) <= now.getTime());
  const ahead = series.thresholds.filter((t) => !reached.includes(t)).map((t) => remindAt(series.day - t));
  if (ahead.length > 0) plan.nextCheck = Math.min(plan.nextCheck ?? Infinity, ...ahead);
  if (reached.length === 0) return;
  const tightest = Math.min(...reached);
  const key = firedKey(series, tightest);
  for (const t of reached) plan.fired.push(firedKey(series, t));
  if (fired.has(key)) return;
  const text = reminderText(series, daysLeft);
  plan.due.push({
    key,
    profileId: series.profile.id,
    kind: series.kind,
    date: series.date,
    threshold: tightest,
    daysLeft,
    ...text,
  });
}

export function planReminders(profiles: readonly CompanyProfile[], fired: readonly string[], now: Date): ReminderPlan {
  const plan: ReminderPlan = { due: [], fired: [], nextCheck: null };
  const before = new Set(fired);
  for (const profile of profiles) for (const series of seriesOf(profile)) planSeries(series, before, now, plan);
  plan.fired = [...new Set(plan.fired)].slice(0, MAX_FIRED);
  return plan;
}
