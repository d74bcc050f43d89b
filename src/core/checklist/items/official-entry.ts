import { isCustomPortal, officialEntryPortal } from '../../portals';
import type { LoginMode } from '../../portals';
import { onPage, TPASS_BEIJING } from '../example-facts';
import { both, result } from '../result';
import type { ItemHead } from '../result';
import type { ChecklistFacts, ChecklistItem, CheckResult, Localized } from '../types';

const HEAD: ItemHead = { id: 'official-entry', title: both('官方登录入口', 'Official login page') };

const MODE_NAMES: Record<LoginMode, Localized> = {
  password: both('账号密码', 'account and password'),
  ca: both('数字证书（U盾）', 'digital certificate (USB key)'),
  qr: both('扫码', 'QR code'),
  sms: both('短信验证码', 'SMS code'),
  'e-license': both('电子营业执照', 'e-business licence'),
};

/** "账号密码登录" / "logs in with account and password", or '' when the page does not show a mode. */
function modeText(facts: ChecklistFacts): Localized {
  const mode = facts.recognition?.activeMode ?? null;
  if (!mode) return both('', '');
  return both(`当前登录方式：${MODE_NAMES[mode]['zh-CN']}。`, ` Login mode shown: ${MODE_NAMES[mode].en}.`);
}

/**
 * At the e-tax identity step the same person may be 办税员 and 社保经办人; social-insurance fees are handled under
 * the 社保经办人 identity, tax returns under 办税员 (the role names the tpass dialog lists, src/core/recognise).
 */
const ROLE_STEP: Localized[] = [
  both(
    '办理社保费业务（缴费、申报）时选择“社保经办人”身份。',
    'For social-insurance fees (paying, declaring) choose the “社保经办人” identity.',
  ),
  both(
    '办理纳税申报、发票等税务业务时选择“办税员”身份。',
    'For tax returns, invoices and other tax work choose the “办税员” identity.',
  ),
];

function official(facts: ChecklistFacts): CheckResult {
  const portal = facts.portal ?? facts.trust?.portal ?? null;
  const name = portal?.name ?? both('官方网站', 'an official site');
  const mode = modeText(facts);
  // a portal the user added: we know only what they told us, so we say whose word it is
  const reason =
    portal && isCustomPortal(portal)
      ? both(
          `这是你添加的网站“${name['zh-CN']}”。${mode['zh-CN']}`,
          `This is a site you added, “${name.en}”.${mode.en}`,
        )
      : both(
          `这是${name['zh-CN']}的官方地址。${mode['zh-CN']}`,
          `This is the official address of ${name.en}.${mode.en}`,
        );
  const roleStep = portal?.kind === 'e-tax' && facts.recognition?.step === 'role-choice';
  return result(HEAD, 'pass', reason, roleStep ? ROLE_STEP : []);
}

function lookalike(facts: ChecklistFacts): CheckResult {
  const imitates = facts.trust?.imitates;
  const entry = officialEntryPortal(imitates?.kind, imitates?.region);
  const steps = [
    both('不要在这个页面输入账号、密码或验证码。', 'Do not type an account, password or code on this page.'),
    both('关闭此页，从官方入口重新打开。', 'Close this page and open the official entry instead.'),
  ];
  const actions = entry
    ? [{ kind: 'open' as const, url: entry.url, label: both('打开官方入口', 'Open the official entry') }]
    : [];
  return result(
    HEAD,
    'fail',
    both(
      '这个网址模仿政务网站，不是官方登录页。',
      'This address imitates a government portal; it is not the official login page.',
    ),
    steps,
    actions,
  );
}

function check(facts: ChecklistFacts): CheckResult {
  const t = facts.trust;
  if (!facts.url || !t)
    return result(HEAD, 'unknown', both('无法读取当前页面的地址。', 'The address of this tab could not be read.'));
  if (t.trust === 'lookalike') return lookalike(facts);
  if (t.trust === 'official') return official(facts);
  if (t.trust === 'government') {
    return result(
      HEAD,
      'warn',
      both(
        '这是政府网站，但不在已知的登录入口名单里。',
        'This is a government site, but not one of the login pages we know.',
      ),
      [
        both(
          '核对地址是否是本地区官方公布的登录入口。',
          'Check that the address is the login page your region officially publishes.',
        ),
      ],
    );
  }
  return result(
    HEAD,
    'unknown',
    both('这个页面不是已知的政务登录页。', 'This page is not a government login page we know.'),
  );
}

export const officialEntry: ChecklistItem = {
  id: HEAD.id,
  title: HEAD.title,
  check,
  examples: [
    { name: 'tpass login page', facts: onPage(TPASS_BEIJING), expect: 'pass' },
    { name: 'e-tax role step', facts: onPage(TPASS_BEIJING, { step: 'role-choice' }), expect: 'pass' },
    { name: 'look-alike of the e-tax', facts: onPage('https://beijing-chinatax.top/login'), expect: 'fail' },
    { name: 'unlisted .gov.cn page', facts: onPage('https://www.example.gov.cn/login'), expect: 'warn' },
    { name: 'ordinary site', facts: onPage('https://www.example.com/'), expect: 'unknown' },
    { name: 'no address', facts: {}, expect: 'unknown' },
  ],
};
