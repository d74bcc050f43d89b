/**
 * Input clean-up (identifiers.md §1). The validators check the raw string strictly, because the portal receives
 * exactly what was typed; this form is only used to say "did you mean …".
 */

/** Longest input we normalize. Real identifiers have at most 20 characters; this bounds the work on junk pastes. */
export const MAX_INPUT_LENGTH = 256;

// Whitespace (NFKC has already turned NBSP and ideographic spaces into spaces), zero-width characters and BOM
// (NFKC keeps them), and hyphens (the printed groups of IDs and org codes).
const STRIP = /[\s\u200B-\u200D\u2060\uFEFF-]/g;

/** NFKC, then drop spaces / zero-width / hyphens, then upper-case. */
export function normalizeId(raw: string): string {
  return raw.normalize('NFKC').replace(STRIP, '').toUpperCase();
}

/**
 * Characters NFKC does not fold but people type for digits or X. Only used to *suggest* a reading that passes
 * all checks; never applied silently (identifiers.md §1, last row).
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  O: '0',
  I: '1',
  L: '1',
  '\u00D7': 'X', // × multiplication sign
  '\u0425': 'X', // Cyrillic capital Ha
  '\u0445': 'X', // Cyrillic small ha
};

/** Replace look-alikes in an all-digit field (ID numbers). Returns null when there is nothing to replace. */
export function foldDigitLookalikes(normalized: string): string | null {
  let changed = false;
  let out = '';
  for (const ch of normalized) {
    const to = LOOKALIKES[ch];
    if (to !== undefined) {
      changed = true;
      out += to;
    } else {
      out += ch;
    }
  }
  return changed ? out : null;
}
