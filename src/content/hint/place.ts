/** A rectangle in viewport coordinates (a DOMRect fits). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Side = 'below' | 'right' | 'left' | 'top';

export interface Placement {
  left: number;
  top: number;
  side: Side;
}

export interface PlaceInput {
  /** the error's rect; null when there is none (native alert, whole page) */
  anchor: Box | null;
  /** the login form's area (union of its visible controls), if one is on the page */
  form: Box | null;
  /** rects the panel must not cover: the form's inputs and buttons, the error itself */
  avoid: readonly Box[];
  /** the dialog the error sits in, if any: the panel may also go beside it */
  dialog?: Box | null;
  size: { width: number; height: number };
  viewport: { width: number; height: number };
}

/** Space kept between the panel and the anchor/form, and to the viewport edges. */
export const GAP = 8;

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function usable(box: Box | null, viewport: PlaceInput['viewport']): box is Box {
  return (
    box !== null &&
    box.right > box.left &&
    box.bottom > box.top &&
    box.bottom > 0 &&
    box.right > 0 &&
    box.top < viewport.height &&
    box.left < viewport.width
  );
}

/**
 * Where the hint goes: below the error, else right of the form, else left of it (then right or left of the dialog
 * the error sits in), each only when it fits in the
 * viewport and covers none of the form's fields and buttons; else docked at the top of the viewport. Without an
 * anchor, the top comes first. When every spot covers something, the one covering the least wins.
 */
export function placeHint(input: PlaceInput): Placement {
  const { size, viewport, avoid } = input;
  const { width, height } = size;
  const maxLeft = Math.max(GAP, viewport.width - width - GAP);
  const maxTop = Math.max(GAP, viewport.height - height - GAP);
  const anchor = usable(input.anchor, viewport) ? input.anchor : null;
  const form = usable(input.form, viewport) ? input.form : null;
  const docked: Placement = { side: 'top', top: GAP, left: clamp((viewport.width - width) / 2, GAP, maxLeft) };
  const tries: Placement[] = [];
  // nothing to sit next to (a native alert, a whole page): the top of the viewport, unless that covers the form
  if (!anchor) tries.push(docked);
  if (anchor) tries.push({ side: 'below', top: anchor.bottom + GAP, left: clamp(anchor.left, GAP, maxLeft) });
  for (const beside of [form, usable(input.dialog ?? null, viewport) ? input.dialog! : null]) {
    if (!beside) continue;
    const top = clamp(anchor?.top ?? beside.top, GAP, maxTop);
    tries.push({ side: 'right', top, left: beside.right + GAP });
    tries.push({ side: 'left', top, left: beside.left - GAP - width });
  }
  if (anchor) tries.push(docked);
  // no clean spot: the one inside the viewport that covers the least of the error and the form's controls
  let best = docked;
  let bestCover = Infinity;
  for (const place of tries) {
    const box = { left: place.left, top: place.top, right: place.left + width, bottom: place.top + height };
    const fits = box.left >= GAP && box.top >= GAP && box.right <= viewport.width - GAP && box.bottom <= viewport.height - GAP;
    if (!fits) continue;
    const cover = avoid.reduce((sum, other) => sum + overlap(box, other), 0);
    if (cover === 0) return place;
    if (cover < bestCover) {
      best = place;
      bestCover = cover;
    }
  }
  return best;
}

function overlap(a: Box, b: Box): number {
  if (!intersects(a, b)) return 0;
  return (Math.min(a.right, b.right) - Math.max(a.left, b.left)) * (Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
}
