import type { Surface } from '../../core/diagnose/types';

/**
 * One kind of place where a portal shows an error (a UI kit's toast, a dialog, a field error, a whole page).
 * Each module is registered once, in `./index.ts`; the list's order is its priority: when one message matches
 * two surfaces (an Element UI toast also carries role="alert"), the earlier entry reports it.
 */
export interface ErrorSurface {
  /** stable id, reported as FoundMessage.surfaceId */
  id: string;
  surface: Surface;
  /** CSS selector of the element that holds one message */
  selector: string;
  /** the message text of a matched element, whitespace-folded and bounded; '' when it holds no message */
  textOf(el: Element): string;
  /** where the hint should sit; the element itself when absent */
  anchorOf?(el: Element): Element;
  /**
   * A surface that is the whole page (maintenance page). It is not suppressed by the more specific surfaces it
   * contains; its own textOf decides (it returns '' on any page with a form).
   */
  wholePage?: true;
}
