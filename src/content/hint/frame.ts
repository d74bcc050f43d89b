import { surroundings } from './around';
import { hasCleanSpot } from './place';

/** The panel's size before it is drawn (style.ts: 360 px wide; a short hint is about this tall). */
export const ESTIMATED_SIZE = { width: 360, height: 240 };
/** Frames walked up through to reach the top page (nested login boxes are rare and shallow). */
const MAX_FRAME_DEPTH = 5;

/** Where a hint is drawn: the document it goes into and what it sits next to there. */
export interface HintSpot {
  doc: Document;
  anchor: Element | null;
}

/**
 * A login box in a small iframe (the 医保 halls: 420×360) has no room for the hint: inside the frame it would cover
 * the fields or the error it explains. Then the hint goes into the top page, beside the frame element, as long as the
 * top page is the same origin (a cross-origin parent cannot be entered; the hint stays in the frame).
 */
export function hintSpot(anchor: Element | null, doc: Document): HintSpot {
  const win = doc.defaultView;
  if (!win || win === win.top) return { doc, anchor };
  if (hasCleanSpot(surroundings(anchor, doc, ESTIMATED_SIZE))) return { doc, anchor };
  const outer = outermostFrame(win);
  // a frameset's top document draws nothing but its frames: a hint there would never be seen
  if (!outer || outer.ownerDocument.body?.localName === 'frameset') return { doc, anchor };
  return { doc: outer.ownerDocument, anchor: outer };
}

/** The frame element in the top page that (through same-origin frames only) holds `win`; null when one is foreign. */
function outermostFrame(win: Window): Element | null {
  let frame: Element | null = null;
  let current: Window | null = win;
  for (let depth = 0; current && current !== current.top && depth < MAX_FRAME_DEPTH; depth += 1) {
    let element: Element | null = null;
    try {
      element = current.frameElement;
    } catch {
      return null;
    }
    if (!element) return null; // a cross-origin parent: frameElement is null
    frame = element;
    current = element.ownerDocument.defaultView;
  }
  return current && current === current.top ? frame : null;
}

/**
 * A hint moved out of a frame lives on in the top page when the frame navigates or goes: its script (and with it
 * everything that would remove the hint) goes with the frame, so the hint must go first. Returns the stop.
 */
export function whenFrameGoes(errorDoc: Document, hintDoc: Document, onGone: () => void): () => void {
  const win = errorDoc.defaultView;
  if (!win || errorDoc === hintDoc) return () => undefined;
  win.addEventListener('pagehide', onGone);
  return () => win.removeEventListener('pagehide', onGone);
}
