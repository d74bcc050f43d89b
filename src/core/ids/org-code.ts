import { orgCodeCheckChar } from './checksums';
import { checkShape } from './shape';
import type { Finding, Outcome } from './types';

/** The printed form `XXXXXXXX-X` is official (GB 11714 §2.2), so this hyphen is not an input error. */
const PRINTED = /^[0-9A-Z]{8}-[0-9A-Z]$/;

/** The string the org-code rules see: the printed form without its hyphen, anything else as typed. */
export function orgCodeCanonical(raw: string): string {
  return PRINTED.test(raw) ? raw.replace('-', '') : raw;
}

/**
 * 组织机构代码, GB 11714-1997 (identifiers.md §3): 8 characters (digits or any capital letter) + check (0-9 or X).
 */
export function checkOrgCode(raw: string): Outcome {
  return { type: 'org-code', findings: orgCodeFindings(orgCodeCanonical(raw)) };
}

/** Rules for a 9-character org code; also used for the org code inside a 15-character taxpayer number. */
export function orgCodeFindings(code: string): Finding[] {
  const shape = checkShape(code, /[0-9A-Z]/, [9]);
  if (shape) return [shape];
  const findings: Finding[] = [];
  // A check character other than 0-9/X can never be right; it is reported like any other check mismatch.
  if (orgCodeCheckChar(code.slice(0, 8)) !== code.charAt(8)) findings.push({ code: 'E_CHECK' });
  // PDY00001-PDY99999 is the range for internal self-defined codes, not valid between systems (§3).
  if (/^PDY\d{5}$/.test(code.slice(0, 8)) && code.slice(3, 8) !== '00000') {
    findings.push({ code: 'W_RESERVED_RANGE' });
  }
  return findings;
}
