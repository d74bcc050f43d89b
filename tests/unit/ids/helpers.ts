import fc from 'fast-check';
import { mod11_2CheckChar, orgCodeCheckChar, USCC_ALPHABET, usccCheckChar } from '../../../src/core/ids/checksums';
import { REGION_HISTORY } from '../../../src/core/ids/data/region-history';
import { USCC_DEPARTMENTS } from '../../../src/core/ids/uscc-categories';

/** Test helpers that build valid numbers with the exported check functions (no hard-coded answers). */

export function withUsccCheck(first17: string): string {
  const c = usccCheckChar(first17);
  if (c === null) throw new Error(`not a USCC prefix: ${first17}`);
  return first17 + c;
}

export function withIdCheck(first17: string): string {
  const c = mod11_2CheckChar(first17);
  if (c === null) throw new Error(`not 17 digits: ${first17}`);
  return first17 + c;
}

export function withOrgCheck(body8: string): string {
  const c = orgCodeCheckChar(body8);
  if (c === null) throw new Error(`not an org-code body: ${body8}`);
  return body8 + c;
}

const pairs = Object.entries(USCC_DEPARTMENTS).flatMap(([d, dept]) => Object.keys(dept.categories).map((c) => d + c));

/** A real region code: any code of the historical GB/T 2260 list. */
const listedRegions = REGION_HISTORY.split(' ').flatMap((word) =>
  Array.from({ length: (word.length - 4) / 2 }, (_, i) => word.slice(0, 4) + word.slice(4 + 2 * i, 6 + 2 * i)),
);
export const regionArb = fc.constantFrom(...listedRegions);

/** Valid USCCs: a known category pair, a plausible region, a GB 11714 body with its check, the MOD 31 check. */
export const usccArb = fc
  .tuple(
    fc.constantFrom(...pairs),
    regionArb,
    fc.array(fc.constantFrom(...USCC_ALPHABET), { minLength: 8, maxLength: 8 }).map((a) => a.join('')),
  )
  .map(([pair, region, body]) => withUsccCheck(pair + region + withOrgCheck(body)));

// Births 1910-2025: every one is a real, not-future date under 120 years old on TODAY.
const dateArb = fc
  .date({ min: new Date(Date.UTC(1910, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));

/** Valid 18-digit resident IDs. */
export const residentIdArb = fc
  .tuple(regionArb, dateArb, fc.integer({ min: 0, max: 999 }))
  .map(([region, date, seq]) => withIdCheck(region + date + String(seq).padStart(3, '0')));

/** A fixed date for tests that depend on "today". */
export const TODAY = new Date(2026, 10, 27);
