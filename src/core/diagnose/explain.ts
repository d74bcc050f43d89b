import type { Category, Lang } from '../categories';
import { KIND_OVERRIDES, KNOWLEDGE, hotlineText } from './knowledge';
import { PORTAL_KINDS } from '../portals/types';
import type { Advice, Captures, PortalKind } from './types';

export interface ExplainContext {
  portalId?: string;
  kind?: PortalKind;
  captures?: Captures;
}

/** The kind from the context, or from a registry id of the form `<kind>/<region>`. */
export function kindOf(context: { kind?: PortalKind; portalId?: string } | undefined): PortalKind | undefined {
  if (context?.kind) return context.kind;
  const prefix = context?.portalId?.split('/')[0];
  return PORTAL_KINDS.find((kind) => kind === prefix);
}

/** "90 分钟" / "2 小时" / "1.5 hours" */
export function duration(minutes: number, lang: Lang): string {
  if (minutes >= 60 && minutes % 30 === 0) {
    const hours = minutes / 60;
    return lang === 'en' ? `${hours} hour${hours === 1 ? '' : 's'}` : `${hours} 小时`;
  }
  return lang === 'en' ? `${minutes} minute${minutes === 1 ? '' : 's'}` : `${minutes} 分钟`;
}

function days(count: number, lang: Lang): string {
  return lang === 'en' ? `${count} day${count === 1 ? '' : 's'}` : `${count} 天`;
}

/** A first step that repeats what the page said, so the advice fits this very message. */
function leadStep(category: Category, captures: Captures, lang: Lang): string | undefined {
  const en = lang === 'en';
  const { triesLeft, minutes } = captures;
  switch (category) {
    case 'account-locked':
    case 'password-wrong':
      if (triesLeft !== undefined) {
        return en
          ? `The page says ${triesLeft} ${triesLeft === 1 ? 'try is' : 'tries are'} left before the account locks: check the account and password carefully, and if unsure reset the password instead of using them up.`
          : `页面提示还剩 ${triesLeft} 次机会，用完账号就会被锁：先仔细核对账号和密码，没把握就改用“忘记密码”重设，不要把次数用完。`;
      }
      if (minutes !== undefined && category === 'account-locked') {
        return en
          ? `The page says the lock lasts ${duration(minutes, lang)}: wait that long and log in once, carefully, or reset the password now.`
          : `页面提示锁定 ${duration(minutes, lang)}：到时间后再仔细登录一次，或者现在就用“忘记密码”重设。`;
      }
      if (captures.days !== undefined && category === 'account-locked') {
        return en
          ? `The page says the lock lasts ${days(captures.days, lang)}; reset the password if you cannot wait.`
          : `页面提示锁定 ${days(captures.days, lang)}；等不及的话用“忘记密码”重设。`;
      }
      return undefined;
    case 'pin-wrong':
      if (triesLeft === undefined) return undefined;
      return en
        ? `The page says ${triesLeft} PIN ${triesLeft === 1 ? 'try is' : 'tries are'} left; when they run out the key locks and only the CA can unlock it.`
        : `页面提示 PIN 码还能再输 ${triesLeft} 次；次数用完 U 盾会被锁死，只能找 CA 机构解锁。`;
    case 'cert-expiring': {
      const left =
        captures.days !== undefined
          ? days(captures.days, lang)
          : minutes !== undefined
            ? duration(minutes, lang)
            : undefined;
      if (!left) return undefined;
      return en ? `The page says the certificate expires in ${left}.` : `页面显示证书还有 ${left}到期。`;
    }
    case 'maintenance':
      if (minutes === undefined) return undefined;
      return en
        ? `The page mentions ${duration(minutes, lang)}; try again after that.`
        : `页面提到 ${duration(minutes, lang)}，过了这段时间再试。`;
    default:
      return undefined;
  }
}

/** Title, one-line explanation and steps for a category, fitted to the portal kind and the page's numbers. */
export function explain(category: Category, lang: Lang, context?: ExplainContext): Advice {
  const kind = kindOf(context);
  const entry = KNOWLEDGE[category];
  const override = kind ? KIND_OVERRIDES[kind]?.[category] : undefined;
  const hotline = hotlineText(kind, lang);
  const steps = (override ?? entry).steps[lang].map((step) => step.replaceAll('{hotline}', hotline));
  const lead = context?.captures ? leadStep(category, context.captures, lang) : undefined;
  return {
    title: entry.title[lang],
    explanation: entry.explanation[lang],
    steps: lead ? [lead, ...steps] : steps,
  };
}
