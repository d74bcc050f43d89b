import type { Category } from '../../categories';

/**
 * A concept is a meaning the engine looks for, with the words portals use for it. Variants are regular-expression
 * sources against the NORMALISED text (see normalize.ts) and may use the shorthands of rule.ts (`#` a number, `~` a
 * short gap). Bounded quantifiers only. Every entry says where its words were seen (`source`) and carries texts it
 * must find (`match`) and must not find (`noMatch`); tests walk them all.
 */
export interface Concept<Id extends string> {
  id: Id;
  variants: readonly string[];
  source: string;
  examples: { match: readonly string[]; noMatch: readonly string[] };
}

/** The things a login message talks about. */
export type ObjectId =
  | 'pin'
  | 'ca-module'
  | 'secure-link'
  | 'terms'
  | 'new-password'
  | 'sms-code'
  | 'captcha'
  | 'credit-code'
  | 'app'
  | 'login-method'
  | 'client'
  | 'site-certificate'
  | 'trust-chain'
  | 'certificate'
  | 'device'
  | 'signature'
  | 'browser'
  | 'session'
  | 'web-page'
  | 'qr-code'
  | 'agent'
  | 'id-number'
  | 'person-name'
  | 'phone'
  | 'company'
  | 'credentials'
  | 'password'
  | 'account'
  | 'ip-address'
  | 'clock'
  | 'server'
  | 'request'
  | 'network'
  | 'system'
  | 'login'
  | 'field';

/** What the message says about a thing. */
export type StateId =
  | 'too-many'
  | 'tries-left'
  | 'still-valid'
  | 'one-session'
  | 'wait'
  | 'will-lock'
  | 'locked'
  | 'elsewhere'
  | 'expiring'
  | 'not-yet-valid'
  | 'logged-out'
  | 'register-first'
  | 'timeout'
  | 'expired'
  | 'closed'
  | 'revoked'
  | 'untrusted'
  | 'mismatch'
  | 'empty'
  | 'format'
  | 'bounds'
  | 'taken'
  | 'no-real-name'
  | 'not-registered'
  | 'verify'
  | 'not-linked'
  | 'uninitialised'
  | 'not-installed'
  | 'unassigned'
  | 'absent'
  | 'insert'
  | 'install'
  | 'fill'
  | 'check-present'
  | 'check-installed'
  | 'switch'
  | 'unsupported'
  | 'must-change'
  | 'weak'
  | 'maintained'
  | 'unavailable'
  | 'unreachable'
  | 'caps-lock'
  | 'insecure'
  | 'check'
  | 'not-logged-in'
  | 'reauth'
  | 'denied'
  | 'policy'
  | 'unexpected'
  | 'check-failed'
  | 'wrong'
  | 'failed';

/**
 * Where a state looks for its thing in a Chinese clause: `before` for a predicate ("证书已过期": the thing comes
 * first), `after` for a verb with its object ("未检测到证书", "请插入U盾").
 */
export type Side = 'before' | 'after';

export interface StateConcept extends Concept<StateId> {
  side: Side;
  /** the category when the clause names no thing the table knows (undefined: no finding without a thing) */
  alone?: Category;
  /** where the table has no row of its own for this state, read it as this one */
  like?: StateId;
  /** a request to do something ("请插入…"): an instruction, not by itself a report of failure */
  imperative?: true;
  /**
   * true of a login page before any attempt ("您尚未登录" in a portal's header): a report only as the page's answer
   * to an attempt (a popup, or text that appeared right after the click), never as text standing on the page
   */
  answerOnly?: true;
}

export type ObjectConcept = Concept<ObjectId>;
