import type { Category } from '../../categories';

/**
 * Which problem is shown first when one message says several things (higher first), on the same scale as the
 * rules (rules/index.ts): a lock before the key and the certificate, before account and code problems, before the
 * environment, before empty fields and the catch-all. A state that only reports a CONSEQUENCE ("还有2次机会",
 * "将被锁定") ranks below any cause the same message names: the headline is the cause.
 */
export const CATEGORY_PRIORITY: Readonly<Record<Category, number>> = {
  'pin-locked': 95,
  'account-locked': 92,
  'pin-wrong': 85,
  'cert-mismatch': 82,
  'client-missing': 80,
  'cert-expired': 78,
  'cert-expiring': 77,
  'cert-not-detected': 75,
  'cert-failed': 70,
  'password-expired': 70,
  'agent-not-linked': 68,
  'credit-code-wrong': 65,
  'account-not-registered': 62,
  'password-wrong': 60,
  'sms-code-wrong': 58,
  'captcha-wrong': 55,
  'browser-unsupported': 50,
  maintenance: 48,
  'session-expired': 46,
  network: 40,
  'input-missing': 30,
  'login-failed': 10,
  'lookalike-portal': 100,
};

/** A consequence ranks here: below every cause, above an empty field and the catch-all. */
export const CONSEQUENCE_PRIORITY = 52;
