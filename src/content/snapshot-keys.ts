/**
 * What an element must have, at the least, to match a selector list: derived from the selectors themselves (the
 * kits' lists, src/content/kits), so the snapshot's one walk (./snapshot-walk.ts) can pass over an element with
 * a few string tests and call `matches()` only on the few that may match. A key is a necessary condition, never a
 * sufficient one (except a bare tag name): the walk still lets `matches()` decide.
 */
export interface Key {
  /** the element's tag (lower case) */
  tag?: string;
  /** text its class attribute must contain (lower-cased when `anyCase`) */
  cls?: string;
  /** text its id must contain */
  id?: string;
  /** its role attribute */
  role?: string;
  /** an attribute it must have */
  attr?: string;
  anyCase?: true;
  /** the condition is on the element's parent (`.tabs > li`, `[class*="login-tab"] > *`) */
  parent?: true;
  /** a bare tag name: the tag alone is a match */
  exact?: true;
}

/** Splits at `sep` outside brackets, parentheses and quotes. */
function splitTop(text: string, isSep: (c: string) => boolean): { part: string; sep: string }[] {
  const out: { part: string; sep: string }[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && isSep(c)) {
      out.push({ part: text.slice(start, i), sep: c });
      start = i + 1;
    }
  }
  out.push({ part: text.slice(start), sep: '' });
  return out;
}

const ATTRIBUTE = /^\[\s*([\w-]+)\s*(?:[*^$|~]?=\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*([is])?)?\s*\]/;
const NAME = /^-?[_a-zA-Z][\w-]*/;

/** The conditions of one compound selector (`ul[class*="tab"]`, `.el-tabs__item.is-active`), best first. */
function compoundKey(compound: string): { key: Key | null; bare: boolean } {
  let rest = compound.trim();
  const tag = NAME.exec(rest)?.[0]?.toLowerCase();
  if (tag) rest = rest.slice(tag.length);
  else if (rest.startsWith('*')) rest = rest.slice(1);
  let best: Key | null = null;
  const bare = rest.length === 0;
  while (rest.length > 0) {
    const c = rest[0];
    if (c === '.' || c === '#') {
      const name = NAME.exec(rest.slice(1))?.[0] ?? '';
      rest = rest.slice(1 + name.length);
      best ??= c === '.' ? { cls: name } : { id: name };
      if (!name) return { key: null, bare: false };
    } else if (c === '[') {
      const m = ATTRIBUTE.exec(rest);
      if (!m) return { key: null, bare: false };
      rest = rest.slice(m[0].length);
      const [, name, ...values] = m;
      const value = values[0] ?? values[1] ?? values[2];
      const anyCase = values[3] === 'i' ? { anyCase: true as const } : {};
      const lower = anyCase.anyCase ? value?.toLowerCase() : value;
      if (name === 'class' && best?.cls === undefined) best = { cls: lower ?? '', ...anyCase };
      else if (name === 'id' && !best?.cls) best = { id: value ?? '' };
      else if (name === 'role' && value && !best) best = { role: value };
      else if (!best && !tag) best = { attr: name! };
    } else if (c === ':') {
      // pseudo-classes only narrow (:not(.x), :first-child): skip them with their arguments
      const skip = splitTop(rest.slice(1), (ch) => ch === '.' || ch === '#' || ch === '[' || ch === ':')[0]!;
      rest = rest.slice(1 + skip.part.length);
    } else return { key: null, bare: false };
  }
  return { key: best ?? (tag ? { tag } : null), bare };
}

/**
 * The key of one complex selector: its subject's own condition, or, for a bare subject after `>` (`.tabs > li`),
 * its parent's; null when no cheap condition is necessary (tests/unit/content/snapshot-walk.test.ts holds every
 * part's selectors to having one).
 */
export function selectorKey(selector: string): Key | null {
  // compounds and the combinator before each (whitespace around `>` is not a descendant combinator)
  const compounds: { compound: string; before: string }[] = [];
  let combinator = '';
  for (const { part, sep } of splitTop(selector.trim(), (c) => c === ' ' || c === '>' || c === '+' || c === '~')) {
    if (part.trim()) {
      compounds.push({ compound: part.trim(), before: combinator });
      combinator = '';
    }
    if (sep && sep !== ' ') combinator = sep;
    else if (sep && !combinator) combinator = ' ';
  }
  const subject = compounds[compounds.length - 1];
  if (!subject) return null;
  const own = compoundKey(subject.compound);
  const tag = NAME.exec(subject.compound)?.[0]?.toLowerCase();
  if (own.bare && compounds.length === 1 && tag) return { tag, exact: true };
  const parentCompound = compounds[compounds.length - 2];
  if (own.bare && parentCompound && subject.before === '>') {
    const parent = compoundKey(parentCompound.compound).key;
    if (parent && !parent.tag && !parent.attr) return { ...parent, parent: true };
  }
  return own.key;
}

/** The key of each selector of a list; null when one of them has none. */
export function selectorKeys(list: string): { key: Key; piece: string }[] | null {
  const keys: { key: Key; piece: string }[] = [];
  for (const { part } of splitTop(list, (c) => c === ',')) {
    const key = selectorKey(part);
    if (!key) return null;
    keys.push({ key, piece: part.trim() });
  }
  return keys;
}
