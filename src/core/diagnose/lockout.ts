import type { Localized } from '../categories';
import { duration, kindOf } from './explain';
import { HOTLINES, hotlineText } from './knowledge';
import type { Captures, Finding, PortalKind } from './types';

/**
 * The lockout guard: warn BEFORE the try that locks the account or the USB key, and say what to do once locked.
 * Pure; the shells keep a count of consecutive failed attempts per portal + company for the session (a count
 * only, never what was typed) and pass it in.
 */
export interface LockoutInput {
  findings: readonly Finding[];
  /** consecutive failed attempts on this portal + company in this session, this one included */
  failures: number;
  kind?: PortalKind;
  portalId?: string;
}

/** Without a count from the page, warn from this many consecutive failures on. */
export const FAILURE_WARN_AT = 3;
/** With a count from the page, warn when this few tries are left. */
export const TRIES_WARN_AT = 2;

/**
 * Whether a finding means one more failed login attempt. Counted: a wrong password, PIN or company code, an
 * unexplained failure, and a "N tries left" answer (the page itself counts it). Not counted:
 * - captcha-wrong and sms-code-wrong: most portals check the codes before the credentials, so a wrong code does
 *   not spend a password try; counting it would make the guard warn without reason. The SMS code's own limits
 *   show up as their own messages ("发送过于频繁", "输错5次锁定"), which the rules catch.
 * - account-locked (already locked), pin-locked: nothing left to count; the guard says what to do instead.
 * - everything about the key, the browser, the network or the session: no credential was judged.
 */
export function countsAsFailedAttempt(finding: Pick<Finding, 'category' | 'rule'>): boolean {
  switch (finding.category) {
    case 'password-wrong':
    case 'pin-wrong':
    case 'credit-code-wrong':
    case 'login-failed':
      return true;
    case 'account-locked':
      return !isLockedNow(finding);
    default:
      return false;
  }
}

/** A finding that says the account IS locked (not "N tries left" or "too many tries, wait"). */
export function isLockedNow(finding: Pick<Finding, 'category' | 'rule'>): boolean {
  return finding.category === 'account-locked' && /(?:\.now|-locked|-revoked|-expired)$/u.test(finding.rule);
}

function merged(findings: readonly Finding[]): Captures {
  const out: Captures = {};
  for (const { captures } of findings) {
    out.triesLeft ??= captures.triesLeft;
    out.minutes ??= captures.minutes;
    out.days ??= captures.days;
  }
  return out;
}

function resetPath(kind: PortalKind | undefined): Localized {
  if (kind === 'e-tax') {
    return {
      'zh-CN': `请用登录页的“忘记密码”通过绑定手机重设密码，或拨打 ${HOTLINES['e-tax']}。`,
      en: `Reset the password with Forgot password on the login page (via the bound mobile), or call ${HOTLINES['e-tax']}.`,
    };
  }
  return {
    'zh-CN': `请用登录页的“忘记密码”重设密码，或联系${hotlineText(kind, 'zh-CN')}解锁。`,
    en: `Reset the password with Forgot password on the login page, or call ${hotlineText(kind, 'en')} to unlock it.`,
  };
}

/** A warning for the hint, in both languages, or undefined when there is nothing to warn about. */
export function lockoutWarning(input: LockoutInput): Localized | undefined {
  const findings = Array.isArray(input?.findings) ? input.findings : [];
  const failures = Number.isFinite(input?.failures) ? Math.max(0, Math.floor(input.failures)) : 0;
  const kind = kindOf(input);
  const has = (rule: string) => findings.some((finding) => finding.rule === rule || finding.category === rule);
  const { triesLeft, minutes, days } = merged(findings);

  if (has('pin-locked')) {
    return {
      'zh-CN': 'U 盾的 PIN 已被锁死：不要再输入，请联系颁发 U 盾的 CA 机构解锁。',
      en: 'The USB key’s PIN is locked: do not enter it again; ask the CA that issued the key to unlock it.',
    };
  }
  if (findings.some(isLockedNow)) {
    const reset = resetPath(kind);
    if (minutes !== undefined || days !== undefined) {
      const zh = minutes !== undefined ? duration(minutes, 'zh-CN') : `${days} 天`;
      const en = minutes !== undefined ? duration(minutes, 'en') : `${days} day${days === 1 ? '' : 's'}`;
      return {
        'zh-CN': `账号已锁定，页面提示约 ${zh}后解锁。在此之前不要再试；等不及的话：${reset['zh-CN']}`,
        en: `The account is locked; the page says it unlocks after about ${en}. Do not try before then. If you cannot wait: ${reset.en}`,
      };
    }
    return {
      'zh-CN': `账号已锁定，继续尝试没有用。${reset['zh-CN']}`,
      en: `The account is locked; further tries will not help. ${reset.en}`,
    };
  }
  const pin = has('pin-wrong');
  if (triesLeft !== undefined && triesLeft <= TRIES_WARN_AT && (pin || findings.some(countsAsFailedAttempt))) {
    if (pin) {
      return {
        'zh-CN': `PIN 码只剩 ${triesLeft} 次机会，输错 U 盾就会被锁死，只能找 CA 机构解锁。没把握就先联系 CA。`,
        en: `Only ${triesLeft} PIN ${triesLeft === 1 ? 'try is' : 'tries are'} left; then the key locks and only the CA can unlock it. If unsure, contact the CA first.`,
      };
    }
    const reset = resetPath(kind);
    if (triesLeft === 0) {
      return {
        'zh-CN': `已经没有剩余机会，再错一次账号就会被锁定。${reset['zh-CN']}`,
        en: `No tries are left; one more wrong attempt locks the account. ${reset.en}`,
      };
    }
    return {
      'zh-CN': `只剩 ${triesLeft} 次机会。与其再试，不如现在重设密码：${reset['zh-CN']}`,
      en: `${triesLeft === 1 ? 'One try' : `${triesLeft} tries`} left — reset the password instead of trying again. ${reset.en}`,
    };
  }
  if (failures >= FAILURE_WARN_AT && findings.some(countsAsFailedAttempt)) {
    if (pin) {
      return {
        'zh-CN': `PIN 码已连续输错 ${failures} 次，再错下去 U 盾可能被锁死。请先确认 PIN，或联系 CA 机构。`,
        en: `The PIN was wrong ${failures} times in a row; a few more and the key may lock. Confirm the PIN first or contact the CA.`,
      };
    }
    const reset = resetPath(kind);
    return {
      'zh-CN': `已连续失败 ${failures} 次，很多系统再错几次就会锁定账号。先停下核对，或者直接重设密码：${reset['zh-CN']}`,
      en: `${failures} failed attempts in a row; many portals lock the account after a few more. Stop and check, or reset the password now. ${reset.en}`,
    };
  }
  return undefined;
}
