/**
 * The "skeleton" of a host name after Unicode TR #39 (security mechanisms, section 4 "Confusable Detection"), cut to
 * the confusables that matter for names of Chinese portals: Latin letters imitated by Cyrillic, Greek, Armenian and
 * other Latin letters, by mathematical and letter-like symbols, by combining marks, by digits (g0v, chinata1) and by
 * letter pairs (rn for m, vv for w). Two names with the same skeleton look the same to a reader. Not the whole
 * confusables table: the portal brands are ASCII, so only what can pass for an ASCII letter or digit is needed.
 */

/** Single characters that render like an ASCII letter (from the confusables data of Unicode TR #39, abridged). */
const LOOKS_LIKE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  ь: 'b',
  е: 'e',
  ё: 'e',
  є: 'e',
  г: 'r',
  ԍ: 'g',
  һ: 'h',
  н: 'h',
  і: 'i',
  ї: 'i',
  ӏ: 'l',
  ј: 'j',
  к: 'k',
  м: 'm',
  п: 'n',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  с: 'c',
  т: 't',
  у: 'y',
  ү: 'y',
  х: 'x',
  ԝ: 'w',
  ԁ: 'd',
  ѡ: 'w',
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  σ: 'o',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ϳ: 'j',
  // Armenian
  օ: 'o',
  ս: 'u',
  հ: 'h',
  ո: 'n',
  ց: 'g',
  զ: 'q',
  ա: 'w',
  ե: 'e',
  // Latin variants and letter-like symbols
  ı: 'i',
  ȷ: 'j',
  ɡ: 'g',
  ɑ: 'a',
  ɩ: 'i',
  ɪ: 'i',
  ʟ: 'l',
  ℓ: 'l',
  ǀ: 'l',
  ⅰ: 'i',
  ⅼ: 'l',
  ⅽ: 'c',
  ⅾ: 'd',
  ⅿ: 'm',
  ꭵ: 'i',
  ß: 'b',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ł: 'l',
};

/** Digits that stand in for letters in host names. */
const DIGIT_LETTERS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l' };

/** Letter pairs that read as one letter. */
const PAIRS: readonly [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

/**
 * The skeleton of `text`: decomposed (NFD), combining marks dropped (chinatäx → chinatax), every look-alike letter
 * replaced by the ASCII letter it imitates. Digits stay: portal names carry digits (12333), see `withLetterDigits`.
 */
export function skeleton(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    out += LOOKS_LIKE[ch] ?? ch;
  }
  return out.normalize('NFC');
}

/** Digits read as the letters they imitate (g0v → gov), and letter pairs as one letter (rn → m). */
export function withLetterDigits(text: string): string {
  let out = '';
  for (const ch of text) out += DIGIT_LETTERS[ch] ?? ch;
  return out;
}

export function withJoinedPairs(text: string): string {
  return PAIRS.reduce((acc, [pair, letter]) => acc.replace(pair, letter), text);
}
