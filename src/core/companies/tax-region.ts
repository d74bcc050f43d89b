/**
 * The tax region (e-tax portal region, src/core/portals/data/e-tax.ts) a company is registered in, read from its
 * credit code: positions 3–8 of a USCC, or the first six digits of a taxpayer number made from an ID number, are a
 * GB/T 2260 region code (src/core/ids/regions.ts). The five cities with a tax bureau of their own (计划单列市) are
 * matched on their four-digit city code before the province.
 */
import { checkId } from '../ids';

/** GB/T 2260 city code (4 digits) → e-tax region of the 计划单列市 */
export const CITY_REGIONS: Readonly<Record<string, string>> = {
  '2102': 'dalian',
  '3302': 'ningbo',
  '3502': 'xiamen',
  '3702': 'qingdao',
  '4403': 'shenzhen',
};

/** GB/T 2260 province code (2 digits) → e-tax region */
export const PROVINCE_REGIONS: Readonly<Record<string, string>> = {
  '11': 'beijing',
  '12': 'tianjin',
  '13': 'hebei',
  '14': 'shanxi',
  '15': 'neimenggu',
  '21': 'liaoning',
  '22': 'jilin',
  '23': 'heilongjiang',
  '31': 'shanghai',
  '32': 'jiangsu',
  '33': 'zhejiang',
  '34': 'anhui',
  '35': 'fujian',
  '36': 'jiangxi',
  '37': 'shandong',
  '41': 'henan',
  '42': 'hubei',
  '43': 'hunan',
  '44': 'guangdong',
  '45': 'guangxi',
  '46': 'hainan',
  '50': 'chongqing',
  '51': 'sichuan',
  '52': 'guizhou',
  '53': 'yunnan',
  '54': 'xizang',
  '61': 'shaanxi',
  '62': 'gansu',
  '63': 'qinghai',
  '64': 'ningxia',
  '65': 'xinjiang',
};

/** The e-tax region id, or null for a code that is not valid or names no province (national level, 100000). */
export function taxRegionOf(creditCode: string): string | null {
  const result = checkId(creditCode, 'company');
  if (!result.valid) return null;
  const region =
    result.type === 'uscc' ? creditCode.slice(2, 8) : result.type === 'taxpayer-id' ? creditCode.slice(0, 6) : '';
  if (!/^\d{6}$/.test(region)) return null;
  return CITY_REGIONS[region.slice(0, 4)] ?? PROVINCE_REGIONS[region.slice(0, 2)] ?? null;
}
