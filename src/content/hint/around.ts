import { DIALOG_SELECTOR } from '../kits';
import type { Box, PlaceInput } from './place';

const MAX_AVOIDED_CONTROLS = 40;
const MAX_PAGE_BLOCKS = 30;

/**
 * What the hint must keep clear of, measured now: the error (for a whole notice page, the page's text blocks), the
 * dialog it sits in (its text and its own buttons) and the login form's fields and buttons. Rects only, never values.
 */
export function surroundings(anchor: Element | null, doc: Document, size: PlaceInput['size']): PlaceInput {
  const win = doc.defaultView ?? window;
  const anchorBox = anchor ? (isPage(anchor, doc) ? union(pageBlocks(anchor)) : anchor.getBoundingClientRect()) : null;
  const controls = formControlsNear(anchor, doc);
  const dialogBox = anchor?.closest(DIALOG_SELECTOR)?.getBoundingClientRect() ?? null;
  return {
    anchor: anchorBox,
    form: union(controls),
    avoid: [...controls, ...(anchorBox ? [anchorBox] : []), ...(dialogBox ? [dialogBox] : [])],
    dialog: dialogBox,
    size,
    viewport: { width: doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight },
  };
}

function isPage(el: Element, doc: Document): boolean {
  return el === doc.body || el === doc.documentElement;
}

/** The visible blocks of a notice page (its heading and sentences), not the full-width body box. */
function pageBlocks(page: Element): Box[] {
  const boxes: Box[] = [];
  const walk = (el: Element, depth: number): void => {
    for (const child of el.children) {
      if (boxes.length >= MAX_PAGE_BLOCKS) return;
      if (child.matches('[data-login-assistant-hint], script, style')) continue;
      const rect = child.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // a wrapper as wide as the page: look at what it holds instead
      if (depth < 3 && child.children.length > 0 && rect.width >= (page.clientWidth || rect.width) * 0.9) walk(child, depth + 1);
      else boxes.push(textBox(child, rect));
    }
  };
  walk(page, 0);
  return boxes;
}

/** A block's text extent (a heading's box spans the page; its text does not). */
function textBox(el: Element, rect: DOMRect): Box {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const text = range.getBoundingClientRect();
  return text.width > 0 && text.height > 0 ? text : rect;
}

/**
 * The visible inputs and buttons of the login form the error belongs to: the anchor's form, else the form holding a
 * password field, else the page's first form, else (formless login pages) the page's own controls. Bounded.
 */
function formControlsNear(anchor: Element | null, doc: Document): Box[] {
  const scope =
    anchor?.closest('form') ??
    doc.querySelector('input[type="password"]')?.closest('form') ??
    doc.querySelector('form') ??
    doc.body;
  if (!scope) return [];
  const boxes: Box[] = [];
  for (const control of scope.querySelectorAll('input:not([type="hidden"]), select, textarea, button, [role="button"]')) {
    if (boxes.length >= MAX_AVOIDED_CONTROLS) break;
    const rect = control.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) boxes.push(rect);
  }
  return boxes;
}

export function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}
