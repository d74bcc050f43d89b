import type { Portal } from '../../portals';
import { onPage } from '../example-facts';
import { both, result } from '../result';
import type { ItemHead } from '../result';
import type { CheckAction, ChecklistFacts, ChecklistItem, CheckResult, CheckStatus, Localized } from '../types';

const HEAD: ItemHead = { id: 'password', title: both('密码与锁定', 'Password and lock') };

const STOP_GUESSING: Localized = both(
  '不确定密码时不要再试：用登录页的“忘记密码”重设。',
  'If you are not sure of the password, stop trying: reset it with the page’s “忘记密码” (forgot password).',
);

/** Minutes until the lock the page announced ends, or null when no lock is known or it is over. */
function minutesLocked(facts: ChecklistFacts): number | null {
  const { lockedMinutes, lockedAt } = facts.lockout;
  if (lockedMinutes === undefined || lockedAt === undefined) return null;
  const left = Math.ceil((lockedAt + lockedMinutes * 60_000 - facts.now.getTime()) / 60_000);
  return left > 0 ? left : null;
}

interface Verdict {
  status: CheckStatus;
  reason: Localized;
  steps: Localized[];
}

function lockState(facts: ChecklistFacts): Verdict {
  const { failures, triesLeft } = facts.lockout;
  const locked = minutesLocked(facts);
  if (locked !== null) {
    return {
      status: 'fail',
      reason: both(
        `页面说账号已锁定，约 ${locked} 分钟后解除。`,
        `The page said the account is locked; about ${locked} minutes are left.`,
      ),
      steps: [
        both(
          '锁定期间不要再登录，否则可能重新计时。',
          'Do not try while it is locked: a try may start the lock again.',
        ),
        both('急需办理时拨打服务热线解锁。', 'If it cannot wait, call the service hotline to unlock it.'),
      ],
    };
  }
  if (triesLeft !== undefined && triesLeft <= 0) {
    return {
      status: 'fail',
      reason: both('页面说已经没有剩余机会了。', 'The page said no tries are left.'),
      steps: [STOP_GUESSING],
    };
  }
  if (triesLeft !== undefined && triesLeft <= 1) {
    return {
      status: 'fail',
      reason: both(
        `页面说只剩 ${triesLeft} 次机会，再错就会锁定。`,
        `The page said ${triesLeft} tries are left; one more mistake locks the account.`,
      ),
      steps: [STOP_GUESSING],
    };
  }
  if (triesLeft !== undefined || failures > 0) {
    const left =
      triesLeft !== undefined
        ? both(`，页面说还剩 ${triesLeft} 次`, `; the page said ${triesLeft} are left`)
        : both('', '');
    return {
      status: 'warn',
      reason: both(`这次已连续失败 ${failures} 次${left['zh-CN']}。`, `Failed tries in a row: ${failures}${left.en}.`),
      steps: [STOP_GUESSING],
    };
  }
  return { status: 'pass', reason: both('没有记录到失败的登录。', 'No failed login was counted.'), steps: [] };
}

/** The registry's password facts: the first-password rule as a step, the reset page as a button. */
function portalHelp(portal: Portal | null): { steps: Localized[]; actions: CheckAction[] } {
  const facts = portal?.password;
  const steps = facts?.initial ? [both(`首次登录：${facts.initial['zh-CN']}`, `First login: ${facts.initial.en}`)] : [];
  const actions: CheckAction[] = facts?.resetUrl
    ? [{ kind: 'open', url: facts.resetUrl, label: both('打开找回密码页', 'Open the password reset page') }]
    : [];
  return { steps, actions };
}

function check(facts: ChecklistFacts): CheckResult {
  const verdict = lockState(facts);
  const help = portalHelp(facts.portal);
  return result(HEAD, verdict.status, verdict.reason, [...verdict.steps, ...help.steps], help.actions);
}

const MINUTE = 60_000;
const NOW = new Date('2026-06-01T04:00:00Z').getTime();

export const password: ChecklistItem = {
  id: HEAD.id,
  title: HEAD.title,
  check,
  examples: [
    { name: 'no failures', facts: {}, expect: 'pass' },
    {
      name: 'no failures on tpass (first-password rule shown)',
      facts: onPage('https://tpass.beijing.chinatax.gov.cn:8443/#/login'),
      expect: 'pass',
    },
    { name: 'two failures', facts: { lockout: { failures: 2 } }, expect: 'warn' },
    { name: 'page says 2 left', facts: { lockout: { failures: 1, triesLeft: 2 } }, expect: 'warn' },
    { name: 'page says none left', facts: { lockout: { failures: 5, triesLeft: 0 } }, expect: 'fail' },
    { name: 'page says 1 left', facts: { lockout: { failures: 4, triesLeft: 1 } }, expect: 'fail' },
    {
      name: 'locked 30 minutes, 10 ago',
      facts: { lockout: { failures: 5, lockedMinutes: 30, lockedAt: NOW - 10 * MINUTE } },
      expect: 'fail',
    },
    {
      name: 'lock is over',
      facts: { lockout: { failures: 0, lockedMinutes: 30, lockedAt: NOW - 40 * MINUTE } },
      expect: 'pass',
    },
  ],
};
