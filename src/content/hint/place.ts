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
 * the error sits in), each only when it fits in the viewport and covers none of the form's fields and buttons; else
 * docked at the top of the viewport. Without an anchor, the top comes first. When every spot covers something, the
 * one covering the least wins.
 */
export function placeHint(input: PlaceInput): Placement {
  let best = dockedSpot(input);
  let bestCover = Infinity;
  for (const place of candidates(input)) {
    const cover = coverAt(place, input);
    if (cover === 0) return place;
    if (cover < bestCover) {
      best = place;
      bestCover = cover;
    }
  }
  return best;
}

/** Whether some spot in the viewport covers neither the error nor a field or button (a small frame may have none). */
export function hasCleanSpot(input: PlaceInput): boolean {
  return candidates(input).some((place) => coverAt(place, input) === 0);
}

/** The spots tried, best first (see placeHint). */
function candidates(input: PlaceInput): Placement[] {
  const { size, viewport } = input;
  const maxLeft = Math.max(GAP, viewport.width - size.width - GAP);
  const maxTop = Math.max(GAP, viewport.height - size.height - GAP);
  const anchor = usable(input.anchor, viewport) ? input.anchor : null;
  const form = usable(input.form, viewport) ? input.form : null;
  const dialog = usable(input.dialog ?? null, viewport) ? (input.dialog as Box) : null;
  const docked = dockedSpot(input);
  const tries: Placement[] = [];
  // nothing to sit next to (a native alert, a whole page): the top of the viewport, unless that covers the form
  if (!anchor) tries.push(docked);
  if (anchor) tries.push({ side: 'below', top: anchor.bottom + GAP, left: clamp(anchor.left, GAP, maxLeft) });
  for (const beside of [form, dialog]) {
    if (!beside) continue;
    const top = clamp(anchor?.top ?? beside.top, GAP, maxTop);
    tries.push({ side: 'right', top, left: beside.right + GAP });
    tries.push({ side: 'left', top, left: beside.left - GAP - size.width });
  }
  if (anchor) tries.push(docked);
  return tries;
}

function dockedSpot({ size, viewport }: PlaceInput): Placement {
  const maxLeft = Math.max(GAP, viewport.width - size.width - GAP);
  return { side: 'top', top: GAP, left: clamp((viewport.width - size.width) / 2, GAP, maxLeft) };
}

/** How much of the error and the form's controls the panel covers at `place`; Infinity when it leaves the viewport. */
function coverAt(place: Placement, { size, viewport, avoid }: PlaceInput): number {
  const box = { left: place.left, top: place.top, right: place.left + size.width, bottom: place.top + size.height };
  const fits =
    box.left >= GAP && box.top >= GAP && box.right <= viewport.width - GAP && box.bottom <= viewport.height - GAP;
  if (!fits) return Infinity;
  return avoid.reduce((sum, other) => sum + overlap(box, other), 0);
}

function overlap(a: Box, b: Box): number {
  if (!intersects(a, b)) return 0;
  return (
    (Math.min(a.right, b.right) - Math.max(a.left, b.left)) * (Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))
  );
}
