import type { Part, PartKey } from './snapshot-parts';

/** Elements whose arrival changes where the snapshot reads (a frame's document, a web component's shadow root). */
const NEW_ROOT = 'iframe,frame';

/**
 * The bare tag names among the parts' selectors (form, h1, input, a, img, script…): an element with no attribute
 * and another tag matches no part by itself (every other selector names a class, id or attribute, or a tab list's
 * child, whose list is a part's element too). tests/unit/content/snapshot-incremental.test.ts checks this holds.
 */
export const BARE_TAGS = new Set([
  'form',
  'h1',
  'h2',
  'h3',
  'header',
  'input',
  'select',
  'textarea',
  'label',
  'button',
  'a',
  'img',
  'script',
  'object',
  'embed',
]);

/** Which parts a batch of mutations may have changed; 'all' when where the snapshot reads may have changed. */
export type Touched = Set<PartKey> | 'all';

/**
 * The parts of the snapshot a batch of mutation records touched: a part is touched when a changed node is, holds or
 * sits inside one of the elements it reads (Part.selector). A page that only churns a news list, a clock or a table
 * touches none, and no part is read again. Linear in the records: the walk up from a changed node's parent is done
 * once per parent per batch, and a changed element is tested once against all parts' selectors together first.
 */
export function partsTouched(batch: readonly MutationRecord[][], parts: readonly Part[]): Touched {
  const touched = new Set<PartKey>();
  let untouched = parts;
  /** the selectors of the parts not yet touched in this batch: a part already touched is not looked for again */
  const all = parts.map((p) => p.selector).join(',');
  let any = all;
  const touch = (key: PartKey): void => {
    if (touched.has(key)) return;
    touched.add(key);
    untouched = untouched.filter((p) => p.key !== key);
    any = untouched.map((p) => p.selector).join(',');
  };
  const around = new Map<Element, readonly PartKey[]>();
  const partsAround = (el: Element | null): readonly PartKey[] => {
    if (!el) return [];
    let keys = around.get(el);
    if (!keys) {
      keys = el.closest(all) ? parts.filter((p) => el.closest(p.selector)).map((p) => p.key) : [];
      around.set(el, keys);
    }
    return keys;
  };
  const partsIn = (el: Element, self: boolean): boolean => {
    const tag = el.localName;
    if (self && (tag.includes('-') || tag === 'iframe' || tag === 'frame')) return true; // new root: 'all'
    const inside = el.firstElementChild !== null;
    if (inside && el.querySelector(NEW_ROOT)) return true;
    // most churn is plain rows and cells: no attribute, no part's tag, nothing to match
    const plain = el.attributes.length === 0 && !BARE_TAGS.has(el.localName);
    if (!any || (!(self && !plain && el.matches(any)) && !(inside && el.querySelector(any)))) return false;
    for (const p of untouched)
      if ((self && !plain && el.matches(p.selector)) || (inside && el.querySelector(p.selector))) touch(p.key);
    return false;
  };
  for (const records of batch) {
    for (const record of records) {
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      for (const key of partsAround(target)) touch(key);
      if (record.type === 'attributes' && target && partsIn(target, false)) return 'all';
      if (record.type !== 'childList') continue;
      for (const nodes of [record.addedNodes, record.removedNodes]) {
        for (const node of nodes) if (node.nodeType === 1 && partsIn(node as Element, true)) return 'all';
      }
    }
  }
  return touched;
}
