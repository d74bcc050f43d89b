import type { Category, Localized } from '../categories';

/** Where on the page a message was seen. Rules may be scoped to surfaces. */
export type Surface =
  | 'toast' // transient message (Element UI el-message, layui layer.msg, Ant message/notification)
  | 'dialog' // message box / modal / layer.alert
  | 'field' // a field-level validation error under an input
  | 'inline' // an error text block near the form (role=alert, .error-msg, Bootstrap alert)
  | 'alert' // native window.alert()/confirm() text, forwarded from the page's main world
  | 'page'; // a whole page: maintenance / error page

/**
 * The kind of portal a page belongs to: the portal registry's own type (src/core/portals/types.ts, a type-only
 * import), re-exported so diagnose code names it from one place.
 */
export type { PortalKind } from '../portals/types';

export interface PageMessage {
  text: string;
  surface: Surface;
  /**
   * It appeared within moments of the user's attempt (a click on a button, Enter in a field, a form's submit):
   * the page's answer to it, not text that stood there before (src/content/attempts.ts).
   */
  afterAttempt?: boolean;
}

/** Numbers captured from a message by a rule's named groups. */
export interface Captures {
  /** tries left before a lock ("还有2次机会") */
  triesLeft?: number;
  /** lock or wait duration in minutes ("锁定30分钟", "2小时后" → 120) */
  minutes?: number;
  /** days until a certificate expires ("证书还有10天过期") */
  days?: number;
}

export type FindingSeverity = 'error' | 'warning';

export interface Finding {
  category: Category;
  /** id of the rule that matched */
  rule: string;
  severity: FindingSeverity;
  /** the category's title in both languages */
  title: Localized;
  captures: Captures;
  /** the page message the finding came from (bounded) */
  message: string;
  surface: Surface;
}

/** What the user reads for one category: title, one-line explanation, numbered steps. */
export interface Advice {
  title: string;
  explanation: string;
  steps: string[];
}

/** Everything the inline hint renders; composed by the background, rendered by the content script. */
export interface HintContent {
  /** categories shown, best first; the host element's data-login-assistant-hint lists them */
  categories: Category[];
  lang: 'zh-CN' | 'en';
  title: string;
  explanation: string;
  steps: string[];
  /** lockout guard warning ("one try left — reset the password instead"), if any */
  warning?: string;
  /** the page message the hint explains */
  message: string;
  /** plain text for "复制诊断信息": portal, categories, message, time; never any field value */
  diagnostic: string;
  /** labels of the hint's own controls, in `lang` */
  labels: HintLabels;
}

export interface HintLabels {
  copy: string;
  copied: string;
  dismiss: string;
  notHelpful: string;
  /** the question "not helpful" asks, and its two answers: this kind of problem / every hint, on this site */
  muteQuestion: string;
  muteKind: string;
  muteSite: string;
  stepsHeading: string;
  /** accessible name of the panel, e.g. "登录助手提示" */
  region: string;
}
