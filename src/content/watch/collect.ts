import type { SurfaceMatch } from './match';

/** Added nodes that never hold a message. */
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'IMG', 'svg', 'BR']);
const MAX_CANDIDATES = 300;
const MAX_ANCESTOR_MATCHES = 8;

/** Candidate element → how a mutation touched it. */
export interface Touch {
  /** its text was (re)written in this batch */
  rewritten: boolean;
  /** touched directly (not only as a surface around or inside a changed node): a kit-less candidate */
  direct: boolean;
  /** a class/style/hidden change: it may have just been revealed */
  revealed: boolean;
}

/**
 * The elements a batch of mutation records touched: the surfaces around and inside each changed node, and (for
 * kit-less messages) the changed element itself when no surface holds it. `onAdded` sees every added node first
 * (the shadow-root finder). Bounded to MAX_CANDIDATES.
 */
export function collectTouched(batch: MutationRecord[][], match: SurfaceMatch, onAdded: (node: Node) => void): Map<Element, Touch> {
  const candidates = new Map<Element, Touch>();
  const add = (el: Element, touch: Touch): void => {
    const last = candidates.get(el);
    if (!last && candidates.size >= MAX_CANDIDATES) return;
    candidates.set(el, {
      rewritten: touch.rewritten || last?.rewritten === true,
      direct: touch.direct || last?.direct === true,
      revealed: touch.revealed || last?.revealed === true,
    });
  };
  const around = (node: Node, touch: Touch, inside = node.nodeType === 1): void => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || !el.isConnected || IGNORED_TAGS.has(el.tagName)) return;
    const outer = { ...touch, direct: false };
    let hit = el.closest(match.any);
    for (let k = 0; hit && k < MAX_ANCESTOR_MATCHES; k += 1) {
      add(hit, outer);
      hit = hit.parentElement?.closest(match.any) ?? null;
    }
    // kit-less: only outside every kit's surface (the page surface holds everything and does not count)
    if (touch.direct && !el.closest(match.specific)) add(el, touch);
    // an added or re-styled element may hold surfaces; a text node, or a parent that only lost children, adds none
    if (inside) for (const inner of el.querySelectorAll(match.any)) add(inner, outer);
  };
  for (const records of batch) {
    for (const record of records) {
      if (record.type === 'childList') {
        for (const added of record.addedNodes) {
          onAdded(added);
          around(added, { rewritten: true, direct: true, revealed: false });
        }
        // text removed (an error box emptied): its surfaces may now be empty, so the same text can count again
        if (record.removedNodes.length > 0) around(record.target, { rewritten: false, direct: false, revealed: false }, false);
      } else {
        const text = record.type === 'characterData';
        around(record.target, { rewritten: text, direct: true, revealed: !text });
      }
    }
  }
  return candidates;
}

