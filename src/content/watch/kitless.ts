import { FORM_CONTROLS, textIn } from '../kits/text';

/**
 * Errors without a UI kit: the text a legacy page writes into `<span class="err" style="color:red">`,
 * `<font color="red">`, `style="color:#f00"` or a `<p class="tips">` it reveals next to a field. Only elements a
 * mutation touched are looked at (labels, footers and tips that were there from the start never are), and the
 * computed colour is read only for those.
 */

/** Longest text taken for a kit-less message: longer blocks are content, not a message. */
const MAX_CHARS = 200;
/** How far up from the element we look for the login form's fields. */
const MAX_LEVELS = 4;
const FIELD = 'input:not([type="hidden"]), select, textarea';
/** Siblings looked at beside a revealed element (a hostile page may give one parent thousands of children). */
const MAX_SIBLINGS = 30;

export type KitlessKind = 'red-text' | 'revealed-text';

/** rgb(…)/rgba(…) → red-ish: strong red, weak green and blue (#f00, #c00, #e4393c, "red"; not orange or brown). */
export function isReddish(color: string): boolean {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(color);
  if (!m) return false;
  // a computed colour has no alpha part when it is opaque: that counts as 1
  const [r, g, b, a] = m.slice(1).map((part) => Number(part ?? 1)) as [number, number, number, number];
  return a > 0.5 && r >= 150 && g <= 110 && b <= 110 && r - Math.max(g, b) >= 90;
}

/** The message has words: not a bare asterisk, colon or number. */
function hasWords(text: string): boolean {
  return /[\u4e00-\u9fff]{2}|[a-z]{3}/i.test(text);
}

/** Within a few levels of the login form's fields (not a news ticker elsewhere on the page). */
function nearFields(el: Element): boolean {
  return el.matches('form') || fieldsAbove(el.parentElement);
}

/** Whether `parent` is in a form, or it or one of its next ancestors holds a field: the same for all its children. */
function fieldsAbove(parent: Element | null): boolean {
  if (!parent) return false;
  if (parent.closest('form')) return true;
  let up: Element | null = parent;
  for (let i = 0; up && i < MAX_LEVELS; i += 1, up = up.parentElement) if (up.querySelector(FIELD)) return true;
  return false;
}

/**
 * nearFields for one batch of candidates: siblings (the rows a ticker adds to one list) share their parent's
 * answer, so a batch costs one look per parent, not one search of the list per row.
 */
export function nearFieldsInBatch(): (el: Element) => boolean {
  const byParent = new Map<Element | null, boolean>();
  return (el) => {
    if (el.matches('form')) return true;
    const parent = el.parentElement;
    let near = byParent.get(parent);
    if (near === undefined) {
      near = fieldsAbove(parent);
      byParent.set(parent, near);
    }
    return near;
  };
}

/** Next to a field: a sibling is (or holds) a field. */
function besideField(el: Element): boolean {
  let sib = el.parentElement?.firstElementChild;
  for (let i = 0; sib && i < MAX_SIBLINGS; i += 1, sib = sib.nextElementSibling) {
    if (sib !== el && (sib.matches(FIELD) || sib.querySelector(FIELD))) return true;
  }
  return false;
}

function colourOf(el: Element): string {
  return el.ownerDocument.defaultView?.getComputedStyle(el).color ?? '';
}

/**
 * Whether `el`, touched by a mutation (`revealed`: by a class/style/hidden change), holds a kit-less message;
 * returns its text and kind, or null. `present` says whether a text stood on the page from the start; `near`
 * whether it sits near the login form's fields (nearFieldsInBatch shares the answer between siblings).
 */
export function kitlessMessage(
  el: Element,
  revealed: boolean,
  present: (text: string) => boolean,
  near: (el: Element) => boolean = nearFields,
): { text: string; kind: KitlessKind } | null {
  if (el.querySelector(FORM_CONTROLS) || el.matches(FORM_CONTROLS)) return null;
  const text = textIn(el, { max: MAX_CHARS + 1 });
  if (!text || text.length > MAX_CHARS || !hasWords(text) || !near(el) || present(text)) return null;
  if (isReddish(colourOf(el))) return { text, kind: 'red-text' };
  // a wrapper the page just filled: its red child carries the colour (<div id="msg"><font color="red">…</font></div>)
  const inner = el.firstElementChild;
  if (inner && !inner.nextElementSibling && textIn(inner) === text && isReddish(colourOf(inner)))
    return { text, kind: 'red-text' };
  if (revealed && besideField(el)) return { text, kind: 'revealed-text' };
  return null;
}
