import type { Localized } from '../categories';
import type { ConcreteIdType, Finding, IdCode, IdDetails } from './types';

/**
 * User-facing texts for HR and finance staff: say what is wrong and what to do, in plain words.
 * Never put a computed check character into a text (identifiers.md §9): when a typo sits elsewhere, the user would
 * "fix" the last character and end up with a well-formed wrong number.
 */

type Texts = Record<ConcreteIdType, Localized>;

export const TYPE_LABELS: Texts = {
  uscc: { 'zh-CN': '统一社会信用代码', en: 'unified social credit code' },
  'org-code': { 'zh-CN': '组织机构代码', en: 'organization code' },
  'taxpayer-id': { 'zh-CN': '纳税人识别号', en: 'taxpayer identification number' },
  'resident-id': { 'zh-CN': '居民身份证号码', en: 'resident ID number' },
  'resident-id-15': { 'zh-CN': '15 位身份证号码', en: '15-digit ID number' },
  'hk-mo-tw-permit': { 'zh-CN': '港澳台居民居住证号码', en: 'HK/Macao/Taiwan residence permit number' },
  'foreign-permanent-id': { 'zh-CN': '外国人永久居留身份证号码', en: 'foreigner’s permanent residence ID number' },
};

const LICENCE: Localized = { 'zh-CN': '营业执照', en: 'the business licence' };
const CARD: Localized = { 'zh-CN': '证件原件', en: 'the card itself' };

function source(type: ConcreteIdType): Localized {
  return type === 'uscc' || type === 'org-code' || type === 'taxpayer-id' ? LICENCE : CARD;
}

const CHARSET: Texts = {
  uscc: { 'zh-CN': '数字和大写英文字母', en: 'digits and capital letters' },
  'org-code': { 'zh-CN': '数字和大写英文字母', en: 'digits and capital letters' },
  'taxpayer-id': { 'zh-CN': '数字和大写英文字母', en: 'digits and capital letters' },
  'resident-id': { 'zh-CN': '数字（最后一位可以是大写 X）', en: 'digits (the last one may be a capital X)' },
  'resident-id-15': { 'zh-CN': '数字（15 位号码没有 X）', en: 'digits (15-digit numbers have no X)' },
  'hk-mo-tw-permit': { 'zh-CN': '数字（最后一位可以是大写 X）', en: 'digits (the last one may be a capital X)' },
  'foreign-permanent-id': { 'zh-CN': '数字和大写英文字母', en: 'digits and capital letters' },
};

const FORMAT: Partial<Texts> = {
  'resident-id': {
    'zh-CN': '前 17 位应全是数字，只有最后一位可以是 X',
    en: 'the first 17 characters must be digits; only the last one may be X',
  },
  'hk-mo-tw-permit': {
    'zh-CN': '前 17 位应全是数字，只有最后一位可以是 X',
    en: 'the first 17 characters must be digits; only the last one may be X',
  },
  'foreign-permanent-id': {
    'zh-CN': '新版（2023 年起）是以 9 开头的 18 位号码，最后一位可以是 X；旧版是 3 个字母加 12 位数字',
    en: 'the 2023 card has 18 digits starting with 9 (the last may be X); the older card has 3 letters and 12 digits',
  },
  'taxpayer-id': {
    'zh-CN': '15 位旧号码的前 6 位是数字地区代码；20 位号码是身份证号码后加 2 位数字（或 15 位身份证号码后加 00000）',
    en: 'a 15-character number starts with a 6-digit region code; a 20-character one is an ID number plus 2 digits (or a 15-digit ID number plus 00000)',
  },
};

export interface MessageInput {
  type: ConcreteIdType;
  findings: Finding[];
  /** The normalized value, when it differs from what the type's rules read. */
  normalized?: string;
  /** True when the normalized value passes without errors: then we say "did you mean". */
  normalizedValid: boolean;
  /** A reading with O/I/L replaced by digits that passes without errors. */
  lookalike?: string;
  details?: IdDetails;
  note?: Localized;
}

type Render = (input: MessageInput, params: Record<string, string>) => Localized;

function orList(expected: string): Localized {
  const parts = expected.split('/');
  return { 'zh-CN': parts.join(' 或 '), en: parts.join(' or ') };
}

const RENDER: Record<IdCode, Render> = {
  E_EMPTY: ({ type }) => ({
    'zh-CN': `还没有填写${TYPE_LABELS[type]['zh-CN']}。`,
    en: `The ${TYPE_LABELS[type].en} is empty. Please enter it.`,
  }),
  E_CHARSET: (input) => {
    const { type, normalized, normalizedValid, lookalike } = input;
    const label = TYPE_LABELS[type];
    const src = source(type);
    if (normalized !== undefined) {
      const first: Localized = {
        'zh-CN': `${label['zh-CN']}里有空格、横线、小写字母或全角字符，网站不会接受。`,
        en: `The ${label.en} contains spaces, dashes, lowercase or full-width characters, which the portal will not accept.`,
      };
      const next: Localized = normalizedValid
        ? {
            'zh-CN': `您要填的是不是 ${normalized}？请按这个样子重新输入：半角、大写、不带空格。`,
            en: `Did you mean ${normalized}? Please retype it like that: half-width, capitals, no spaces.`,
          }
        : {
            'zh-CN': `去掉这些字符后号码仍然不对，请对照${src['zh-CN']}重新输入。`,
            en: `Even without those characters the number is not right; please retype it from ${src.en}.`,
          };
      return join(first, next);
    }
    const first: Localized = {
      'zh-CN': `${label['zh-CN']}只能由${CHARSET[type]['zh-CN']}组成。`,
      en: `The ${label.en} may contain only ${CHARSET[type].en}.`,
    };
    return join(first, lookalikeText(lookalike, src));
  },
  E_LENGTH: ({ type }, p) => ({
    'zh-CN': `${TYPE_LABELS[type]['zh-CN']}应为 ${orList(p.expected ?? '')['zh-CN']} 位，现在是 ${p.actual ?? '?'} 位。请检查是否漏输或多输了字符。`,
    en: `A ${TYPE_LABELS[type].en} has ${orList(p.expected ?? '').en} characters; this one has ${p.actual ?? '?'}. Check for a missing or extra character.`,
  }),
  E_FORMAT: (input) => {
    const { type, lookalike } = input;
    const format = FORMAT[type];
    const first: Localized = format
      ? {
          'zh-CN': `${TYPE_LABELS[type]['zh-CN']}的格式不对：${format['zh-CN']}。`,
          en: `The ${TYPE_LABELS[type].en} has the wrong shape: ${format.en}.`,
        }
      : {
          'zh-CN': `${TYPE_LABELS[type]['zh-CN']}的格式不对。`,
          en: `The ${TYPE_LABELS[type].en} has the wrong shape.`,
        };
    return join(first, lookalikeText(lookalike, source(type)));
  },
  E_FORBIDDEN_LETTER: () => ({
    'zh-CN':
      '统一社会信用代码里不会出现字母 I、O、Z、S、V。多半是把数字 1、0、2、5 或字母 U 看错了，请对照营业执照逐位核对。',
    en: 'A unified social credit code never contains the letters I, O, Z, S or V. They are usually a misread 1, 0, 2, 5 or U; compare it character by character with the business licence.',
  }),
  E_REGION_NOT_DIGITS: () => ({
    'zh-CN': '第 3 到 8 位是登记机关的地区代码，只能是数字。请对照营业执照核对这几位。',
    en: 'Characters 3 to 8 are the region code of the registration office and must be digits. Check them against the business licence.',
  }),
  E_CHECK: ({ type }) => ({
    'zh-CN': `这个号码没有通过校验：很可能有一位输错了，或相邻两位顺序颠倒。请对照${source(type)['zh-CN']}逐位核对整个号码，不要只改最后一位。`,
    en: `This number fails its built-in check: most likely one character is mistyped or two neighbours are swapped. Compare the whole number with ${source(type).en}, character by character; do not just change the last character.`,
  }),
  E_PROVINCE: (_input, p) => ({
    'zh-CN': `第 ${p.position ?? '1-2'} 位的“${p.province ?? ''}”不是有效的省份代码，请核对。`,
    en: `“${p.province ?? ''}” (characters ${p.position ?? '1-2'}) is not a valid province code; please check it.`,
  }),
  E_PREFIX: () => ({
    'zh-CN': '港澳台居民居住证号码以 810000（香港）、820000（澳门）或 830000（台湾）开头，请核对前 6 位。',
    en: 'A HK/Macao/Taiwan residence permit number starts with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan); check the first 6 digits.',
  }),
  E_DATE: (_input, p) => ({
    'zh-CN': `号码第 ${p.position ?? ''} 位的出生日期（${p.date ?? ''}）不存在，请核对。`,
    en: `The birth date in characters ${p.position ?? ''} (${p.date ?? ''}) does not exist; please check it.`,
  }),
  E_DATE_FUTURE: (_input, p) => ({
    'zh-CN': `号码里的出生日期 ${p.date ?? ''} 在今天之后，不可能正确，请核对第 ${p.position ?? ''} 位。`,
    en: `The birth date ${p.date ?? ''} is in the future, so the number cannot be right; check characters ${p.position ?? ''}.`,
  }),
  E_DATE_TOO_OLD: (_input, p) => ({
    'zh-CN': `号码里的出生日期 ${p.date ?? ''} 早于 1800 年，不可能正确，请核对第 ${p.position ?? ''} 位。`,
    en: `The birth date ${p.date ?? ''} is before 1800, so the number cannot be right; check characters ${p.position ?? ''}.`,
  }),
  E_WRONG_TYPE: (_input, p) => {
    const other = p.other === 'hk-mo-tw-permit' ? 'hk-mo-tw-permit' : 'foreign-permanent-id';
    return {
      'zh-CN': `这看起来是${TYPE_LABELS[other]['zh-CN']}，不是居民身份证号码。请把证件类型改为对应的证件。`,
      en: `This looks like a ${TYPE_LABELS[other].en}, not a resident ID number. Choose that document type instead.`,
    };
  },
  W_CATEGORY: (_input, p) => ({
    'zh-CN': `开头两位“${p.pair ?? ''}”不在已知的登记部门和机构类别里。新设的类别也可能这样，请与营业执照核对。`,
    en: `The first two characters “${p.pair ?? ''}” are not a known registration office and category. New categories do appear; please compare with the business licence.`,
  }),
  W_ORG_BODY_CHECK: () => ({
    'zh-CN': '第 9 到 17 位（组织机构代码部分）没有通过它自己的校验。整个代码的校验是对的，请与营业执照核对。',
    en: 'Characters 9 to 17 (the organization-code part) fail their own check, although the whole code passes. Please compare with the business licence.',
  }),
  W_REGION_UNKNOWN: (_input, p) => ({
    'zh-CN': `地区代码 ${p.region ?? ''} 不像是存在过的行政区划代码，请核对。`,
    en: `The region code ${p.region ?? ''} does not look like one that ever existed; please check it.`,
  }),
  W_PILOT_CHECK: () => ({
    'zh-CN': '这是福州、厦门早期试点发放的代码，不完全符合国家标准，但可能是合法的。请与营业执照逐位核对。',
    en: 'This looks like an early Fuzhou/Xiamen pilot code: it does not fully follow the national standard but can be legal. Compare it character by character with the business licence.',
  }),
  W_AGE_OVER_120: (_input, p) => ({
    'zh-CN': `按号码里的出生日期 ${p.date ?? ''}，年龄超过 120 岁，请核对。`,
    en: `By its birth date ${p.date ?? ''} the holder would be over 120 years old; please check it.`,
  }),
  W_PROVINCE_71: () => ({
    'zh-CN': '开头 71 是台湾省的代码，居民身份证很少这样开头；台湾居民一般使用 830000 开头的居住证号码。请核对。',
    en: 'The prefix 71 is the code of Taiwan province and rarely starts a resident ID number; Taiwan residents normally use a residence permit starting 830000. Please check it.',
  }),
  W_NATIONALITY_UNKNOWN: (_input, p) => ({
    'zh-CN': `国籍代码 ${p.nationality ?? ''} 不在国家和地区代码表中，请与证件核对。`,
    en: `The nationality code ${p.nationality ?? ''} is not in the country code list; please compare with the card.`,
  }),
  W_CHECK_731: () => ({
    'zh-CN': '旧版永久居留证号码的最后一位与常见的校验规则不符。这条规则没有官方确认，请与证件核对。',
    en: 'The last digit of this older permanent residence number does not match the commonly used check rule, which is not officially confirmed. Please compare with the card.',
  }),
  W_RESERVED_RANGE: () => ({
    'zh-CN': 'PDY 开头的组织机构代码是内部自定义代码，不能用于对外办事。请改用营业执照上的统一社会信用代码。',
    en: 'Organization codes starting with PDY are for internal use only and are not valid with other systems. Use the unified social credit code on the business licence.',
  }),
};

function lookalikeText(lookalike: string | undefined, src: Localized): Localized {
  return lookalike
    ? {
        'zh-CN': `字母 O、I、L 很容易和数字 0、1 混淆，您要填的可能是 ${lookalike}，请与${src['zh-CN']}核对。`,
        en: `The letters O, I and L are easily confused with the digits 0 and 1: you may have meant ${lookalike}. Please compare with ${src.en}.`,
      }
    : { 'zh-CN': `请对照${src['zh-CN']}重新输入。`, en: `Please retype it from ${src.en}.` };
}

function join(...parts: Localized[]): Localized {
  return {
    'zh-CN': parts.map((p) => p['zh-CN']).join(''),
    en: parts.map((p) => p.en).join(' '),
  };
}

/** A short summary of the decoded facts, for the "ok" message. No birth date: the popup shows IDs masked. */
function okText(input: MessageInput): Localized {
  const { type, details, note } = input;
  const label = TYPE_LABELS[type];
  const facts: Localized[] = [];
  if (details?.category) facts.push(details.category.label);
  if (details?.region && (type === 'uscc' || type === 'taxpayer-id')) facts.push(details.region.label);
  const decoded = facts.length
    ? { 'zh-CN': `（${facts.map((f) => f['zh-CN']).join('，')}）`, en: ` (${facts.map((f) => f.en).join(', ')})` }
    : { 'zh-CN': '', en: '' };
  const head: Localized = {
    'zh-CN': `${label['zh-CN']}格式正确${decoded['zh-CN']}。`,
    en: `The ${label.en} is well-formed${decoded.en}.`,
  };
  return note ? join(head, note) : head;
}

/** The message for a whole result: every broken rule, errors first, or the "ok" summary. */
export function renderMessage(input: MessageInput): Localized {
  if (input.findings.length === 0) return okText(input);
  const parts = input.findings.map((f) => RENDER[f.code](input, f.params ?? {}));
  const hasError = input.findings.some((f) => f.code.startsWith('E_'));
  if (!hasError && input.note) parts.push(input.note);
  return join(...parts);
}
