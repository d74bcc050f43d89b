import { mod11_2CheckChar } from './checksums';
import { checkBirthDate, formatYmd, isRealDate, parseYmd } from './dates';
import { checkShape } from './shape';
import { isPlausibleRegion, mainlandProvince, TAIWAN_PROVINCE } from './regions';
import type { Finding, IdDetails, Outcome, Sex } from './types';

/** GB 11643 sequence code: odd = male, even = female. */
export function sexFromSequenceDigit(digit: string): Sex {
  return Number(digit) % 2 === 1 ? 'male' : 'female';
}

/**
 * Address-code rules (identifiers.md §5.4): only the province is a hard rule. The code is that of the place of
 * registration when the number was assigned and never changes, so abolished codes and births before a code existed
 * are normal; never compare the code with the birth year.
 */
function addressFindings(address: string, details: IdDetails): Finding[] {
  const province = address.slice(0, 2);
  if (province === '71') {
    details.region = { code: address, label: TAIWAN_PROVINCE };
    return [{ code: 'W_PROVINCE_71' }];
  }
  const name = mainlandProvince(province);
  if (!name) return [{ code: 'E_PROVINCE', params: { province, position: '1-2' } }];
  details.region = { code: address, label: name };
  return isPlausibleRegion(address) ? [] : [{ code: 'W_REGION_UNKNOWN', params: { region: address } }];
}

/** Date rules for a YYYYMMDD field; records the date in the details when it is a real one. */
export function birthFindings(yyyymmdd: string, today: Date, details: IdDetails, position = '7-14'): Finding[] {
  const birth = parseYmd(yyyymmdd);
  if (isRealDate(birth)) details.birthDate = formatYmd(birth);
  return checkBirthDate(birth, today, position);
}

/** 81/82/83 and a leading 9 are other documents with the same layout (§6, §7). */
function otherDocumentType(value: string): 'hk-mo-tw-permit' | 'foreign-permanent-id' | null {
  if (/^8[123]/.test(value)) return 'hk-mo-tw-permit';
  if (value.startsWith('9')) return 'foreign-permanent-id';
  return null;
}

/** 居民身份证号码, GB 11643-1999: 6 address + 8 birth date + 3 sequence + MOD 11-2 check (§5). */
export function checkResidentId(raw: string, today: Date): Outcome {
  const shape = checkShape(raw, /[0-9X]/, [18]);
  if (shape) return { type: 'resident-id', findings: [shape] };
  if (!/^\d{17}[\dX]$/.test(raw)) return { type: 'resident-id', findings: [{ code: 'E_FORMAT' }] };
  const other = otherDocumentType(raw);
  if (other) {
    return {
      type: 'resident-id',
      findings: [{ code: 'E_WRONG_TYPE', params: { other } }],
      suggestion: { kind: 'type', type: other, message: typeSuggestion(other) },
    };
  }

  const details: IdDetails = {};
  const findings = [...addressFindings(raw.slice(0, 6), details), ...birthFindings(raw.slice(6, 14), today, details)];
  details.sex = sexFromSequenceDigit(raw.charAt(16));
  if (mod11_2CheckChar(raw.slice(0, 17)) !== raw.charAt(17)) findings.push({ code: 'E_CHECK' });
  return { type: 'resident-id', findings: order(findings), details };
}

/**
 * 15-digit numbers (GB 11643-1989): 6 address + YYMMDD + 3 sequence, no check character (§5.5).
 * Years are 19YY; the 1989 standard used sequence 996-999 for centenarians, who may be 18YY.
 */
export function checkResidentId15(raw: string, today: Date): Outcome {
  // Only digits: a 15-digit number has no check character, so an X is as wrong as any letter.
  const shape = checkShape(raw, /[0-9]/, [15]);
  if (shape) return { type: 'resident-id-15', findings: [shape] };

  const details: IdDetails = {};
  const findings = order([
    ...addressFindings(raw.slice(0, 6), details),
    ...birthFindings(`19${raw.slice(6, 12)}`, today, details, '7-12'),
  ]);
  details.sex = sexFromSequenceDigit(raw.charAt(14));
  const outcome: Outcome = { type: 'resident-id-15', findings, details };
  if (!findings.some((f) => f.code.startsWith('E_'))) {
    const upgraded = upgradeResidentId15(raw);
    const centenarian = Number(raw.slice(12, 15)) >= 996;
    outcome.suggestion = {
      kind: 'upgrade-18',
      value: upgraded,
      message: {
        'zh-CN':
          `社保、个税等系统一般要求填写 18 位身份证号码。按这个 15 位号码换算，18 位号码应为 ${upgraded}，请与身份证核对后再填写。` +
          (centenarian ? '顺序码 996-999 是旧标准给百岁老人用的，出生年份可能是 18xx 年，换算结果可能不对。' : ''),
        en:
          `Social-insurance and tax systems usually need the 18-digit ID number. Converted from these 15 digits it would be ${upgraded}; compare it with the ID card before using it.` +
          (centenarian
            ? ' Sequence 996-999 was used for people over 100, who may be born in the 1800s: the conversion may then be wrong.'
            : ''),
      },
    };
  }
  return outcome;
}

/** 15 → 18 digits: insert "19" before the YYMMDD and append the MOD 11-2 check (§5.5). */
export function upgradeResidentId15(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + (mod11_2CheckChar(first17) ?? '');
}

/** Errors first, then warnings, each in rule order. */
export function order(findings: Finding[]): Finding[] {
  return [...findings.filter((f) => f.code.startsWith('E_')), ...findings.filter((f) => f.code.startsWith('W_'))];
}

function typeSuggestion(other: 'hk-mo-tw-permit' | 'foreign-permanent-id') {
  return other === 'hk-mo-tw-permit'
    ? {
        'zh-CN': '请把证件类型改为“港澳台居民居住证”。',
        en: 'Choose the document type “HK/Macao/Taiwan residence permit”.',
      }
    : {
        'zh-CN': '请把证件类型改为“外国人永久居留身份证”。',
        en: 'Choose the document type “foreigner’s permanent residence ID card”.',
      };
}
