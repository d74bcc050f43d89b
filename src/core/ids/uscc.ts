import { usccCheckChar, orgCodeCheckChar } from './checksums';
import { checkShape } from './shape';
import { isPlausibleRegion, mainlandProvince, NATIONAL_LABEL, NATIONAL_REGION } from './regions';
import { usccCategoryLabel } from './uscc-categories';
import type { Finding, IdDetails, Outcome } from './types';

/**
 * 统一社会信用代码, GB 32100-2015 (identifiers.md §2). Rules run in the order of §2.7.
 * 18 characters: dept + category (2), registration region (6 digits), org-code body + its check (9), check (1).
 */
export function checkUscc(raw: string): Outcome {
  const shape = checkShape(raw, /[0-9A-Z]/, [18]);
  if (shape) return { type: 'uscc', findings: [shape] };
  // I, O, Z, S, V have no value in the check table: nothing else can be computed.
  if (/[IOZSV]/.test(raw)) return { type: 'uscc', findings: [{ code: 'E_FORBIDDEN_LETTER' }] };

  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const details: IdDetails = {};
  const region = raw.slice(2, 8);
  const regionIsDigits = /^\d{6}$/.test(region);
  if (!regionIsDigits) errors.push({ code: 'E_REGION_NOT_DIGITS' });

  const wholeCheckPasses = usccCheckChar(raw.slice(0, 17)) === raw.charAt(17);
  if (!wholeCheckPasses) {
    if (isFujianPilot(raw)) warnings.push({ code: 'W_PILOT_CHECK' });
    else errors.push({ code: 'E_CHECK' });
  }

  if (regionIsDigits) {
    const province = mainlandProvince(region.slice(0, 2));
    if (region === NATIONAL_REGION) {
      details.region = { code: region, label: NATIONAL_LABEL };
    } else if (!province) {
      errors.push({ code: 'E_PROVINCE', params: { province: region.slice(0, 2), position: '3-4' } });
    } else {
      details.region = { code: region, label: province };
      if (!isPlausibleRegion(region)) warnings.push({ code: 'W_REGION_UNKNOWN', params: { region } });
    }
  }

  const pair = raw.slice(0, 2);
  const category = usccCategoryLabel(pair);
  if (category) details.category = { code: pair, label: category };
  else warnings.push({ code: 'W_CATEGORY', params: { pair } });

  // Positions 9-17 are a GB 11714 org code (letters valued A=10…Z=35, §2.6). A failure here cannot be a typo once
  // the MOD 31 check passed, and real codes are not known to fail it, so it is only a warning. Asked only when the
  // whole code passes its check: otherwise the typo explains both, and the warning's "the whole code passes" would
  // contradict the error beside it.
  if (wholeCheckPasses && orgCodeCheckChar(raw.slice(8, 16)) !== raw.charAt(16))
    warnings.push({ code: 'W_ORG_BODY_CHECK' });

  return { type: 'uscc', findings: [...errors, ...warnings], details };
}

/**
 * Early Fuzhou (3501xx) and Xiamen (3502xx) pilot codes with an M… body are legal although their MOD 31 check
 * fails (§2.8: bluesky335/IDCheck, hutool). Only for these the failed check is a warning.
 */
export function isFujianPilot(code: string): boolean {
  return /^..350[12]\d\dM/.test(code);
}
