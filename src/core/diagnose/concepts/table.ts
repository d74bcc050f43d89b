import type { Category } from '../../categories';
import type { ObjectId, StateId } from './types';

/**
 * The meaning of "<thing> is <state>": which of the user's problems it is. A pair that is missing means "no
 * finding" (a state said of that thing is no login problem, e.g. a phone number that is "not linked").
 * Read one row as a sentence: "the certificate is expired → cert-expired".
 */
export const TABLE: Readonly<Record<ObjectId, Partial<Record<StateId, Category>>>> = {
  pin: {
    wrong: 'pin-wrong', failed: 'pin-wrong', mismatch: 'pin-wrong', 'tries-left': 'pin-wrong', 'will-lock': 'pin-wrong',
    locked: 'pin-locked', 'too-many': 'pin-locked', empty: 'input-missing', format: 'input-missing',
    expired: 'password-expired',
  },
  'new-password': {
    mismatch: 'input-missing', wrong: 'input-missing', empty: 'input-missing', format: 'input-missing', policy: 'input-missing',
  },
  'ca-module': {
    failed: 'cert-failed', wrong: 'cert-failed', unexpected: 'cert-failed', absent: 'cert-not-detected', empty: 'input-missing',
    insert: 'cert-not-detected', 'not-installed': 'client-missing', unavailable: 'cert-failed', denied: 'cert-failed',
    locked: 'pin-locked', mismatch: 'cert-failed', untrusted: 'cert-failed', unsupported: 'cert-failed',
  },
  'secure-link': {
    unsupported: 'browser-unsupported', locked: 'browser-unsupported', expired: 'browser-unsupported', failed: 'network',
    closed: 'network', wrong: 'network', absent: 'network', unavailable: 'network', denied: 'network', 'must-change': 'browser-unsupported',
    insecure: 'network', check: 'network', unreachable: 'network', unexpected: 'network',
  },
  terms: { empty: 'input-missing', 'must-change': 'input-missing' },
  'sms-code': {
    wrong: 'sms-code-wrong', failed: 'sms-code-wrong', expired: 'sms-code-wrong', mismatch: 'sms-code-wrong',
    'too-many': 'sms-code-wrong', empty: 'sms-code-wrong', absent: 'sms-code-wrong', unavailable: 'sms-code-wrong',
    format: 'sms-code-wrong', locked: 'account-locked', 'still-valid': 'sms-code-wrong',
  },
  captcha: {
    wrong: 'captcha-wrong', failed: 'captcha-wrong', expired: 'captcha-wrong', mismatch: 'captcha-wrong',
    empty: 'captcha-wrong', absent: 'captcha-wrong', format: 'captcha-wrong', 'too-many': 'sms-code-wrong',
    'still-valid': 'sms-code-wrong',
  },
  'credit-code': {
    wrong: 'credit-code-wrong', mismatch: 'credit-code-wrong', absent: 'credit-code-wrong', format: 'credit-code-wrong',
    'not-registered': 'account-not-registered', failed: 'credit-code-wrong', empty: 'input-missing',
    locked: 'account-locked', revoked: 'account-locked', 'not-linked': 'agent-not-linked',
  },
  client: {
    'not-installed': 'client-missing', 'must-change': 'client-missing', 'check-installed': 'client-missing', 'check-present': 'client-missing', absent: 'client-missing', failed: 'client-missing', wrong: 'client-missing',
    unavailable: 'client-missing', unreachable: 'client-missing', unsupported: 'client-missing', expired: 'client-missing', 'not-registered': 'client-missing',
  },
  'site-certificate': {
    expired: 'network', revoked: 'network', untrusted: 'network', wrong: 'network', mismatch: 'network', failed: 'network',
    'not-yet-valid': 'network', unsupported: 'network',
  },
  certificate: {
    absent: 'cert-not-detected', insert: 'cert-not-detected', 'check-present': 'cert-not-detected', empty: 'cert-not-detected',
    expired: 'cert-expired', revoked: 'cert-expired', closed: 'cert-expired', expiring: 'cert-expiring',
    mismatch: 'cert-mismatch', 'not-registered': 'cert-mismatch', 'not-linked': 'cert-mismatch', unsupported: 'cert-failed',
    denied: 'cert-failed', unexpected: 'cert-failed', wrong: 'cert-failed', failed: 'cert-failed', untrusted: 'cert-failed', 'not-yet-valid': 'cert-failed',
    unavailable: 'cert-failed', format: 'cert-failed', locked: 'cert-expired', 'not-installed': 'cert-not-detected',
  },
  device: {
    absent: 'cert-not-detected', insert: 'cert-not-detected', 'check-present': 'cert-not-detected', failed: 'cert-not-detected', wrong: 'cert-not-detected',
    empty: 'cert-not-detected', 'not-installed': 'cert-not-detected', unavailable: 'cert-not-detected', unreachable: 'cert-not-detected',
    locked: 'pin-locked', 'too-many': 'pin-locked', expired: 'cert-expired', revoked: 'cert-expired', closed: 'cert-expired',
    mismatch: 'cert-mismatch', 'not-registered': 'cert-mismatch', 'not-linked': 'cert-mismatch', unsupported: 'cert-failed',
    untrusted: 'cert-failed', expiring: 'cert-expiring',
  },
  signature: { failed: 'cert-failed', wrong: 'cert-failed', unavailable: 'cert-failed' },
  browser: {
    unsupported: 'browser-unsupported', locked: 'browser-unsupported', 'not-installed': 'browser-unsupported', absent: 'browser-unsupported',
    'must-change': 'browser-unsupported',
  },
  'web-page': {
    absent: 'network', failed: 'network', unavailable: 'network', wrong: 'network', unexpected: 'network', expired: 'session-expired',
    'not-installed': 'network',
    check: 'network', insecure: 'network', unreachable: 'network',
    denied: 'login-failed', locked: 'login-failed',
  },
  session: {
    expired: 'session-expired', wrong: 'session-expired', failed: 'session-expired', elsewhere: 'session-expired',
    absent: 'session-expired', 'too-many': 'session-expired', empty: 'session-expired',
  },
  'qr-code': { expired: 'session-expired', failed: 'session-expired', wrong: 'session-expired' },
  agent: {
    denied: 'agent-not-linked', absent: 'agent-not-linked', 'not-linked': 'agent-not-linked', wrong: 'agent-not-linked', failed: 'agent-not-linked',
    'not-registered': 'agent-not-linked', mismatch: 'agent-not-linked', expired: 'agent-not-linked',
  },
  'id-number': {
    wrong: 'input-missing', mismatch: 'password-wrong', absent: 'account-not-registered', policy: 'input-missing',
    'not-registered': 'account-not-registered', empty: 'input-missing', format: 'input-missing', 'not-linked': 'agent-not-linked',
    locked: 'account-locked',
  },
  'person-name': { mismatch: 'password-wrong', wrong: 'input-missing', empty: 'input-missing', format: 'input-missing', policy: 'input-missing' },
  phone: { wrong: 'input-missing', policy: 'input-missing', mismatch: 'input-missing', absent: 'account-not-registered', 'not-registered': 'account-not-registered', 'not-linked': 'account-not-registered', empty: 'input-missing', format: 'input-missing' },
  company: {
    absent: 'credit-code-wrong', wrong: 'credit-code-wrong', mismatch: 'credit-code-wrong',
    'not-registered': 'account-not-registered', 'not-linked': 'agent-not-linked', locked: 'account-locked',
    revoked: 'account-locked', closed: 'account-not-registered', denied: 'agent-not-linked',
  },
  password: {
    wrong: 'password-wrong', mismatch: 'input-missing', failed: 'login-failed', expired: 'password-expired', policy: 'input-missing',
    'caps-lock': 'password-wrong',
    'must-change': 'password-expired', weak: 'password-expired', locked: 'account-locked', 'too-many': 'account-locked',
    'tries-left': 'account-locked', 'will-lock': 'account-locked', empty: 'input-missing', format: 'input-missing',
  },
  account: {
    wrong: 'password-wrong', mismatch: 'password-wrong', absent: 'account-not-registered',
    'not-registered': 'account-not-registered', locked: 'account-locked', revoked: 'account-locked',
    closed: 'account-not-registered', expired: 'account-locked', 'too-many': 'account-locked', 'will-lock': 'account-locked', 'tries-left': 'account-locked',
    'not-linked': 'agent-not-linked', elsewhere: 'session-expired', empty: 'input-missing', format: 'input-missing',
  },
  clock: { wrong: 'network', failed: 'network', mismatch: 'network' },
  server: {
    failed: 'network', absent: 'network', expired: 'network', 'not-installed': 'network', denied: 'network', check: 'network',
    wrong: 'maintenance', unexpected: 'maintenance', unavailable: 'maintenance', 'too-many': 'maintenance', unreachable: 'network',
  },
  request: {
    failed: 'network', expired: 'network', 'too-many': 'sms-code-wrong', wrong: 'login-failed', denied: 'login-failed',
    unexpected: 'login-failed', 'not-registered': 'login-failed', locked: 'login-failed',
  },
  network: {
    failed: 'network', absent: 'network', unexpected: 'network', expired: 'network', unavailable: 'network', 'too-many': 'sms-code-wrong',
    'not-installed': 'network', wrong: 'network', denied: 'network', check: 'network', insecure: 'network', unreachable: 'network',
  },
  system: { unavailable: 'maintenance', unreachable: 'network', closed: 'maintenance', unexpected: 'login-failed', denied: 'login-failed', failed: 'login-failed', wrong: 'login-failed', 'too-many': 'maintenance' },
  login: {
    failed: 'login-failed', wrong: 'login-failed', expired: 'session-expired', 'too-many': 'account-locked',
    'tries-left': 'account-locked', elsewhere: 'session-expired', unavailable: 'maintenance', locked: 'account-locked',
    denied: 'login-failed', unexpected: 'login-failed', absent: 'login-failed',
  },
};
