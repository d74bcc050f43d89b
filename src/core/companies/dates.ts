/**
 * Dates as a spreadsheet writes them, to the `YYYY-MM-DD` a profile keeps: 2027-03-31, 2027/3/31, 2027.3.31,
 * 2027年3月31日, 20270331. A date that does not exist (2027-02-30) is refused, not rolled over.
 */

const FORMS: readonly RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** `YYYY-MM-DD`, or null when the text is not one of the forms above or names no real day. */
export function parseSheetDate(raw: string): string | null {
  // a time part ("2027/3/31 0:00", Excel's default for a date cell saved as text) carries nothing for us
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  if (text.length > 20) return null;
  for (const form of FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    if (!real || year < 2000 || year > 2100) return null;
    return date.toISOString().slice(0, 10);
  }
  return null;
}
