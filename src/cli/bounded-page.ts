/**
 * A saved page cut down to what can hold a login form or an error before it is parsed and judged: saved portal
 * pages run to megabytes of inline scripts, style sheets, base64 images and long notice lists, and every selector
 * the judgement runs costs time in proportion to the elements parsed (a 2.4 MB page took 44 s). Nothing cut here
 * is ever read: only a script's src is (CA markers), never its body; styles and images are not judged at all.
 */

/** An element keeps at most this many element children: its first ones and its last ones (dialogs are appended). */
const KEEP_FIRST = 100;
const KEEP_LAST = 50;
/** Elements looked at while trimming; a deeper or larger page is judged on what was reached. */
const MAX_VISITED = 200_000;

/** Markup kept after stripping: the start (the form) and the end (dialogs appended to the body). */
const KEEP_HEAD_CHARS = 120_000;
const KEEP_TAIL_CHARS = 40_000;

/**
 * The markup bounded in size, cut at tag starts: parsing is the slowest step of all (about 0.4 ms per element in
 * happy-dom), so an over-long page loses its middle before it is parsed. Answers the characters dropped.
 */
export function boundedMarkup(html: string): { html: string; dropped: number } {
  const stripped = strippedMarkup(html);
  if (stripped.length <= KEEP_HEAD_CHARS + KEEP_TAIL_CHARS) return { html: stripped, dropped: 0 };
  const headEnd = stripped.lastIndexOf('<', KEEP_HEAD_CHARS);
  const tailStart = stripped.indexOf('<', stripped.length - KEEP_TAIL_CHARS);
  const head = stripped.slice(0, headEnd > 0 ? headEnd : KEEP_HEAD_CHARS);
  const tail = tailStart > 0 ? stripped.slice(tailStart) : '';
  return { html: head + tail, dropped: stripped.length - head.length - tail.length };
}

/** Inline script and style bodies, comments and data: URIs removed from the markup (linear-time patterns). */
export function strippedMarkup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2')
    .replace(/(["'(])data:[^"')]{200,}/gi, '$1data:,');
}

/** Drops the middle of every over-long child list; answers how many elements were dropped. */
export function trimLongLists(root: Element): number {
  let dropped = 0;
  let visited = 0;
  const stack: Element[] = [root];
  while (stack.length > 0 && visited < MAX_VISITED) {
    const el = stack.pop() as Element;
    visited += 1;
    const children = [...el.children];
    if (children.length > KEEP_FIRST + KEEP_LAST) {
      const middle = children.slice(KEEP_FIRST, children.length - KEEP_LAST);
      for (const child of middle) child.remove();
      dropped += middle.length;
      children.splice(KEEP_FIRST, middle.length);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Element);
  }
  return dropped;
}
