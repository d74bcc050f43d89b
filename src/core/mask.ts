/**
 * Masking of identifiers for anything the extension keeps, shows back or copies: resident ID numbers, residence
 * permits, credit codes, taxpayer numbers, bank cards and mobile numbers. Page text is masked before it is stored
 * or copied (an error may quote the ID the user typed); an agent's ID is shown masked in the popup.
 *
 * Text masking works on the *shape* of a run, not on whether it validates: a mistyped ID is just as private as a
 * right one, and a run that fails its check digit is exactly what an error message quotes back.
 */

/** Runs of ASCII letters and digits this long or longer, with at least MIN_DIGITS digits, are identifier-shaped. */
const MIN_RUN = 11;
const MIN_DIGITS = 7;
/**
 * A run of letters and digits (full-width digits are folded first by the callers' normalisers, not here: masking
 * must not change any other character of the text). Bounded: no run is longer than 64 characters to look at.
 */
const RUN = /[0-9A-Za-z]{11,64}/g;

function digitsIn(run: string): number {
  let count = 0;
  for (const ch of run) if (ch >= '0' && ch <= '9') count++;
  return count;
}

/** `110101199003071234` → `1101**********1234`; short values keep only their first character. */
export function maskId(value: string): string {
  const chars = [...value];
  if (chars.length >= 10)
    return `${chars.slice(0, 4).join('')}${'*'.repeat(chars.length - 8)}${chars.slice(-4).join('')}`;
  if (chars.length >= 2) return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
  return chars.join('');
}

/** Mobile numbers keep the usual 3 + 4 (`138****1234`), the form people recognise from bank statements. */
function maskRun(run: string): string {
  if (run.length === 11 && /^1[3-9]\d{9}$/.test(run)) return `${run.slice(0, 3)}****${run.slice(-4)}`;
  return maskId(run);
}

/**
 * Replaces every identifier-shaped run in `text` by its masked form. Vendor error codes (10 digits or fewer, e.g.
 * `-2146893807`, `0x80090016`) are too short to be masked and stay readable for whoever helps the user.
 */
export function maskIdentifiers(text: string): string {
  return text.replace(RUN, (run) => (run.length >= MIN_RUN && digitsIn(run) >= MIN_DIGITS ? maskRun(run) : run));
}
