/**
 * The in-page check of what the user typed into the page's credit-code or ID field, before they click 登录.
 * Only the format and check-character rules of src/core/ids, not its region tables or texts, so the page bundle
 * stays small. It names a problem only when the value cannot be right: every problem named here is one that
 * `checkId` (src/core/ids) also calls an error, which tests/unit/content/fill-check.test.ts proves on generated
 * values. A value that passes here may still be wrong in ways only the full check (in the popup) can tell.
 */
import type { FillField } from '../../core/checklist/types';
import { mod11_2CheckChar, usccCheckChar } from '../../core/ids/checksums';
import { normalizeId } from '../../core/ids/normalize';

export type ValueProblem = { reason: 'charset' | 'letter' | 'check' } | { reason: 'length'; length: number };

/**
 * Early Fuzhou/Xiamen pilot codes fail their check legally: the test of `isFujianPilot` in src/core/ids/uscc.ts,
 * repeated because that module pulls the region tables into the page bundle.
 */
const FUJIAN_PILOT = /^..350[12]\d\dM/;
const ID18 = /^\d{17}[\dX]$/;

const idCheckFails = (n: string) => mod11_2CheckChar(n.slice(0, 17)) !== n.charAt(17);

/**
 * The company field: an 18-character credit code, or an individual's 18-digit ID number used as taxpayer number.
 * Old taxpayer numbers (15, 17, 20) and organisation codes (9) are left to the full check.
 */
function creditCodeProblem(n: string): ValueProblem | null {
  if (!/^[0-9A-Z]+$/.test(n)) return { reason: 'charset' };
  if (![9, 15, 17, 18, 20].includes(n.length)) return { reason: 'length', length: n.length };
  if (n.length !== 18) return null;
  if (/[IOZSV]/.test(n)) return { reason: 'letter' };
  if (usccCheckChar(n.slice(0, 17)) === n.charAt(17) || FUJIAN_PILOT.test(n)) return null;
  return ID18.test(n) && !idCheckFails(n) ? null : { reason: 'check' };
}

/**
 * The agent's ID field. All 18-character ID documents (resident ID, HK/Macao/Taiwan residence permit, the 2023
 * foreigner card) end in an MOD 11-2 check; 15-character ones (old ID, 2017 foreigner card) have none.
 * `mixed`: the field also takes a phone number, a user name or other documents — only an 18-digit number is checked.
 */
function agentIdProblem(n: string, mixed: boolean): ValueProblem | null {
  if (mixed) return ID18.test(n) && idCheckFails(n) ? { reason: 'check' } : null;
  if (/^[A-Z]{3}\d{12}$/.test(n)) return null;
  if (!/^\d+X?$/.test(n)) return { reason: 'charset' };
  if (n.length !== 15 && n.length !== 18) return { reason: 'length', length: n.length };
  return n.length === 18 && idCheckFails(n) ? { reason: 'check' } : null;
}

/** Spaces, hyphens, full-width characters and lower case are forgiven: the note is about real typos only. */
export function valueProblem(value: string, field: FillField, mixed = false): ValueProblem | null {
  // real identifiers have at most 20 characters; a long paste is not worth more work than its length
  if (value.length > 64) return mixed ? null : { reason: 'length', length: value.length };
  const n = normalizeId(value);
  if (n === '') return null;
  return field === 'credit-code' ? creditCodeProblem(n) : agentIdProblem(n, mixed);
}
