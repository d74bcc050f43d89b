/**
 * The public category ids (see README "Categories"). Rules, hints, the CLI and the tests all speak these ids;
 * keep the list stable. `lookalike-portal` is raised by the phishing guard, never by a text rule.
 */
export const CATEGORIES = [
  'password-wrong',
  'password-expired',
  'captcha-wrong',
  'sms-code-wrong',
  'credit-code-wrong',
  'input-missing',
  'account-locked',
  'account-not-registered',
  'agent-not-linked',
  'login-failed',
  'cert-not-detected',
  'cert-failed',
  'cert-expired',
  'cert-expiring',
  'cert-mismatch',
  'pin-wrong',
  'pin-locked',
  'client-missing',
  'browser-unsupported',
  'session-expired',
  'network',
  'maintenance',
  'lookalike-portal',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** The two languages every user-facing text exists in. zh-CN is the default. */
export type Lang = 'zh-CN' | 'en';
export type Localized = Record<Lang, string>;
