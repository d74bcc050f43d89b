import type { BrowserRequirement, Certainty, PasswordFacts, Portal } from '../types';

/**
 * The national unified e-tax (全国统一规范电子税务局): every tax region runs the same four hosts
 * (etax = portal, tpass = 统一身份认证 login SPA on :8443, dppt = 数电发票, znhd = 智能互动), so the 36 entries are
 * generated from this table instead of being copied 36 times. Add a region here, not below.
 */
interface TaxRegion {
  code: string;
  zh: string;
  en: string;
  /** port of the etax portal's /loginb/ entry: '' when the default https port is used (tpass is always :8443) */
  etaxPort: string;
  certainty: Certainty;
  /** sources beyond the shared province/port map */
  sources: string[];
  note?: string;
}

/** The province/port/cookie map in public tax-RPA code that lists all 36 regions (research/portals.json). */
const REGION_MAP_SOURCE =
  'public tax-RPA routing configuration listing all 36 regions and their etax ports (research/portals.json, index ref 60058130571)';

const TAX_REGIONS: readonly TaxRegion[] = [
  { code: 'anhui', zh: '安徽', en: 'Anhui', etaxPort: '8443', certainty: 'medium', sources: [] },
  {
    code: 'beijing',
    zh: '北京',
    en: 'Beijing',
    etaxPort: '8443',
    certainty: 'medium',
    sources: [
      'public code: znhd knowledge API (index ref 4263630015); old http://etax.beijing.chinatax.gov.cn/WSBST/ (github:sdfsun/python)',
    ],
  },
  {
    code: 'chongqing',
    zh: '重庆',
    en: 'Chongqing',
    etaxPort: '8443',
    certainty: 'high',
    sources: ['public code: tpass.chongqing getPublicKey client (index ref 15948085214)'],
  },
  {
    code: 'dalian',
    zh: '大连',
    en: 'Dalian',
    etaxPort: '8443',
    certainty: 'high',
    sources: ['public Electron tax-RPA app govLoginLibs/dalian (index file ids 35434881298, 35369273432)'],
    note: '计划单列市; old CAS login etax.dalian.chinatax.gov.cn/cas/login',
  },
  { code: 'fujian', zh: '福建', en: 'Fujian', etaxPort: '8443', certainty: 'medium', sources: [] },
  {
    code: 'gansu',
    zh: '甘肃',
    en: 'Gansu',
    etaxPort: '8443',
    certainty: 'medium',
    sources: ['public Electron tax-RPA app govLoginLibs/gansu (index file id 35191187781)'],
  },
  {
    code: 'guangdong',
    zh: '广东',
    en: 'Guangdong',
    etaxPort: '8443',
    certainty: 'high',
    sources: ['public opencli TS command DEFAULT_PORTAL_URL (index ref 66704757734)'],
  },
  {
    code: 'guangxi',
    zh: '广西',
    en: 'Guangxi',
    etaxPort: '8443',
    certainty: 'medium',
    sources: ['public Electron tax-RPA app govLoginLibs/guangxi, portal on :9723 (index ref 35092574566)'],
    note: 'the etax portal was also seen on port 9723',
  },
  { code: 'guizhou', zh: '贵州', en: 'Guizhou', etaxPort: '8443', certainty: 'medium', sources: [] },
  { code: 'hainan', zh: '海南', en: 'Hainan', etaxPort: '8443', certainty: 'medium', sources: [] },
  {
    code: 'hebei',
    zh: '河北',
    en: 'Hebei',
    etaxPort: '8443',
    certainty: 'medium',
    sources: [
      'public code: old login-web form post https://etax.hebei.chinatax.gov.cn/login-web/login (index ref 25867549450)',
    ],
  },
  { code: 'heilongjiang', zh: '黑龙江', en: 'Heilongjiang', etaxPort: '8443', certainty: 'medium', sources: [] },
  { code: 'henan', zh: '河南', en: 'Henan', etaxPort: '8443', certainty: 'medium', sources: [] },
  { code: 'hubei', zh: '湖北', en: 'Hubei', etaxPort: '8443', certainty: 'medium', sources: [] },
  {
    code: 'hunan',
    zh: '湖南',
    en: 'Hunan',
    etaxPort: '8443',
    certainty: 'medium',
    sources: ['public userscript using the znhd.hunan favicon (index ref 70096669635)'],
  },
  {
    code: 'jiangsu',
    zh: '江苏',
    en: 'Jiangsu',
    etaxPort: '8443',
    certainty: 'high',
    sources: ['public navigation list 全国统一规范电子税务局 (index ref 12263896031)'],
    note: 'old system etax.jsgs.gov.cn/sso/login',
  },
  { code: 'jiangxi', zh: '江西', en: 'Jiangxi', etaxPort: '8443', certainty: 'medium', sources: [] },
  { code: 'jilin', zh: '吉林', en: 'Jilin', etaxPort: '8443', certainty: 'medium', sources: [] },
  { code: 'liaoning', zh: '辽宁', en: 'Liaoning', etaxPort: '8443', certainty: 'medium', sources: [] },
  { code: 'neimenggu', zh: '内蒙古', en: 'Inner Mongolia', etaxPort: '8443', certainty: 'medium', sources: [] },
  {
    code: 'ningbo',
    zh: '宁波',
    en: 'Ningbo',
    etaxPort: '8443',
    certainty: 'medium',
    sources: ['public Electron loader comment //宁波 (index ref 3587254941)'],
    note: '计划单列市',
  },
  { code: 'ningxia', zh: '宁夏', en: 'Ningxia', etaxPort: '8443', certainty: 'medium', sources: [] },
  {
    code: 'qingdao',
    zh: '青岛',
    en: 'Qingdao',
    etaxPort: '8443',
    certainty: 'medium',
    sources: [],
    note: '计划单列市',
  },
  { code: 'qinghai', zh: '青海', en: 'Qinghai', etaxPort: '8443', certainty: 'medium', sources: [] },
  { code: 'shaanxi', zh: '陕西', en: 'Shaanxi', etaxPort: '', certainty: 'medium', sources: [] },
  {
    code: 'shandong',
    zh: '山东',
    en: 'Shandong',
    etaxPort: '8443',
    certainty: 'high',
    sources: [
      'public C etax_shandong_login, tpass OAuth2 login URL (index ref 2400022712)',
      'public RPA worklog: 山东税局入口跳回 tpass.shandong…:8443/#/login (index file id 59700688184)',
    ],
  },
  {
    code: 'shanghai',
    zh: '上海',
    en: 'Shanghai',
    etaxPort: '8443',
    certainty: 'high',
    sources: ['public code ETAX_SHANGHAI_VAT_URL (index ref 56537451838)'],
  },
  { code: 'shanxi', zh: '山西', en: 'Shanxi', etaxPort: '8443', certainty: 'medium', sources: [] },
  {
    code: 'shenzhen',
    zh: '深圳',
    en: 'Shenzhen',
    etaxPort: '8443',
    certainty: 'medium',
    sources: ['public Java test (index ref 40120798399)'],
    note: '计划单列市',
  },
  {
    code: 'sichuan',
    zh: '四川',
    en: 'Sichuan',
    etaxPort: '',
    certainty: 'high',
    sources: ['public tpass client_id/redirect config // 四川 (index ref 27393967340)'],
  },
  {
    code: 'tianjin',
    zh: '天津',
    en: 'Tianjin',
    etaxPort: '8443',
    certainty: 'high',
    sources: ['github:Franklin-F/etax lib/agent/bureau.py (ETAX_HOMEPAGE, tpass login host and accountLogin API)'],
  },
  { code: 'xiamen', zh: '厦门', en: 'Xiamen', etaxPort: '8443', certainty: 'medium', sources: [], note: '计划单列市' },
  { code: 'xinjiang', zh: '新疆', en: 'Xinjiang', etaxPort: '8443', certainty: 'medium', sources: [] },
  { code: 'xizang', zh: '西藏', en: 'Tibet', etaxPort: '5100', certainty: 'medium', sources: [] },
  { code: 'yunnan', zh: '云南', en: 'Yunnan', etaxPort: '8443', certainty: 'medium', sources: [] },
  {
    code: 'zhejiang',
    zh: '浙江',
    en: 'Zhejiang',
    etaxPort: '8443',
    certainty: 'medium',
    sources: [
      'public tpass redirect config (index ref 27393967340); govLoginLibs/zhejiang (index file id 35704279753)',
    ],
  },
];

/** Region code → names, for the phishing guard ("imitates the Beijing e-tax") and the popup. */
export const TAX_REGION_NAMES: ReadonlyMap<string, { zh: string; en: string }> = new Map(
  TAX_REGIONS.map((r) => [r.code, { zh: r.zh, en: r.en }]),
);

const CITY_BUREAUS = new Set(['北京', '上海', '天津', '重庆', '大连', '宁波', '厦门', '青岛', '深圳']);
const AUTONOMOUS_REGIONS: Record<string, string> = {
  内蒙古: '内蒙古自治区',
  广西: '广西壮族自治区',
  西藏: '西藏自治区',
  宁夏: '宁夏回族自治区',
  新疆: '新疆维吾尔自治区',
};

/** 北京 → 北京市, 河北 → 河北省, 广西 → 广西壮族自治区 (the tax bureau's own name). */
function bureauName(zh: string): string {
  return AUTONOMOUS_REGIONS[zh] ?? (CITY_BUREAUS.has(zh) ? `${zh}市` : `${zh}省`);
}

/** The tpass login is a plain web app: password, SMS and QR login work in a current Chrome or Edge without a plug-in. */
const TPASS_BROWSERS: BrowserRequirement = {
  engines: ['chromium'],
  said: {
    'zh-CN': '页面未写明；已知当前版本的 Chrome、Edge 可用，不需要插件',
    en: 'not stated on the page; known to work in a current Chrome or Edge without plug-ins',
  },
  source: 'research/portals-notes.md §4: automation of the new tpass login runs in modern Chrome/Edge without plug-ins',
};

/** The tpass password field's own placeholder states the first password (个人用户密码(初始密码为证件号码后六位)). */
const TPASS_PASSWORD: PasswordFacts = {
  initial: {
    'zh-CN': '个人用户的初始密码是本人证件号码的后六位。',
    en: 'A personal user’s first password is the last six characters of their ID number.',
  },
  source: 'research/portals-notes.md §1: tpass password placeholder 个人用户密码(初始密码为证件号码后六位)',
};

function regionEntry(r: TaxRegion): Portal {
  const base = `${r.code}.chinatax.gov.cn`;
  const etaxOrigin = `https://etax.${base}${r.etaxPort ? `:${r.etaxPort}` : ''}`;
  return {
    id: `e-tax/${r.code}`,
    name: {
      'zh-CN': `国家税务总局${bureauName(r.zh)}税务局 电子税务局`,
      en: `${r.en} e-tax (national unified electronic tax bureau)`,
    },
    kind: 'e-tax',
    region: r.code,
    hosts: ['dppt', 'etax', 'tpass', 'znhd'].map((h) => `${h}.${base}`),
    entry: `${etaxOrigin}/loginb/`,
    loginUrls: [`etax.${base}/loginb/`, `tpass.${base}/#/login`],
    loginMethods: ['password', 'sms', 'qr', 'ca'],
    browsers: TPASS_BROWSERS,
    caClients: [],
    password: TPASS_PASSWORD,
    hotline: '12366',
    source: [REGION_MAP_SOURCE, 'research/portals-notes.md §1 (one tpass front end for all 36 regions)', ...r.sources],
    certainty: r.certainty,
    note: ['证书登录 (ca) depends on the province', r.note].filter(Boolean).join('; '),
    testUrls: {
      login: [
        `https://tpass.${base}:8443/#/login`,
        `https://tpass.${base}:8443/#/login?response_type=code&client_id=x&redirect_uri=${encodeURIComponent(`${etaxOrigin}/`)}`,
        `${etaxOrigin}/loginb/`,
      ],
      other: [`https://dppt.${base}:8443/`, `https://znhd.${base}/`, `https://etax.${base}/`],
    },
  };
}

const NATIONAL_AND_LEGACY: Portal[] = [
  {
    id: 'e-tax/guangdong-legacy',
    name: { 'zh-CN': '广东省电子税务局（旧版）', en: 'Guangdong e-tax (legacy, before the national unified e-tax)' },
    kind: 'e-tax',
    region: 'guangdong',
    hosts: ['gs.etax-gd.gov.cn'],
    entry: 'https://etax.guangdong.chinatax.gov.cn:8443/loginb/',
    loginUrls: ['gs.etax-gd.gov.cn/'],
    loginMethods: ['ca'],
    browsers: {
      engines: ['trident'],
      minVersion: { ie: 9 },
      ieMode: true,
      os: ['windows'],
      said: {
        'zh-CN': 'IE9 及以上 32 位浏览器，并允许“兼容控件”加载项',
        en: 'Internet Explorer 9+ (32-bit) with the compatibility add-on allowed',
      },
      source: 'https://www.gdca.com.cn/customer_service/guide_service/notice/-00143/',
    },
    caClients: ['gdca'],
    hotline: '12366',
    source: ['https://www.gdca.com.cn/customer_service/guide_service/notice/-00143/'],
    certainty: 'high',
    note: 'historical (2017); superseded by etax.guangdong.chinatax.gov.cn — its entry points there',
    testUrls: { login: ['http://gs.etax-gd.gov.cn/'] },
  },
  {
    id: 'e-tax/national',
    name: { 'zh-CN': '国家税务总局', en: 'State Taxation Administration' },
    kind: 'e-tax',
    region: 'national',
    hosts: ['www.chinatax.gov.cn'],
    entry: 'https://www.chinatax.gov.cn/',
    loginUrls: [],
    loginMethods: [],
    browsers: null,
    caClients: [],
    hotline: '12366',
    source: ["https://www.chinatax.gov.cn/ (the administration's own site; it links every regional e-tax)"],
    certainty: 'high',
    note: 'not a login page; used as the national "go here instead" entry when the region is unknown',
    testUrls: { other: ['https://www.chinatax.gov.cn/', 'https://www.chinatax.gov.cn/chinatax/n810219/index.html'] },
  },
  {
    id: 'e-tax/national-12366',
    name: { 'zh-CN': '12366纳税服务平台', en: '12366 taxpayer service platform' },
    kind: 'e-tax',
    region: 'national',
    hosts: ['12366.chinatax.gov.cn'],
    entry: 'https://12366.chinatax.gov.cn/',
    loginUrls: ['12366.chinatax.gov.cn/login'],
    loginMethods: ['password'],
    browsers: null,
    caClients: [],
    hotline: '12366',
    source: ['public login-skill README GJSW_LOGIN_URL (research/portals.json, index ref 55403419868)'],
    certainty: 'medium',
    testUrls: { login: ['https://12366.chinatax.gov.cn/login'], other: ['https://12366.chinatax.gov.cn/'] },
  },
  {
    id: 'e-tax/national-natural-person',
    name: { 'zh-CN': '自然人电子税务局（个税）', en: 'Natural-person e-tax (individual income tax)' },
    kind: 'e-tax',
    region: 'national',
    hosts: ['etax.chinatax.gov.cn'],
    entry: 'https://etax.chinatax.gov.cn/',
    loginUrls: ['etax.chinatax.gov.cn/'],
    loginMethods: ['qr', 'password'],
    browsers: null,
    caClients: [],
    hotline: '12366',
    source: ['public link lists (research/portals.json, index refs 61433167467, 45846064368)'],
    certainty: 'medium',
    note: 'for individuals (个税), not the company e-tax',
    testUrls: { login: ['https://etax.chinatax.gov.cn/', 'https://etax.chinatax.gov.cn/webApp'] },
  },
];

/** Generated and hand-written entries merged in id order (the registry's sort rule). */
export const E_TAX_PORTALS: readonly Portal[] = [...TAX_REGIONS.map(regionEntry), ...NATIONAL_AND_LEGACY].sort(
  (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
);

export const TAX_REGION_COUNT = TAX_REGIONS.length;
