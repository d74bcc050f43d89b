/**
 * What an element must have, at the least, to match a selector: derived from the selectors themselves (the kits'
 * lists, src/content/kits), so the snapshot's one walk (./snapshot-walk.ts) can pass over an element with a few
 * string tests and call `matches()` only where a key holds. A key is a necessary condition, never a sufficient one
 * (except a bare tag name): `matches()` still decides.
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
  /** an attribute it must have ('' for none: every element) */
  attr?: string;
  anyCase?: true;
  /** the condition is on the element's parent (`.tabs > li`, `[class*="login-tab"] > *`) */
  parent?: true;
  /** a bare tag name: the tag alone is a match */
  exact?: true;
}

/** compounds (brackets and parentheses kept whole) and the `>`, `+`, `~` between them */
const TOKENS = /(?:\[[^\]]*\]|\([^)]*\)|[^\s>+~[(])+|[>+~]/g;

/** The best condition of one compound selector (`ul[class*="tab"]`, `.el-tabs__item.is-active`). */
function compoundKey(compound: string): Key | null {
  const c = compound.replace(/:[\w-]+(\([^)]*\))?/g, ''); // pseudo-classes only narrow
  const cls = /\.([\w-]+)/.exec(c) ?? /\[class[*^$~|]?=["']?([^"'\]]*)["']?(\s+i)?\s*\]/.exec(c);
  if (cls) return cls[2] ? { cls: cls[1]!.toLowerCase(), anyCase: true } : { cls: cls[1]! };
  const id = /#([\w-]+)/.exec(c) ?? /\[id[*^$~|]?=["']?([^"'\]]*)["']?\]/.exec(c);
  if (id) return { id: id[1]! };
  const role = /\[role=["']?([\w-]+)["']?\]/.exec(c);
  if (role) return { role: role[1]! };
  const tag = /^[a-z][\w-]*/i.exec(c)?.[0];
  if (tag) return { tag: tag.toLowerCase() };
  const attr = /\[([\w-]+)/.exec(c)?.[1];
  return attr ? { attr } : null;
}

/** The key of one complex selector: its subject's own, or for a bare subject after `>` (`.tabs > li`) its parent's. */
export function selectorKey(selector: string): Key | null {
  const tokens = selector.trim().match(TOKENS) ?? [];
  const subject = tokens[tokens.length - 1];
  if (!subject || /^[>+~]$/.test(subject)) return null;
  if (tokens.length === 1 && /^[a-z][\w-]*$/i.test(subject)) return { tag: subject.toLowerCase(), exact: true };
  const own = compoundKey(subject);
  const parent = tokens[tokens.length - 2] === '>' ? compoundKey(tokens[tokens.length - 3] ?? '') : null;
  const bare = /^([a-z][\w-]*|\*)$/i.test(subject);
  if (bare && parent && !parent.tag && !parent.attr) return { ...parent, parent: true };
  return own;
}

/**
 * The key of each selector of a list; null when the list does not split cleanly at its commas (the walk then tests
 * every element against the whole list: slower, still right).
 */
export function selectorKeys(list: string): { key: Key; piece: string }[] | null {
  const out: { key: Key; piece: string }[] = [];
  for (const raw of list.split(',')) {
    const piece = raw.trim();
    const key = selectorKey(piece);
    if (!key || piece.split('[').length !== piece.split(']').length || /\([^)]*$/.test(piece)) return null;
    out.push({ key, piece });
  }
  return out;
}
