import type { Localized } from '../categories';
import { REGION_HISTORY } from './data/region-history';

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

/** The historical code list, unpacked on first use: prefecture (4 digits) → its 2-digit county parts. */
let history: Map<string, Set<string>> | null = null;

function historyByPrefecture(): Map<string, Set<string>> {
  if (history) return history;
  history = new Map();
  for (const word of REGION_HISTORY.split(' ')) {
    const counties = new Set<string>();
    for (let i = 4; i < word.length; i += 2) counties.add(word.slice(i, i + 2));
    history.set(word.slice(0, 4), counties);
  }
  return history;
}

/**
 * County numbers come in blocks (GB/T 2260): 01-20 districts, 21-80 counties, 81-99 county-level cities. New codes
 * are given at the end of a block, so a code just past the highest one ever listed may be newer than the list
 * (it was compiled in 2019-2020) rather than never used: up to this many past the end are accepted.
 */
const NEWER_THAN_LIST = 3;
const BLOCKS: readonly [number, number][] = [
  [1, 20],
  [21, 80],
  [81, 99],
];

/**
 * Could this 6-digit code be a real GB/T 2260 code? Called only after the province was accepted. Codes stay valid
 * after a division is abolished (identifiers.md §2.5, §5.4), so the reference is every code listed since 1980
 * (data/region-history.ts), with room for codes created after the list: only a code that was never listed and
 * cannot be a recent addition (an unknown prefecture, a number far past its block's end) is doubted.
 */
export function isPlausibleRegion(code6: string): boolean {
  if (!/^\d{6}$/.test(code6)) return false;
  const province = code6.slice(0, 2);
  if (!mainlandProvince(province)) return false;
  if (code6.slice(2) === '0000') return true; // the province itself
  const counties = historyByPrefecture().get(code6.slice(0, 4));
  if (!counties) return false;
  const county = code6.slice(4);
  if (county === '00' || counties.has(county)) return true;
  const number = Number(county);
  const block = BLOCKS.find(([from, to]) => number >= from && number <= to);
  if (!block) return false;
  let highest = block[0] - 1;
  for (const listed of counties) {
    const n = Number(listed);
    if (n >= block[0] && n <= block[1] && n > highest) highest = n;
  }
  return number <= highest + NEWER_THAN_LIST;
}
