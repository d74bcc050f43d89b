/**
 * What a profile can be reminded of: its certificate's expiry, and (when the user asked for it) the day its password
 * should be changed. Each is a series of thresholds, "so many days before"; a changed date is a new series, so the
 * reminders of the old date are forgotten and the new one's fire again.
 */
import type { CompanyProfile } from '../checklist/types';
import { dateOfDay, dayOf } from './days';

export type ReminderKind = 'cert' | 'password';

/** days before the date: a month to order a new certificate, a week, the last day; 0 = the day itself (or after) */
export const CERT_THRESHOLDS = [30, 7, 1, 0] as const;
export const PASSWORD_THRESHOLDS = [7, 0] as const;
/** a certificate that ran out longer ago than this is stale data (an old list), not news: no notification */
export const STALE_AFTER_DAYS = 30;
/** the password interval a profile may ask for, in days */
export const PASSWORD_DAYS = { min: 7, max: 730 } as const;

export interface Series {
  profile: CompanyProfile;
  kind: ReminderKind;
  /** the expiry, or the day the password is due */
  date: string;
  day: number;
  thresholds: readonly number[];
}

export function seriesOf(profile: CompanyProfile): Series[] {
  const out: Series[] = [];
  const expiry = profile.certExpiry ? dayOf(profile.certExpiry) : null;
  if (expiry !== null)
    out.push({ profile, kind: 'cert', date: profile.certExpiry!, day: expiry, thresholds: CERT_THRESHOLDS });
  const every = profile.passwordEveryDays;
  const changed = profile.passwordChangedOn ? dayOf(profile.passwordChangedOn) : null;
  if (every && every >= PASSWORD_DAYS.min && every <= PASSWORD_DAYS.max && changed !== null) {
    const day = changed + every;
    out.push({ profile, kind: 'password', date: dateOfDay(day), day, thresholds: PASSWORD_THRESHOLDS });
  }
  return out;
}

/** The remembered key of one threshold of one series: per profile, kind and date, so a new date re-arms. */
export function firedKey(series: Series, threshold: number): string {
  return `${series.profile.id}|${series.kind}|${series.date}|${threshold}`;
}
