/** Longest text the engine looks at; page text is hostile and unbounded. */
export const MAX_TEXT = 2000;

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  ldquo: '"',
  rdquo: '"',
};
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f';
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}]) | (?=[${CJK}])`, 'gu');

/**
 * The form rules are written against: bounded, tags and entities removed, NFKC (full-width → ASCII), lower case,
 * line breaks turned into a clause break, runs of white space folded, spaces next to Chinese characters removed
 * ("第 3 次" → "第3次", "登 录" → "登录"), and the common misspelling 登陆 read as 登录 (pages use both for the same
 * thing, so no lexicon has to list both).
 */
export function normalize(raw: string): string {
  const text = raw
    .slice(0, MAX_TEXT * 2)
    .replace(/<\/?[a-z!][^<>]{0,300}>/gi, ' ')
    .replace(/&(#\d{1,6}|[a-z]{2,6});/gi, (whole, name: string) => {
      if (name.startsWith('#')) return String.fromCodePoint(Math.min(Number(name.slice(1)), 0x10ffff));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/\s*[\r\n]+\s*/g, '. ')
    .replace(/\s+/g, ' ')
    .replace(SPACE_NEAR_CJK, '')
    .replace(/登陆/g, '登录')
    .trim();
  return text.slice(0, MAX_TEXT);
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "30" → 30, "三" → 3, "十五" → 15, "二十四" → 24, "一百" → 100; undefined when not a number. */
export function parseNumber(text: string): number | undefined {
  if (/^\d{1,6}$/.test(text)) return Number(text);
  let total = 0;
  let current = 0;
  for (const char of text) {
    const digit = DIGITS[char];
    if (digit !== undefined) current = current * 10 + digit;
    else if (char === '十') (total += (current || 1) * 10), (current = 0);
    else if (char === '百') (total += (current || 1) * 100), (current = 0);
    else return undefined;
  }
  const value = total + current;
  return text.length > 0 ? value : undefined;
}
