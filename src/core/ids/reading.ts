/**
 * Which document a value of unknown type most likely is (the CLI without --type). Letters, lengths and the 2017
 * foreigner shape decide most values (detect.ts). Digits-only values of 15 or 18 characters can be a credit code or
 * an ID document; then both readings are checked and the likelier one is reported: one that passes, else one whose
 * only fault is its check character (one mistyped character) over one whose structure is impossible (a birth date
 * of 0060-00-37, an unknown province). When both readings are equally likely the answer says so.
 */
import type { Localized } from '../categories';
import { looksLikeCompany } from './detect';
import { checkId, normalizeId, type CheckIdOptions } from './index';
import { TYPE_LABELS } from './messages';
import type { ConcreteIdType, IdResult } from './types';

export interface Reading {
  result: IdResult;
  /** the other reading, when it is as likely as the one reported */
  alternative?: IdResult;
}

/** 0 = passes (warnings at most), 1 = only the check character is wrong, 2 = the structure is impossible */
function faultLevel(result: IdResult): number {
  if (result.severity !== 'error') return 0;
  return result.codes.every((code) => code === 'E_CHECK' || code.startsWith('W_')) ? 1 : 2;
}

export function likelyReading(value: string, options: CheckIdOptions = {}): Reading {
  const kind = looksLikeCompany(value.length <= 256 ? normalizeId(value) : '');
  if (kind === true) return { result: checkId(value, 'company', options) };
  const asPerson = checkId(value, 'person', options);
  if (kind !== 'ambiguous') return { result: asPerson };
  const asCompany = checkId(value, 'company', options);
  // an individual's ID number read as their taxpayer number is the same document, not a second reading
  if (asCompany.type === 'taxpayer-id') return { result: asPerson };
  const person = faultLevel(asPerson);
  const company = faultLevel(asCompany);
  if (company < person) return { result: asCompany };
  if (person < company) return { result: asPerson };
  return { result: asPerson, alternative: asCompany };
}

/** The reported reading's message with a sentence about the other reading. */
export function withAlternative(reading: Reading): Localized {
  const { result, alternative } = reading;
  if (!alternative) return result.message;
  const other = TYPE_LABELS[alternative.type as ConcreteIdType];
  const passes = alternative.severity !== 'error';
  return {
    'zh-CN': `${result.message['zh-CN']}（这个号码也可以读作${other['zh-CN']}，${passes ? '按那种读法它是正确的' : '按那种读法它同样没有通过校验'}；请确认是哪一种证件或代码。）`,
    en: `${result.message.en} (The number can also be read as a ${other.en}; ${passes ? 'read that way it is well-formed' : 'read that way it fails its check as well'}. Please confirm which document it is.)`,
  };
}
