import type { Finding } from './types';

/** A calendar date as written in a number. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** True if y-m-d is a real calendar date. UTC round-trip: no DST/timezone surprises (identifiers.md §5.3). */
export function isRealDate({ y, m, d }: Ymd): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y); // Date.UTC maps years 0-99 to 19xx; set the year separately
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function parseYmd(yyyymmdd: string): Ymd {
  return {
    y: Number(yyyymmdd.slice(0, 4)),
    m: Number(yyyymmdd.slice(4, 6)),
    d: Number(yyyymmdd.slice(6, 8)),
  };
}

export function formatYmd({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The user's calendar date today (local time: a person born "today" in Beijing is not in the future). */
export function todayYmd(today: Date): Ymd {
  return { y: today.getFullYear(), m: today.getMonth() + 1, d: today.getDate() };
}

function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Full years between birth and today. */
export function ageOn(birth: Ymd, today: Ymd): number {
  const hadBirthday = today.m > birth.m || (today.m === birth.m && today.d >= birth.d);
  return today.y - birth.y - (hadBirthday ? 0 : 1);
}

/** Oldest plausible birth year: the GB 11643 example itself was born in 1880 (identifiers.md §5.3). */
export const MIN_BIRTH_YEAR = 1800;
export const MAX_PLAUSIBLE_AGE = 120;

/**
 * Birth-date rules shared by ID cards, permits and foreigner cards: impossible date, before 1800, after today
 * (errors); older than 120 (warning: rare but real).
 */
export function checkBirthDate(birth: Ymd, today: Date, position: string): Finding[] {
  const params = { date: formatYmd(birth), position };
  if (!isRealDate(birth)) return [{ code: 'E_DATE', params }];
  if (birth.y < MIN_BIRTH_YEAR) return [{ code: 'E_DATE_TOO_OLD', params }];
  const now = todayYmd(today);
  if (compare(birth, now) > 0) return [{ code: 'E_DATE_FUTURE', params }];
  if (ageOn(birth, now) > MAX_PLAUSIBLE_AGE) return [{ code: 'W_AGE_OVER_120', params }];
  return [];
}
