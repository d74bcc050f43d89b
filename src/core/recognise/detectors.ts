import { emptySnapshot } from '../snapshot';
import type { FieldDescription, PageSnapshot } from '../snapshot';
import type { LoginMode } from '../portals/types';
import { countAny, hasAny } from './page';
import type { Page } from './page';

/**
 * Small detectors, each next to the snapshots it must and must not match (tests/unit/recognise walks them all).
 * Words come from research/markers.json and the portals' own labels; all are lower-case literals.
 */
export interface Detector {
  id: string;
  /** what the detector means, and where its markers come from */
  about: string;
  test(page: Page): boolean;
  must: PageSnapshot[];
  mustNot: PageSnapshot[];
}

// ---- example builders (used only by the examples below) ----
export function field(type: string, placeholder: string, extra: Partial<FieldDescription> = {}): FieldDescription {
  return { tag: 'input', type, name: '', id: '', placeholder, label: '', autocomplete: '', ...extra };
}
export function page(url: string, parts: Partial<PageSnapshot> = {}): PageSnapshot {
  return { ...emptySnapshot(url), ...parts };
}
const TPASS = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
const TPASS_FIELDS = [
  field('text', '统一社会信用代码/纳税人识别号'),
  field('text', '居民身份证号码/手机号码/用户名'),
  field('password', '个人用户密码(初始密码为证件号码后六位)'),
];

// ---- shared word lists ----
export const LOGIN_WORDS = ['登录', '登 录', '登陆', 'login', 'log in', 'sign in', '进入系统'] as const;
const LOGOUT_WORDS = ['安全退出', '退出登录', '退出系统', '注销登录', '注销', 'logout', 'log out', 'sign out'] as const;
const LOGGED_IN_WORDS = [
  '欢迎您',
  '用户中心',
  '我要办税',
  '个人中心',
  '单位信息',
  '我的办件',
  '网上经办',
  '报表打印',
] as const;
const ROLE_WORDS = [
  '法定代表人',
  '财务负责人',
  '办税员',
  '社保经办人',
  '开票员',
  '管理员',
  '销售人员',
  '购票员',
] as const;
const SMS_CODE_WORDS = ['短信验证码', '手机验证码', '动态验证码', '短信动态码', '请输入验证码'] as const;
const CREDENTIAL_WORDS = [
  '统一社会信用代码',
  '纳税人识别号',
  '身份证',
  '用户名',
  '账号',
  '帐号',
  '手机号',
  '经办人',
  '单位编号',
  '单位代码',
  '组织机构代码',
  'username',
  'account',
] as const;

/**
 * Login modes by the words on a tab or button (账号密码登录 / 证书登录 / 扫码登录 …). Order matters only for ties:
 * the first mode whose words match a label wins.
 */
export const MODE_WORDS: readonly { mode: LoginMode; words: readonly string[] }[] = [
  { mode: 'e-license', words: ['电子营业执照', 'e照通', '营业执照扫码'] },
  {
    mode: 'ca',
    words: [
      '证书登录',
      'ca登录',
      'ca 登录',
      '数字证书',
      'u盾',
      'ukey',
      'usbkey',
      'usb key',
      '一证通',
      'key登录',
      '证书认证',
    ],
  },
  { mode: 'qr', words: ['扫码登录', '二维码登录', '扫码', '扫一扫', 'app登录'] },
  { mode: 'sms', words: ['短信登录', '验证码登录', '手机登录', '短信验证登录', '动态码登录'] },
  {
    mode: 'password',
    words: [
      '账号密码登录',
      '帐号密码登录',
      '密码登录',
      '账号登录',
      '帐号登录',
      '用户名登录',
      '单位登录',
      '法人登录',
      '法人用户登录',
      '个人登录',
      '企业登录',
    ],
  },
];

export function modeOfLabel(label: string): LoginMode | null {
  const l = label.toLowerCase();
  for (const { mode, words } of MODE_WORDS) if (hasAny(l, words)) return mode;
  return null;
}

const hasPlaceholderOf = (p: Page, words: readonly string[]): boolean => hasAny(p.fieldText, words);

// ---- detectors ----

/** tpass (national unified e-tax login): the three placeholders, or the company-id one with a password field. */
const tpassLoginForm: Detector = {
  id: 'tpass-login-form',
  about: 'markers.json input-placeholder 统一社会信用代码/纳税人识别号, 居民身份证号码/手机号码/用户名, 个人用户密码',
  test: (p) =>
    p.fieldText.includes('统一社会信用代码/纳税人识别号') &&
    (p.fieldText.includes('居民身份证号码/手机号码/用户名') || p.fieldText.includes('个人用户密码')),
  must: [
    page(TPASS, { fields: TPASS_FIELDS }),
    page('https://tpass.hebei.chinatax.gov.cn:8443/#/login', {
      fields: [TPASS_FIELDS[0]!, field('password', '个人用户密码')],
    }),
  ],
  mustNot: [
    page(TPASS, { fields: [field('text', '请输入短信验证码')] }),
    page('https://example.com/', { fields: [field('text', '统一社会信用代码')] }),
  ],
};

/** hsa-local medical-insurance front end: the company-login route. */
const hallEnterUnitLogin: Detector = {
  id: 'hall-enter-unit-login',
  about: 'markers.json url-pattern /hallEnter/#/unitLogin (national and provincial 医保 halls)',
  test: (p) =>
    hasAny(p.pathname, ['/hallenter/', '/nationalhallst/', '/hallunit/']) && p.hash.startsWith('#/unitlogin'),
  must: [
    page('https://fw.ybj.beijing.gov.cn/hallEnter/#/unitLogin'),
    page('https://fuwu.nhsa.gov.cn/nationalHallSt/#/unitLogin'),
  ],
  mustNot: [page('https://fw.ybj.beijing.gov.cn/hallEnter/#/Index'), page('https://example.com/#/unitLogin')],
};

/** A password field next to a login word: the structural login form of any portal. */
const passwordLogin: Detector = {
  id: 'password-login',
  about: 'a visible password field and a login word on a button, tab, title or form text',
  test: (p) =>
    p.passwordFields > 0 &&
    (hasAny(p.buttons, LOGIN_WORDS) || hasAny(p.tabs, LOGIN_WORDS) || hasAny(p.all, LOGIN_WORDS)),
  must: [
    page('https://rs.jshrss.jiangsu.gov.cn/web/login', {
      fields: [field('text', '用户名'), field('password', '密码')],
      buttons: ['登 录'],
    }),
  ],
  mustNot: [
    page('https://rs.jshrss.jiangsu.gov.cn/web/login', { fields: [field('text', '搜索')], buttons: ['登录'] }),
    page('https://example.com/settings', {
      fields: [field('password', '新密码')],
      buttons: ['保存'],
      text: '修改密码',
    }),
  ],
};

/** A certificate (U盾/CA) login offered: a CA tab or button, or a known CA client object/script on the page. */
const caLogin: Detector = {
  id: 'ca-login',
  about:
    'tabs/buttons 证书登录 / CA登录 / 一证通 (Liuzhou, Jiangsu 医保, Shanghai); CA objects/scripts (markers.json script-src, object-clsid)',
  test: (p) =>
    p.snapshot.caMarkers.length > 0 ||
    hasAny(p.tabs, MODE_WORDS[1]!.words) ||
    hasAny(p.buttons, ['证书登录', 'ca登录', '一证通登录']),
  must: [
    page('http://rsj.liuzhou.gov.cn/', {
      tabs: [
        { label: '密码登录', active: true },
        { label: '证书登录', active: false },
      ],
    }),
    page('https://yzt.beijing.gov.cn/', { caMarkers: ['script:XTXSAB.js'] }),
  ],
  mustNot: [page('http://rsj.liuzhou.gov.cn/', { tabs: [{ label: '密码登录', active: true }], text: '证书办理指南' })],
};

/** A QR-code login panel. */
const qrLogin: Detector = {
  id: 'qr-login',
  about: 'markers.json #qrcodeDiv; 扫码登录 tabs; si.12333 E照通 / 电子营业执照 扫码',
  test: (p) =>
    (p.snapshot.hasQrCode && hasAny(p.all, ['扫码', '扫一扫', '二维码'])) || hasAny(p.tabs, ['扫码登录', '二维码登录']),
  must: [
    page(TPASS, { hasQrCode: true, text: '请使用税务APP扫码登录' }),
    page(TPASS, { tabs: [{ label: '扫码登录', active: false }] }),
  ],
  mustNot: [page('https://example.com/', { hasQrCode: true, text: '关注公众号' })],
};

/** The SMS second step: a code field without a password field (tpass after the first step, si.12333). */
const smsCodeStep: Detector = {
  id: 'sms-code-step',
  about: 'markers.json 请输入短信验证码 / 请输入手机号码 (tpass factorAccountLogin → SmsMessageLogin)',
  test: (p) => p.passwordFields === 0 && hasPlaceholderOf(p, SMS_CODE_WORDS),
  must: [
    page(TPASS, {
      fields: [field('text', '请输入手机号码'), field('text', '请输入短信验证码')],
      buttons: ['获取验证码', '登录'],
    }),
  ],
  mustNot: [page(TPASS, { fields: [...TPASS_FIELDS, field('text', '请输入短信验证码')] })],
};

/** The identity/role choice after the password (tpass 身份类型选择; 选择单位 on 医保/社保 halls). */
const roleChoice: Detector = {
  id: 'role-choice',
  about: 'markers.json aria-label 身份类型选择 and the relatedType role names; 陕西医保 选择单位',
  test: (p) =>
    p.dialogs.includes('身份类型选择') ||
    countAny(p.dialogs, ROLE_WORDS) >= 2 ||
    hasAny(p.dialogs, ['选择单位', '请选择要办理业务的单位', '选择企业']),
  must: [page(TPASS, { dialogs: ['身份类型选择 法定代表人 财务负责人 办税员 社保经办人 确定'] })],
  mustNot: [page(TPASS, { text: '法定代表人 财务负责人', dialogs: ['用户协议'] })],
};

/** The user agreement shown on first login. */
const agreement: Detector = {
  id: 'agreement',
  about: 'markers.json text 用户协议 (el-dialog header on first login); 是否确认成为该企业的财务负责人?',
  test: (p) => hasAny(p.dialogs, ['用户协议', '隐私政策', '服务协议', '是否确认成为该企业']),
  must: [page(TPASS, { dialogs: ['用户协议 … 同意 不同意'] })],
  mustNot: [page(TPASS, { text: '登录即表示同意《用户协议》', fields: TPASS_FIELDS })],
};

/** Already logged in: a logout control or a welcome/menu marker, and no login form. */
const loggedIn: Detector = {
  id: 'logged-in',
  about: 'markers.json #loginOut / #wybsTab 我要办税 / 陕西 menu; 退出/注销/安全退出, 欢迎您, 用户中心; dppt reached',
  test: (p) => {
    if (p.passwordFields > 0 || hasPlaceholderOf(p, SMS_CODE_WORDS) || tpassLoginForm.test(p)) return false;
    if (/^dppt\.[a-z]+\.chinatax\.gov\.cn$/.test(p.host)) return true;
    const logout =
      // a button that says only 退出, read from the prepared, bounded button text (one button a line)
      /(?:^|\n)\s*退出\s*(?:\n|$)/u.test(p.buttons) ||
      hasAny(p.buttons, LOGOUT_WORDS) ||
      hasAny(p.all, ['安全退出', '退出登录']);
    // A logout control plus a welcome/menu marker; a bare logout control only when no input is visible at all.
    return logout && (hasAny(p.all, LOGGED_IN_WORDS) || p.textFields === 0);
  },
  must: [
    page('https://etax.beijing.chinatax.gov.cn:8443/', {
      text: '欢迎您，北京某某科技有限公司',
      buttons: ['我要办税', '安全退出'],
    }),
    page('https://dppt.beijing.chinatax.gov.cn:8443/'),
    page('https://sipub.sz.gov.cn/hsoms/', { buttons: ['退出'] }),
  ],
  mustNot: [
    page(TPASS, { fields: TPASS_FIELDS, buttons: ['登录', '退出'], text: '欢迎您' }),
    page('https://example.com/', { text: '欢迎您来到本站' }),
  ],
};

/**
 * Every detector, the one list: recognise.ts reads them from here and the test walks every one over its examples
 * (tests/unit/recognise/detectors.test.ts fails a detector declared in this file but missing here).
 */
export const DETECTORS = {
  tpassLoginForm,
  hallEnterUnitLogin,
  passwordLogin,
  caLogin,
  qrLogin,
  smsCodeStep,
  roleChoice,
  agreement,
  loggedIn,
} as const satisfies Record<string, Detector>;

export { CREDENTIAL_WORDS, SMS_CODE_WORDS };
