/**
 * Calendar days as the user's certificate and tax office count them: in China time (Asia/Shanghai, UTC+8 all year,
 * no daylight saving since 1991), whatever zone the computer is set to. A date is `YYYY-MM-DD`; a day number is
 * days since 1970-01-01.
 */

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
/** reminders come at 09:00 China time, when people are at their desks, not at midnight */
export const REMIND_HOUR = 9;

/** The day number of a `YYYY-MM-DD` date, or null when it is not one. */
export function dayOf(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

/** Today's day number in China. */
export function chinaToday(now: Date): number {
  return Math.floor((now.getTime() + CHINA_OFFSET_MS) / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The instant (ms since epoch) of 09:00 China time on a day. */
export function remindAt(day: number): number {
  return day * DAY_MS + REMIND_HOUR * 3_600_000 - CHINA_OFFSET_MS;
}
