import type { Localized } from '../categories';
import { orgCodeFindings } from './org-code';
import { isPlausibleRegion, mainlandProvince } from './regions';
import { checkResidentId, checkResidentId15, order } from './resident-id';
import { checkShape } from './shape';
import { checkUscc } from './uscc';
import type { Finding, IdDetails, Outcome } from './types';

const LEGACY_NOTE: Localized = {
  'zh-CN': '这是旧版纳税人识别号。电子税务局现在一般要求填写 18 位统一社会信用代码，登录不成功时请改用它。',
  en: 'This is an old-style taxpayer number. The e-tax portal now usually expects the 18-character unified social credit code; use that if the login fails.',
};

/**
 * 纳税人识别号 (identifiers.md §4). Each length is a different composition; every part is checked with the rules
 * of the identifier it is made of. The result keeps the type `taxpayer-id`; `details.form` says which form.
 */
export function checkTaxpayerId(raw: string, today: Date): Outcome {
  const shape = checkShape(raw, /[0-9A-Z]/, [15, 17, 18, 20]);
  if (shape) return { type: 'taxpayer-id', findings: [shape] };
  switch (raw.length) {
    case 15:
      return legacy15(raw);
    case 17:
      // Listed as an allowed length by the rule texts, composition undocumented: accept as legacy (§4).
      return { type: 'taxpayer-id', findings: [], details: { form: 'legacy-17' }, note: LEGACY_NOTE };
    case 18:
      return form18(raw, today);
    default:
      return form20(raw, today);
  }
}

/** Pre-2015 entity number: 6-digit region + 9-character org code (hyphen dropped). */
function legacy15(raw: string): Outcome {
  const region = raw.slice(0, 6);
  if (!/^\d{6}$/.test(region)) return { type: 'taxpayer-id', findings: [{ code: 'E_FORMAT' }] };
  const details: IdDetails = { form: 'region+org-code' };
  const findings: Finding[] = [];
  const province = mainlandProvince(region.slice(0, 2));
  if (!province) findings.push({ code: 'E_PROVINCE', params: { province: region.slice(0, 2), position: '1-2' } });
  else {
    details.region = { code: region, label: province };
    if (!isPlausibleRegion(region)) findings.push({ code: 'W_REGION_UNKNOWN', params: { region } });
  }
  findings.push(...orgCodeFindings(raw.slice(6)));
  return { type: 'taxpayer-id', findings: order(findings), details, note: LEGACY_NOTE };
}

/**
 * 18 characters: a USCC (entities since 2015) or the holder's resident ID (individuals). A digits-only value can be
 * either; the birth-date field decides which rules explain an error better.
 */
function form18(raw: string, today: Date): Outcome {
  const asId = /^\d{17}[\dX]$/.test(raw) ? checkResidentId(raw, today) : null;
  const asUscc = checkUscc(raw);
  const hasError = (o: Outcome) => o.findings.some((f) => f.code.startsWith('E_'));
  let chosen = asUscc;
  if (asId && hasError(asUscc) && (!hasError(asId) || asId.details?.birthDate !== undefined)) chosen = asId;
  return {
    type: 'taxpayer-id',
    findings: chosen.findings,
    details: { ...chosen.details, form: chosen.type },
    ...(chosen.suggestion ? { suggestion: chosen.suggestion } : {}),
  };
}

/** Individual business (old rule): 18-digit ID + 2-digit sequence, or 15-digit ID + "00000". */
function form20(raw: string, today: Date): Outcome {
  const as18 = /^\d{17}[\dX]\d\d$/.test(raw) ? checkResidentId(raw.slice(0, 18), today) : null;
  const as15 = /^\d{15}00000$/.test(raw) ? checkResidentId15(raw.slice(0, 15), today) : null;
  const hasError = (o: Outcome) => o.findings.some((f) => f.code.startsWith('E_'));
  const chosen = as18 && (!hasError(as18) || !as15 || hasError(as15)) ? as18 : as15;
  if (!chosen) return { type: 'taxpayer-id', findings: [{ code: 'E_FORMAT' }] };
  return {
    type: 'taxpayer-id',
    findings: chosen.findings,
    details: { ...chosen.details, form: chosen === as18 ? 'resident-id+2' : 'resident-id-15+00000' },
    note: LEGACY_NOTE,
  };
}
