import type { ConcreteIdType } from './types';

/*
 * Type detection (identifiers.md §8). Every function takes the *normalized* value (`normalizeId`), so that a value
 * with spaces, hyphens or full-width characters is still checked, and reported, as the right type.
 */

/**
 * Which company identifier a value most likely is: 18 → USCC (checkId falls back to `taxpayer-id` for an
 * individual's ID number); 9 → org code (the printed 8 + "-" + 1 normalizes to 9); 15/17/20 → legacy taxpayer
 * number; anything else → USCC, whose length rule explains the problem.
 */
export function detectCompanyType(n: string): ConcreteIdType {
  if (n.length === 9) return 'org-code';
  if (n.length === 15 || n.length === 17 || n.length === 20) return 'taxpayer-id';
  return 'uscc';
}

/**
 * Which ID document a value most likely is: 18 characters by prefix (810000/820000/830000 and other 81-83 →
 * HK/MO/TW permit, 9 → foreigner 2023 card, else resident ID); 15 with three letters first → foreigner 2017 card,
 * other 15 → legacy resident ID; anything else → resident ID, whose length rule explains the problem.
 */
export function detectPersonType(n: string): ConcreteIdType {
  if (n.length === 15) return /^[A-Z]{3}/.test(n) ? 'foreign-permanent-id' : 'resident-id-15';
  if (n.length === 18) {
    if (/^8[123]/.test(n)) return 'hk-mo-tw-permit';
    if (n.startsWith('9')) return 'foreign-permanent-id';
  }
  return 'resident-id';
}

/**
 * For callers that do not know the field (the CLI without --type): does the value look like a company code
 * (`company`) or an ID document number (`person`)? A letter other than a final X, or 9/17/20 characters, means a
 * company code; the 2017 foreigner shape (three letters + 12 digits) means a person. Digits-only values of 15 or 18
 * characters are ambiguous: the caller tries `person` first and `company` if only that one passes.
 */
export function looksLikeCompany(n: string): boolean | 'ambiguous' {
  if (/^[A-Z]{3}\d{12}$/.test(n)) return false;
  if (n.length === 9 || n.length === 17 || n.length === 20) return true;
  if (!/^\d*X?$/.test(n)) return true;
  return n.length === 15 || n.length === 18 ? 'ambiguous' : false;
}
