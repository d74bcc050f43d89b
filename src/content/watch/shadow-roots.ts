/** Elements looked at per subtree when searching it for open shadow roots. */
const MAX_ELEMENTS = 5000;
/** Custom elements without a shadow root yet (defined later): re-checked on each batch, at most this many. */
const MAX_PENDING = 50;

/**
 * Finds the open shadow roots of the page as they appear (closed ones are the page's private business, and ours).
 * Web components attach their root when they are defined, which can be after they were inserted, so custom
 * elements seen without one are looked at again later.
 */
export function shadowRootFinder(onRoot: (root: ShadowRoot) => void): { search(node: Node): void; recheck(): void } {
  const known = new WeakSet<ShadowRoot>();
  let pending: Element[] = [];
  const look = (el: Element): void => {
    const root = el.shadowRoot;
    if (root) {
      if (known.has(root)) return;
      known.add(root);
      onRoot(root);
      search(root);
    } else if (el.localName.includes('-') && pending.length < MAX_PENDING) pending.push(el);
  };
  function search(node: Node): void {
    if (node.nodeType === 1) look(node as Element);
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    if (!(node as ParentNode).firstElementChild) return; // a leaf (most added rows): nothing inside
    // a live tag collection is lazy: a 50,000-element page costs the first MAX_ELEMENTS, not a list of all
    const all =
      'getElementsByTagName' in node
        ? (node as Element).getElementsByTagName('*')
        : (node as ParentNode).querySelectorAll('*');
    const n = Math.min(all.length, MAX_ELEMENTS);
    for (let i = 0; i < n; i += 1) look(all[i]!);
  }
  return {
    search,
    recheck() {
      const waiting = pending;
      pending = [];
      for (const el of waiting) if (el.isConnected) look(el);
    },
  };
}
