import type { Surface } from '../../core/diagnose/types';
import { HINT_HOST_ATTRIBUTE } from '../hint/attribute';
import { bounded } from '../kits/text';
import type { ErrorSurface } from '../kits/types';
import type { Touch } from './collect';
import { kitlessMessage, nearFieldsInBatch } from './kitless';
import type { SurfaceMatch } from './match';

const MAX_MESSAGES = 20;
/** Shown messages followed for their removal. */
const MAX_SHOWN = 50;
/** The same text rewritten into the same element counts as a new message only after this pause. */
const REWRITE_INTERVAL_MS = 1000;
const HOST_SELECTOR = `[${HINT_HOST_ATTRIBUTE}]`;

/** A message that just became visible on the page. */
export interface FoundMessage {
  /** whitespace-folded, at most 2,000 characters; hostile page text */
  text: string;
  surface: Surface;
  /** ErrorSurface.id of the module that found it ('red-text' / 'revealed-text' for kit-less messages) */
  surfaceId: string;
  /** the element the hint should sit next to */
  anchor: Element;
}

interface Seen {
  text: string;
  /** visible with `text` at the last look; false once it was seen hidden or empty */
  shown: boolean;
  at: number;
}

export interface ReportContext {
  surfaces: readonly ErrorSurface[];
  match: SurfaceMatch;
  isVisible(el: Element): boolean;
  now(): number;
  presentAtStart(text: string): boolean;
}

/**
 * Turns touched elements into new messages. Only visible text that is new for its element counts: a toast is
 * reported once, however often it is re-rendered, but the same text in a new toast — or shown again after being
 * hidden or emptied, or rewritten after a pause — is reported again (a second wrong password).
 */
export interface Reporter {
  (candidates: Map<Element, Touch>): FoundMessage[];
  /** the reported messages still shown at or around `node` (a removal there may end them) */
  shownAround(node: Node): Element[];
}

export function messageReporter(ctx: ReportContext): Reporter {
  const { surfaces, match, isVisible } = ctx;
  const seen = new WeakMap<Element, Seen>();
  const shown = shownMessages();
  const hide = (el: Element): void => {
    const last = seen.get(el);
    if (last) last.shown = false;
    shown.delete(el);
  };

  const report = (candidates: Map<Element, Touch>): FoundMessage[] => {
    const found: FoundMessage[] = [];
    const textsInBatch = new Set<string>();
    const at = ctx.now();
    const pages: [Element, Touch, number][] = [];
    const near = nearFieldsInBatch();
    const push = (el: Element, rewritten: boolean, message: Omit<FoundMessage, 'anchor'>, anchor: Element) => {
      const last = seen.get(el);
      const { text } = message;
      const isNew = !last || !last.shown || last.text !== text || (rewritten && at - last.at >= REWRITE_INTERVAL_MS);
      if (!isNew) return;
      seen.set(el, { text, shown: true, at });
      shown.add(el);
      if (textsInBatch.has(text)) return;
      textsInBatch.add(text);
      found.push({ ...message, anchor });
    };
    const consider = (el: Element, touch: Touch, index: number): void => {
      if (el.closest(HOST_SELECTOR)) return;
      if (index < 0) {
        if (!touch.direct) return;
        // the cheap text tests first: visibility is read only for a likely message
        const kitless = kitlessMessage(el, touch.revealed, ctx.presentAtStart, near);
        if (kitless && isVisible(el))
          push(el, touch.rewritten, { text: bounded(kitless.text), surface: 'inline', surfaceId: kitless.kind }, el);
        // emptied, hidden or no longer red: the same error written back later counts again
        else hide(el);
        return;
      }
      const surface = surfaces[index]!;
      if (!surface.wholePage && match.nested(el, index)) return;
      const text = bounded(surface.textOf(el));
      if (!text || !isVisible(el) || (surface.wholePage && holdsShownMessage(ctx, el, index))) {
        hide(el);
        return;
      }
      push(
        el,
        touch.rewritten,
        { text, surface: surface.surface, surfaceId: surface.id },
        surface.anchorOf?.(el) ?? el,
      );
    };
    for (const [el, touch] of candidates) {
      if (found.length >= MAX_MESSAGES) break;
      const index = match.indexOf(el);
      // a whole page's text holds any message on it: look at the page only when nothing more specific was found
      if (surfaces[index]?.wholePage) pages.push([el, touch, index]);
      else consider(el, touch, index);
    }
    if (found.length === 0) for (const [el, touch, index] of pages) consider(el, touch, index);
    return found;
  };
  return Object.assign(report, { shownAround: shown.around });
}

/** A page that shows a toast or an inline error is an application page, not a notice page. */
function holdsShownMessage(ctx: ReportContext, page: Element, index: number): boolean {
  const selector = ctx.match.before[index];
  if (!selector) return false;
  let looked = 0;
  for (const inner of page.querySelectorAll(selector)) {
    looked += 1;
    if (looked > MAX_MESSAGES) return true;
    if (ctx.surfaces[ctx.match.indexOf(inner)]?.textOf(inner) && ctx.isVisible(inner)) return true;
  }
  return false;
}

/** The elements whose message is showing: few (MAX_SHOWN); a removal elsewhere cannot end a message. */
function shownMessages() {
  const shown = new Set<Element>();
  return {
    add: (el: Element) => void (shown.size < MAX_SHOWN && shown.add(el)),
    delete: (el: Element) => void shown.delete(el),
    around(node: Node): Element[] {
      const out: Element[] = [];
      for (const el of shown) {
        if (!el.isConnected) shown.delete(el);
        else if (el === node || el.contains(node)) out.push(el);
      }
      return out;
    },
  };
}
