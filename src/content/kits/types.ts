import type { Surface } from '../../core/diagnose/types';

/**
 * One kind of place where a portal shows an error (a UI kit's toast, a dialog, a field error, a whole page).
 * Surfaces belong to a Kit; the order of KITS (./index.ts), then of each kit's surfaces, is the priority: when one
 * message matches two surfaces (an Element UI toast also carries role="alert"), the earlier entry reports it.
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

/** Login-mode tabs of a kit and how the kit marks the one that is showing. */
export interface KitTabs {
  /** one tab (账号密码登录 / 证书登录 …) */
  item: string;
  /** matched against the tab itself: the active one */
  active: string;
}

/**
 * Everything the content script knows about one UI kit, in one place: the snapshot, the error watcher and the
 * hint's placement all read their selectors from the list of kits.
 */
export interface Kit {
  surfaces: readonly ErrorSurface[];
  /** containers of a whole dialog: the snapshot reads their text, the hint keeps off them */
  dialogs?: readonly string[];
  tabs?: readonly KitTabs[];
}

/** What a kit is and where its class names were checked; kept out of the Kit so it stays out of the bundle. */
export interface KitAbout {
  id: string;
  name: string;
  /** the kit's own source or documentation the selectors were checked against */
  source: string;
}

/**
 * Markup a kit produces and the text the watcher must read from it. Exported next to each kit as `examples` and
 * used only by tests, so the markup never reaches the content-script bundle.
 */
export interface KitExample {
  surfaceId: string;
  markup: string;
  text: string;
}
