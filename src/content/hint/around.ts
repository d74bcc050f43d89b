import { DIALOG_SELECTOR } from '../kits';
import type { Box, PlaceInput } from './place';

const MAX_AVOIDED_CONTROLS = 40;

/**
 * What the hint must keep clear of, measured now: the error (for a whole notice page, where its text is), the
 * dialog it sits in (its text and its own buttons) and the login form's fields and buttons. Rects only, never values.
 * A frame element as the anchor (the hint moved out of a small login frame, ./frame.ts) is the form as a whole: its
 * error and its fields are all inside it.
 */
export function surroundings(anchor: Element | null, doc: Document, size: PlaceInput['size']): PlaceInput {
  const win = doc.defaultView ?? window;
  const anchorBox = anchor ? (isPage(anchor, doc) ? textExtent(anchor) : anchor.getBoundingClientRect()) : null;
  const controls = formControlsNear(anchor, doc);
  if (anchorBox && isFrameElement(anchor)) controls.push(anchorBox);
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

/** Where a notice page's text is (its heading and sentences), not the full-width body box. */
function textExtent(page: Element): Box {
  const range = page.ownerDocument.createRange();
  range.selectNodeContents(page);
  return range.getBoundingClientRect();
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
  for (const control of scope.querySelectorAll(
    'input:not([type="hidden"]), select, textarea, button, [role="button"]',
  )) {
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

/** Whether `el` is a frame element: the hint beside it must keep clear of everything inside it. */
export function isFrameElement(el: Element | null): boolean {
  return el !== null && (el.localName === 'iframe' || el.localName === 'frame');
}
