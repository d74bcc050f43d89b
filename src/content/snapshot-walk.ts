import { COLLECT_LIMITS } from '../core/page-limits';
import { type Key, selectorKeys } from './snapshot-keys';

/** Frames followed into, and shadow roots read, per snapshot. */
const MAX_FRAMES = 10;
const MAX_SHADOW_ROOTS = 30;
/** Elements that may hold a shadow root (besides custom elements), per the DOM standard's attachShadow. */
const SHADOW_HOSTS = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);

/** One selector list the snapshot reads, and its matches so far in this walk. */
interface Lookup {
  selector: string;
  found: Element[];
}

/** What one walk found: the roots it read and, per selector, the first COLLECT_LIMITS.scan matches in order. */
export interface Walked {
  roots: ParentNode[];
  found: Map<string, Element[]>;
}

/**
 * Every element of the page, once, in document order: the document, then its open shadow roots, then its
 * same-origin frames' documents (framesets and the 医保 halls' iframe login boxes; a cross-origin frame runs its
 * own content script). Per element it reads its tag and, only when it has attributes, its class, id and role;
 * `matches()` runs only where a key holds, and a selector stops being looked for once it has its cap of matches
 * (cap first, then work). No selector list is matched against the whole page (that was the snapshot's main cost).
 */
export function walkPage(doc: Document, selectors: readonly string[]): Walked {
  const index = indexOf(selectors);
  const lookups: Lookup[] = selectors.map((selector) => ({ selector, found: [] }));
  const walk: Walk = { index, lookups, parents: new Map(), hits: [] };
  const roots: ParentNode[] = [];
  const docs: Document[] = [doc];
  let budget: number = COLLECT_LIMITS.walk;
  let shadowRoots = 0;
  for (let d = 0; d < docs.length; d++) {
    const shadows: ParentNode[] = [docs[d]!];
    for (let s = 0; s < shadows.length && budget > 0; s++) {
      roots.push(shadows[s]!);
      budget = walkRoot(shadows[s]!, walk, budget, (el, tag) => {
        if (tag === 'iframe' || tag === 'frame') {
          const inner = docs.length <= MAX_FRAMES ? sameOriginDocument(el) : null;
          if (inner && !docs.includes(inner)) docs.push(inner);
        } else if (shadowRoots < MAX_SHADOW_ROOTS) {
          const shadow = (SHADOW_HOSTS.has(tag) || tag.includes('-')) && el.shadowRoot;
          if (shadow) {
            shadows.push(shadow);
            shadowRoots++;
          }
        }
      });
    }
  }
  return { roots, found: new Map(lookups.map((l) => [l.selector, l.found])) };
}

interface Entry {
  /** which lookup (its place in the selectors walked) */
  at: number;
  key: Key;
  /** the one selector of the list the key is of: `matches()` is asked about it alone */
  piece: string;
}

/** The lookups' keys by what they test, so an element costs a map lookup and a regex test or two. */
interface Index {
  byTag: Map<string, Entry[]>;
  /** keys on the class attribute, behind one combined test of all their texts */
  cls: Entry[];
  gate: RegExp | null;
  ids: Entry[];
  roles: Map<string, Entry[]>;
  attrs: Entry[];
  /** lists without a cheap key: every element is tested */
  every: Entry[];
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Indexes by the selectors walked (a page is walked with the same few lists again and again), keyed by their ids. */
const indexes = new Map<string, Index>();
const selectorIds = new Map<string, number>();

function indexOf(selectors: readonly string[]): Index {
  let name = '';
  for (const selector of selectors) {
    if (!selectorIds.has(selector)) selectorIds.set(selector, selectorIds.size);
    name += `${selectorIds.get(selector)},`;
  }
  const known = indexes.get(name);
  if (known) return known;
  const index: Index = { byTag: new Map(), cls: [], gate: null, ids: [], roles: new Map(), attrs: [], every: [] };
  const add = <K>(map: Map<K, Entry[]>, k: K, e: Entry) => map.set(k, [...(map.get(k) ?? []), e]);
  for (const [at, selector] of selectors.entries()) {
    for (const { key, piece } of selectorKeys(selector) ?? [{ key: { attr: '' }, piece: selector }]) {
      const entry = { at, key, piece };
      if (key.tag !== undefined) add(index.byTag, key.tag, entry);
      else if (key.cls !== undefined) index.cls.push(entry);
      else if (key.id !== undefined) index.ids.push(entry);
      else if (key.role !== undefined) add(index.roles, key.role, entry);
      else if (key.attr) index.attrs.push(entry);
      else index.every.push(entry);
    }
  }
  const texts = index.cls.map((e) => literal(e.key.cls!));
  const anyCase = index.cls.some((e) => e.key.anyCase);
  if (texts.length > 0 && !texts.includes('')) index.gate = new RegExp(texts.join('|'), anyCase ? 'i' : '');
  if (indexes.size > 20) indexes.clear();
  indexes.set(name, index);
  return index;
}

function classHolds(key: Key, cls: string): boolean {
  return (key.anyCase ? cls.toLowerCase() : cls).includes(key.cls!);
}

/** The entries whose key an element holds. */
function entriesOf(index: Index, el: Element, tag: string, out: Entry[]): void {
  const byTag = index.byTag.get(tag);
  if (byTag) out.push(...byTag);
  if (index.every.length > 0) out.push(...index.every);
  if (!el.hasAttributes()) return;
  const cls = index.cls.length > 0 ? el.getAttribute('class') : null;
  if (cls && (!index.gate || index.gate.test(cls))) for (const e of index.cls) if (classHolds(e.key, cls)) out.push(e);
  if (index.ids.length > 0) {
    const id = el.id;
    if (id) for (const e of index.ids) if (id.includes(e.key.id!)) out.push(e);
  }
  if (index.roles.size > 0) {
    const role = el.getAttribute('role');
    const byRole = role ? index.roles.get(role) : undefined;
    if (byRole) out.push(...byRole);
  }
  for (const e of index.attrs) if (el.hasAttribute(e.key.attr!)) out.push(e);
}

/** One root's walk: the lookups being filled and what the walk has learnt on the way down. */
interface Walk {
  index: Index;
  lookups: readonly Lookup[];
  /** elements a `parent` key holds for, with the entries their children may match */
  parents: Map<Node, Entry[]>;
  hits: Entry[];
}

/** Whether an entry's lookup has its cap of matches, or has this element already. */
function taken(lookups: readonly Lookup[], entry: Entry, el: Element): boolean {
  const found = lookups[entry.at]!.found;
  return found.length >= COLLECT_LIMITS.scan || found[found.length - 1] === el;
}

/** Files one element under the lookups it matches: a key decides most, `matches()` on one selector the rest. */
function classify(walk: Walk, el: Element, tag: string): void {
  const { lookups, parents, hits } = walk;
  hits.length = 0;
  entriesOf(walk.index, el, tag, hits);
  for (const entry of hits) {
    if (taken(lookups, entry, el)) continue;
    if (entry.key.parent) parents.set(el, [...(parents.get(el) ?? []), entry]);
    else if (entry.key.exact || el.matches(entry.piece)) lookups[entry.at]!.found.push(el);
  }
  const fromParent = parents.size > 0 ? parents.get(el.parentNode!) : undefined;
  if (fromParent)
    for (const entry of fromParent)
      if (!taken(lookups, entry, el) && el.matches(entry.piece)) lookups[entry.at]!.found.push(el);
}

/**
 * Walks one root in document order; returns the element budget left. Below <body>, an element's children past
 * the first COLLECT_LIMITS.children are passed over (never the root's, <head>'s or <body>'s own): a long list or table is the page's content (news, rows), not
 * its login form, and this is what keeps a big page cheap. `onElement` sees frames and possible shadow hosts.
 */
function walkRoot(root: ParentNode, walk: Walk, budget: number, onElement: (el: Element, tag: string) => void): number {
  /** per depth: children seen under the parent, and how many may be */
  const seen: number[] = [1];
  const limit: number[] = [Number.POSITIVE_INFINITY];
  let depth = 0;
  let el: Element | null = root.firstElementChild;
  while (el && budget > 0) {
    budget--;
    const tag = el.localName;
    onElement(el, tag);
    classify(walk, el, tag);
    const child: Element | null = el.firstElementChild;
    if (child) {
      depth++;
      seen[depth] = 1;
      limit[depth] =
        tag === 'body' || tag === 'html' || tag === 'head' ? Number.POSITIVE_INFINITY : COLLECT_LIMITS.children;
      el = child;
      continue;
    }
    for (;;) {
      const sibling: Element | null = seen[depth]! < limit[depth]! ? el.nextElementSibling : null;
      if (sibling) {
        seen[depth]! += 1;
        el = sibling;
        break;
      }
      if (depth === 0) {
        el = null;
        break;
      }
      depth--;
      el = el.parentElement as Element;
    }
  }
  return budget;
}

function sameOriginDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin: that frame's own content script describes it
  }
}
