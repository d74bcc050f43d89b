import type { Localized } from '../categories';

/**
 * Province-level codes of GB/T 2260 (行政区划代码), the first two digits of every region code.
 * Source: GB/T 2260 (the 31 mainland provinces have not changed since Chongqing, 50, in 1997), as listed in
 * research/identifiers.md §2.5 and §5.4. 71/81/82/83 are kept apart: they mark other documents.
 */
export const MAINLAND_PROVINCES: Readonly<Record<string, Localized>> = {
  '11': { 'zh-CN': '北京市', en: 'Beijing' },
  '12': { 'zh-CN': '天津市', en: 'Tianjin' },
  '13': { 'zh-CN': '河北省', en: 'Hebei' },
  '14': { 'zh-CN': '山西省', en: 'Shanxi' },
  '15': { 'zh-CN': '内蒙古自治区', en: 'Inner Mongolia' },
  '21': { 'zh-CN': '辽宁省', en: 'Liaoning' },
  '22': { 'zh-CN': '吉林省', en: 'Jilin' },
  '23': { 'zh-CN': '黑龙江省', en: 'Heilongjiang' },
  '31': { 'zh-CN': '上海市', en: 'Shanghai' },
  '32': { 'zh-CN': '江苏省', en: 'Jiangsu' },
  '33': { 'zh-CN': '浙江省', en: 'Zhejiang' },
  '34': { 'zh-CN': '安徽省', en: 'Anhui' },
  '35': { 'zh-CN': '福建省', en: 'Fujian' },
  '36': { 'zh-CN': '江西省', en: 'Jiangxi' },
  '37': { 'zh-CN': '山东省', en: 'Shandong' },
  '41': { 'zh-CN': '河南省', en: 'Henan' },
  '42': { 'zh-CN': '湖北省', en: 'Hubei' },
  '43': { 'zh-CN': '湖南省', en: 'Hunan' },
  '44': { 'zh-CN': '广东省', en: 'Guangdong' },
  '45': { 'zh-CN': '广西壮族自治区', en: 'Guangxi' },
  '46': { 'zh-CN': '海南省', en: 'Hainan' },
  '50': { 'zh-CN': '重庆市', en: 'Chongqing' },
  '51': { 'zh-CN': '四川省', en: 'Sichuan' },
  '52': { 'zh-CN': '贵州省', en: 'Guizhou' },
  '53': { 'zh-CN': '云南省', en: 'Yunnan' },
  '54': { 'zh-CN': '西藏自治区', en: 'Tibet' },
  '61': { 'zh-CN': '陕西省', en: 'Shaanxi' },
  '62': { 'zh-CN': '甘肃省', en: 'Gansu' },
  '63': { 'zh-CN': '青海省', en: 'Qinghai' },
  '64': { 'zh-CN': '宁夏回族自治区', en: 'Ningxia' },
  '65': { 'zh-CN': '新疆维吾尔自治区', en: 'Xinjiang' },
};

export const TAIWAN_PROVINCE: Localized = { 'zh-CN': '台湾省', en: 'Taiwan' };

/** USCC region `100000`: registered at national level (not a GB/T 2260 code; identifiers.md §2.5). */
export const NATIONAL_REGION = '100000';
export const NATIONAL_LABEL: Localized = { 'zh-CN': '国家级登记机关', en: 'national-level registration' };

export function mainlandProvince(code2: string): Localized | undefined {
  return Object.hasOwn(MAINLAND_PROVINCES, code2) ? MAINLAND_PROVINCES[code2] : undefined;
}

/**
 * Highest prefecture number (positions 3-4) a province can carry, for a soft plausibility check.
 * Source: the GB/T 2260 coding scheme (1980-2020 editions): 01-20 and 51-70 prefecture-level cities, 21-50
 * prefectures/leagues/autonomous prefectures, 90 county-level units directly under the province. The largest
 * numbers ever used were 43 (Xinjiang, 6543 阿勒泰地区) and, for the 51-70 block, Guangdong's 4451-4453; the
 * four municipalities only ever had 01 (districts) and 02 (counties), Chongqing also 03 (county-level cities).
 * The bounds are deliberately generous because they only raise a warning.
 *
 * This is a plausibility check, not the full "ever existed" list (~6,900 codes) that identifiers-npm.md
 * suggests for later: it catches codes that cannot exist (e.g. 111111, 235407) and is meant never to flag a real one. With the
 * bounds taken from memory of the editions rather than a vendored table, it may miss some never-used codes.
 */
const DEFAULT_MAX_PREFECTURE = 43;
const MAX_PREFECTURE: Readonly<Record<string, number>> = { '11': 2, '12': 2, '31': 2, '50': 3, '44': 53 };

/** Provinces with county-level units directly under the province (prefecture part 90). */
const HAS_PREFECTURE_90 = new Set(['41', '42', '46', '65']);

/**
 * Could this 6-digit code have existed? Called only after the province was accepted. Codes stay valid after a
 * division is abolished (§2.5, §5.4), so this must never use a current-only table.
 */
export function isPlausibleRegion(code6: string): boolean {
  if (!/^\d{6}$/.test(code6)) return false;
  const province = code6.slice(0, 2);
  const prefecture = Number(code6.slice(2, 4));
  const county = code6.slice(4, 6);
  if (!mainlandProvince(province)) return false;
  const max = MAX_PREFECTURE[province] ?? DEFAULT_MAX_PREFECTURE;
  if (prefecture === 0) return county === '00'; // the province itself
  if (prefecture === 90) return HAS_PREFECTURE_90.has(province);
  return prefecture <= max;
}
