import type { Localized } from '../categories';
import { mod11_2CheckChar } from './checksums';
import { checkShape } from './shape';
import { birthFindings, order, sexFromSequenceDigit } from './resident-id';
import type { Finding, IdDetails, Outcome } from './types';

/**
 * The only address codes of 港澳台居民居住证 (identifiers.md §6; [S6]). 830000 is not a GB/T 2260 code (Taiwan
 * there is 710000), so the prefix is compared with this list, never with a region table.
 */
export const PERMIT_PREFIXES: Readonly<Record<string, Localized>> = {
  '810000': { 'zh-CN': '香港居民', en: 'Hong Kong resident' },
  '820000': { 'zh-CN': '澳门居民', en: 'Macao resident' },
  '830000': { 'zh-CN': '台湾居民', en: 'Taiwan resident' },
};

/** GB 11643 layout with a fixed address code: prefix (6) + birth date (8) + sequence (3) + MOD 11-2 check. */
export function checkHkMoTwPermit(raw: string, today: Date): Outcome {
  const shape = checkShape(raw, /[0-9X]/, [18]);
  if (shape) return { type: 'hk-mo-tw-permit', findings: [shape] };
  if (!/^\d{17}[\dX]$/.test(raw)) return { type: 'hk-mo-tw-permit', findings: [{ code: 'E_FORMAT' }] };

  const details: IdDetails = {};
  const findings: Finding[] = [];
  const prefix = raw.slice(0, 6);
  const label = Object.hasOwn(PERMIT_PREFIXES, prefix) ? PERMIT_PREFIXES[prefix] : undefined;
  if (label) details.region = { code: prefix, label };
  else findings.push({ code: 'E_PREFIX', params: { prefix } });
  findings.push(...birthFindings(raw.slice(6, 14), today, details));
  details.sex = sexFromSequenceDigit(raw.charAt(16));
  if (mod11_2CheckChar(raw.slice(0, 17)) !== raw.charAt(17)) findings.push({ code: 'E_CHECK' });
  return { type: 'hk-mo-tw-permit', findings: order(findings), details };
}
