import { MESSAGE_MAX_TEXT } from '../../core/page-limits';
import { HINT_HOST_SELECTOR } from '../hint/attribute';

/** Longest message we report; page text is hostile and unbounded. */
export const MAX_TEXT = MESSAGE_MAX_TEXT;
/** Upper bound on nodes visited for one element's text (a huge element must not stall a frame). */
const MAX_NODES = 5000;

/**
 * Elements whose text is never a visible message. Form controls are skipped too: a textarea's text is its content,
 * and we never read what is in a field.
 */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'TEXTAREA', 'SELECT', 'INPUT']);
/** Our own hint host; its content lives in a closed shadow root, but never read it as page text anyway. */
export const OWN_HOST_SELECTOR = HINT_HOST_SELECTOR;

export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whitespace-folded text, bounded to `max` characters. */
export function bounded(text: string, max = MAX_TEXT): string {
  return foldWhitespace(text.length > max * 2 ? text.slice(0, max * 2) : text).slice(0, max);
}

export interface TextOptions {
  /** subtrees to leave out (close buttons, icons) */
  skip?: string;
  max?: number;
}

/**
 * The element's text as textContent would give it (no separators are added between elements, so "还有<b>3</b>次"
 * stays "还有3次"), without scripts, styles, templates, `hidden` subtrees or `skip` subtrees; folded and bounded.
 */
export function textIn(root: Element, options: TextOptions = {}): string {
  const max = options.max ?? MAX_TEXT;
  if (SKIPPED_TAGS.has(root.tagName)) return '';
  let out = '';
  let visited = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && visited < MAX_NODES && out.length < max * 2) {
    const node = stack.pop() as Node;
    visited += 1;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root) {
      if (SKIPPED_TAGS.has(el.tagName) || el.hasAttribute('hidden')) continue;
      if (el.matches(OWN_HOST_SELECTOR)) continue;
      if (options.skip && el.matches(options.skip)) continue;
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return bounded(out, max);
}

/** Text of the first `selector` match inside `el` ('' if none). */
export function textOfPart(el: Element, selector: string, options?: TextOptions): string {
  const part = el.querySelector(selector);
  return part ? textIn(part, options) : '';
}

/** Title and body of a dialog-like surface, joined with a space; '' when the body is empty. */
export function titled(title: string, body: string): string {
  if (!body) return '';
  return bounded(title && title !== body ? `${title} ${body}` : body);
}

export const FORM_CONTROLS = 'input, select, textarea';
