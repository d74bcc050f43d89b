/**
 * The popup's one line: the soonest date among all profiles' certificates and password changes ("某公司 证书 7 天后到期
 * （2027-03-31）"). A certificate that expired within the last month still counts: it is the most urgent of all.
 */
import type { Localized } from '../categories';
import type { CompanyProfile } from '../checklist/types';
import { maskIdentifiers } from '../mask';
import { chinaToday } from './days';
import { seriesOf, STALE_AFTER_DAYS, type ReminderKind } from './series';
import { spaced, whenText } from './texts';

export interface NextReminder {
  profileId: string;
  kind: ReminderKind;
  date: string;
  daysLeft: number;
  text: Localized;
}

function describe(name: string, kind: ReminderKind, date: string, daysLeft: number): Localized {
  const when = whenText(daysLeft);
  const zh =
    kind === 'cert'
      ? daysLeft < 0
        ? `证书已于 ${date} 过期`
        : `${spaced('证书', when['zh-CN'])}到期（${date}）`
      : daysLeft < 0
        ? `密码应在 ${date} 更换`
        : `${spaced('密码', when['zh-CN'])}该换（${date}）`;
  const en =
    kind === 'cert'
      ? daysLeft < 0
        ? `certificate expired on ${date}`
        : `certificate expires ${when.en} (${date})`
      : daysLeft < 0
        ? `password was due for a change on ${date}`
        : `password change due ${when.en} (${date})`;
  return { 'zh-CN': maskIdentifiers(`${name} ${zh}`), en: maskIdentifiers(`${name}: ${en}`) };
}

export function nextReminder(profiles: readonly CompanyProfile[], now: Date): NextReminder | null {
  const today = chinaToday(now);
  let best: NextReminder | null = null;
  for (const profile of profiles) {
    for (const series of seriesOf(profile)) {
      const daysLeft = series.day - today;
      if (daysLeft < -STALE_AFTER_DAYS || (best && best.daysLeft <= daysLeft)) continue;
      const name = profile.name || profile.creditCode;
      best = {
        profileId: profile.id,
        kind: series.kind,
        date: series.date,
        daysLeft,
        text: describe(name, series.kind, series.date, daysLeft),
      };
    }
  }
  return best;
}
