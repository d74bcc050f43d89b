import { OWN_HOST_SELECTOR } from '../kits/text';
import type { SurfaceMatch } from './match';

/** Added nodes that never hold a message. */
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'IMG', 'svg', 'BR']);
const MAX_CANDIDATES = 300;
const MAX_ANCESTOR_MATCHES = 8;
/** Kit-less candidates per batch: a failed login reveals one or two; a ticker would otherwise fill the batch. */
const MAX_KITLESS = 30;
/** A parent given more element children than this in one batch is a list being filled (rows), not a message. */
const MAX_MESSAGE_SIBLINGS = 3;

/** Candidate element → how a mutation touched it. */
export interface Touch {
  /** its text was (re)written in this batch */
  rewritten: boolean;
  /** touched directly (not only as a surface around or inside a changed node): a kit-less candidate */
  direct: boolean;
  /** a class/style/hidden change: it may have just been revealed */
  revealed: boolean;
}

export interface CollectContext {
  match: SurfaceMatch;
  /** sees every added element first (the shadow-root finder) */
  onAdded(node: Node): void;
  /** the reported, still shown messages at or around `node`: a removal there may end one */
  shownAround(node: Node): Element[];
}

/** A reported message that lost nodes: looked at again, like a changed element (it may have been emptied). */
const ENDING: Touch = { rewritten: false, direct: true, revealed: false };

/**
 * The elements a batch of mutation records touched: the surfaces around and inside each changed node, and (for
 * kit-less messages) the changed element itself when no kit's surface holds it. Linear in the records: the walk up
 * to the surfaces around a node is done once per parent per batch (siblings added to one list share it), nodes
 * outside the document or inside our hint are skipped, and removals count only where they may end a reported
 * message. Bounded to MAX_CANDIDATES.
 */
export function collectTouched(batch: MutationRecord[][], ctx: CollectContext): Map<Element, Touch> {
  const candidates = new Map<Element, Touch>();
  const touched = touchedElements(batch, ctx);
  const above = cachedChain(ctx.match.any);
  const isSurface = plainMemo(ctx.match.any);
  const isKit = plainMemo(ctx.match.specific);
  const specificAbove = cachedClosest(ctx.match.specific);
  const add = (el: Element, touch: Touch): void => {
    const last = candidates.get(el);
    if (!last && candidates.size >= MAX_CANDIDATES) return;
    candidates.set(el, {
      rewritten: touch.rewritten || last?.rewritten === true,
      direct: touch.direct || last?.direct === true,
      revealed: touch.revealed || last?.revealed === true,
    });
  };
  let kitless = 0;
  const rows = listsFilled(touched);
  for (const [el, { touch, self }] of touched) {
    if (candidates.size >= MAX_CANDIDATES) break;
    const outer = { ...touch, direct: false };
    // an added element is looked at itself; its parent's walk up is shared with its siblings
    const selfHit = self && isSurface(el);
    if (selfHit) add(el, outer);
    for (const hit of above(self ? el.parentElement : el)) add(hit, outer);
    const inKit = self ? isKit(el) || specificAbove(el.parentElement) : specificAbove(el);
    // kit-less: only outside every kit's surface (the page surface holds everything and does not count)
    if (touch.direct && !inKit && kitless < MAX_KITLESS && !(self && rows.has(el.parentElement))) {
      kitless += 1;
      add(el, touch);
    }
    // an added or re-styled element may hold surfaces; a text change adds none
    if (self || touch.revealed) for (const inner of el.querySelectorAll(ctx.match.any)) add(inner, outer);
  }
  return candidates;
}

/** The parents that got more than MAX_MESSAGE_SIBLINGS added elements in the batch. */
function listsFilled(touched: Map<Element, { self: boolean }>): Set<Element | null> {
  const added = new Map<Element | null, number>();
  const lists = new Set<Element | null>();
  for (const [el, { self }] of touched) {
    if (!self) continue;
    const n = (added.get(el.parentElement) ?? 0) + 1;
    added.set(el.parentElement, n);
    if (n > MAX_MESSAGE_SIBLINGS) lists.add(el.parentElement);
  }
  return lists;
}

/** Each element a batch touched, once, with how; `self` when the element itself was added. */
function touchedElements(
  batch: MutationRecord[][],
  ctx: CollectContext,
): Map<Element, { touch: Touch; self: boolean }> {
  const out = new Map<Element, { touch: Touch; self: boolean }>();
  const inHost = cachedClosest(OWN_HOST_SELECTOR);
  const note = (node: Node | null, touch: Touch, self: boolean): void => {
    const el = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
    if (
      !el ||
      !el.isConnected ||
      IGNORED_TAGS.has(el.tagName) ||
      el.matches(OWN_HOST_SELECTOR) ||
      inHost(el.parentElement)
    )
      return;
    const last = out.get(el);
    const isSelf = self && el === node;
    if (!last) return void out.set(el, { touch, self: isSelf });
    const t = last.touch;
    last.touch = {
      rewritten: t.rewritten || touch.rewritten,
      direct: t.direct || touch.direct,
      revealed: t.revealed || touch.revealed,
    };
    last.self ||= isSelf;
  };
  for (const records of batch) {
    for (const record of records) {
      if (record.type === 'childList') {
        for (const added of record.addedNodes) {
          if (added.nodeType === 1) ctx.onAdded(added);
          note(added, { rewritten: true, direct: true, revealed: false }, true);
        }
        // text removed (an error box emptied): the message it ends may count again later
        if (record.removedNodes.length > 0)
          for (const shown of ctx.shownAround(record.target)) note(shown, ENDING, false);
      } else {
        const text = record.type === 'characterData';
        note(record.target, { rewritten: text, direct: true, revealed: !text }, false);
      }
    }
  }
  return out;
}

/** The surfaces at or above an element (at most MAX_ANCESTOR_MATCHES), walked once per element per batch. */
function cachedChain(selector: string): (el: Element | null) => Element[] {
  const cache = new Map<Element, Element[]>();
  return (el) => {
    if (!el) return [];
    let chain = cache.get(el);
    if (!chain) {
      chain = [];
      for (
        let hit = el.closest(selector);
        hit && chain.length < MAX_ANCESTOR_MATCHES;
        hit = hit.parentElement?.closest(selector) ?? null
      ) {
        chain.push(hit);
      }
      cache.set(el, chain);
    }
    return chain;
  };
}

function cachedClosest(selector: string): (el: Element | null) => boolean {
  const cache = new Map<Element, boolean>();
  return (el) => {
    if (!el || !selector) return false;
    let hit = cache.get(el);
    if (hit === undefined) {
      hit = el.closest(selector) !== null;
      cache.set(el, hit);
    }
    return hit;
  };
}

/**
 * `el.matches(selector)`, asked once per parent and tag for elements without attributes (plain rows and cells): for
 * those only the tag and the ancestors can decide, and siblings share both.
 */
function plainMemo(selector: string): (el: Element) => boolean {
  const byParent = new Map<Element | null, Map<string, boolean>>();
  return (el) => {
    if (!selector) return false;
    if (el.attributes.length > 0) return el.matches(selector);
    let tags = byParent.get(el.parentElement);
    if (!tags) {
      tags = new Map();
      byParent.set(el.parentElement, tags);
    }
    let hit = tags.get(el.localName);
    if (hit === undefined) {
      hit = el.matches(selector);
      tags.set(el.localName, hit);
    }
    return hit;
  };
}
