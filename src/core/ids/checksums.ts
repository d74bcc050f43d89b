/**
 * Check-character algorithms. Exported so tests can build valid numbers; callers must never show a computed
 * check character to the user (a typo elsewhere would be "fixed" into a well-formed wrong number).
 */

/** GB 32100-2015 character set: digits and 21 capital letters, without I, O, Z, S, V. Index = value. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** USCC weights W_i = 3^(i-1) mod 31 (identifiers.md §2.3). */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Check character for the first 17 USCC characters; null if one is outside the alphabet. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) return null;
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  // The final "% 31" matters: without it a sum divisible by 31 reads index 31 (npm stdnum's bug, §2.3).
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 value: 0-9, then A=10 … Z=35 (all 26 letters; not the USCC table). */
function gb11714Value(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/** GB 11714-1997 check character (0-9 or X) for an 8-character body; null if the body has other characters. */
export function orgCodeCheckChar(body8: string): string | null {
  if (body8.length !== 8) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const v = gb11714Value(body8.charAt(i));
    if (v < 0) return null;
    sum += v * (ORG_WEIGHTS[i] ?? 0);
  }
  const c = 11 - (sum % 11); // 10 → X, 11 → 0
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

const MOD11_2_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const MOD11_2_CHARS = '10X98765432';

/** ISO 7064 MOD 11-2 check (GB 11643: resident IDs, HK/MO/TW permits, 2023 foreigner cards) for 17 digits. */
export function mod11_2CheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (MOD11_2_WEIGHTS[i] ?? 0);
  return MOD11_2_CHARS.charAt(sum % 11);
}

/** ICAO 9303 7-3-1 check digit over [0-9A-Z] (A=10 … Z=35), used by the 2017 foreigner card (unconfirmed). */
export function icao731CheckDigit(chars: string): string | null {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const v = gb11714Value(chars.charAt(i));
    if (v < 0) return null;
    sum += v * ([7, 3, 1][i % 3] ?? 0);
  }
  return String(sum % 10);
}
