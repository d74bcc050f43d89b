import { icao731CheckDigit, mod11_2CheckChar } from './checksums';
import { isIsoAlpha3, isoAlpha3ForNumeric } from './countries';
import { isRealDate, todayYmd } from './dates';
import { mainlandProvince } from './regions';
import { birthFindings, order, sexFromSequenceDigit } from './resident-id';
import { checkShape } from './shape';
import type { Finding, IdDetails, Outcome } from './types';

/**
 * 外国人永久居留身份证 (identifiers.md §7). Two forms are in use side by side:
 * - 2023 (18): 9 + province (2) + ISO 3166-1 numeric nationality (3) + YYYYMMDD + sequence (3) + MOD 11-2 check;
 * - 2017 (15): ISO alpha-3 nationality + province (2) + city (2) + YYMMDD + sequence (1) + check (1).
 */
export function checkForeignPermanentId(raw: string, today: Date): Outcome {
  const shape = checkShape(raw, /[0-9A-Z]/, [15, 18]);
  if (shape) return { type: 'foreign-permanent-id', findings: [shape] };
  if (/^9\d{16}[\dX]$/.test(raw)) return check2023(raw, today);
  if (/^[A-Z]{3}\d{12}$/.test(raw)) return check2017(raw, today);
  return { type: 'foreign-permanent-id', findings: [{ code: 'E_FORMAT' }] };
}

function provinceFindings(code: string, position: string, details: IdDetails): Finding[] {
  const name = mainlandProvince(code);
  if (!name) return [{ code: 'E_PROVINCE', params: { province: code, position } }];
  details.region = { code, label: name };
  return [];
}

function check2023(raw: string, today: Date): Outcome {
  const details: IdDetails = { form: '2023' };
  const findings = provinceFindings(raw.slice(1, 3), '2-3', details);
  const nationality = raw.slice(3, 6);
  details.nationality = nationality;
  if (!isoAlpha3ForNumeric(nationality)) findings.push({ code: 'W_NATIONALITY_UNKNOWN', params: { nationality } });
  findings.push(...birthFindings(raw.slice(6, 14), today, details));
  details.sex = sexFromSequenceDigit(raw.charAt(16));
  if (mod11_2CheckChar(raw.slice(0, 17)) !== raw.charAt(17)) findings.push({ code: 'E_CHECK' });
  return { type: 'foreign-permanent-id', findings: order(findings), details };
}

function check2017(raw: string, today: Date): Outcome {
  const details: IdDetails = { form: '2017' };
  const nationality = raw.slice(0, 3);
  details.nationality = nationality;
  const findings: Finding[] = [];
  if (!isIsoAlpha3(nationality)) findings.push({ code: 'W_NATIONALITY_UNKNOWN', params: { nationality } });
  findings.push(...provinceFindings(raw.slice(3, 5), '4-5', details));
  findings.push(...birthFindings2017(raw.slice(7, 13), today, details));
  // The 7-3-1 rule comes from open implementations only, and the official specimen CAN110081080319 fails it:
  // never block on it (§7.2). Sex is not derived either: that specimen's odd sequence belongs to a woman.
  if (icao731CheckDigit(raw.slice(0, 14)) !== raw.charAt(14)) findings.push({ code: 'W_CHECK_731' });
  return { type: 'foreign-permanent-id', findings: order(findings), details };
}

/** YYMMDD without a century: accept it when it is a real, not-future date in the 20xx or the 19xx century. */
function birthFindings2017(yymmdd: string, today: Date, details: IdDetails): Finding[] {
  const now = todayYmd(today);
  const candidates = [`20${yymmdd}`, `19${yymmdd}`];
  for (const full of candidates) {
    const y = Number(full.slice(0, 4));
    const ymd = { y, m: Number(full.slice(4, 6)), d: Number(full.slice(6, 8)) };
    const notFuture = y < now.y || (y === now.y && (ymd.m < now.m || (ymd.m === now.m && ymd.d <= now.d)));
    if (isRealDate(ymd) && notFuture) return birthFindings(full, today, details, '8-13');
  }
  // Neither century gives a usable date; report it as written in the 19xx reading.
  return birthFindings(`19${yymmdd}`, today, details, '8-13');
}
