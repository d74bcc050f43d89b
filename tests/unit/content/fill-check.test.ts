import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueProblem } from '../../../src/content/fill/value-check';
import { checkId, normalizeId } from '../../../src/core/ids';
import { USCC_ALPHABET } from '../../../src/core/ids/checksums';
import { readExample } from '../examples';
import { residentIdArb, TODAY, usccArb, withIdCheck, withUsccCheck } from '../ids/helpers';

/*
 * The in-page note speaks only when a value cannot be right, and it runs a trimmed copy of the identifier rules.
 * The promise it must keep: whenever it names a problem, the full check (src/core/ids) calls the value an error.
 * The other way round it may stay silent (region codes and dates are left to the popup).
 */

interface Sample {
  type: string;
  value: string;
  expect: 'ok' | 'warning' | 'error';
}
const samples = readExample<Sample[]>('ids-sample.json');
const COMPANY_TYPES = new Set(['uscc', 'org-code', 'taxpayer-id']);
const PERSON_TYPES = new Set(['resident-id', 'resident-id-15', 'hk-mo-tw-permit', 'foreign-permanent-id']);

const fullError = (value: string, type: 'company' | 'person') =>
  checkId(normalizeId(value), type, { today: TODAY }).severity === 'error';

/** One character replaced, two swapped, one dropped or one added: the typos people make. */
const typoArb = (valid: fc.Arbitrary<string>, alphabet: string) =>
  fc
    .tuple(
      valid,
      fc.nat(17),
      fc.nat(17),
      fc.constantFrom(...alphabet),
      fc.constantFrom('replace', 'swap', 'drop', 'add'),
    )
    .map(([v, i, j, ch, kind]) => {
      if (kind === 'replace') return v.slice(0, i) + ch + v.slice(i + 1);
      if (kind === 'drop') return v.slice(0, i) + v.slice(i + 1);
      if (kind === 'add') return v.slice(0, i) + ch + v.slice(i);
      const a = [...v];
      [a[i], a[j]] = [a[j]!, a[i]!];
      return a.join('');
    });

describe('in-page value check', () => {
  it('names a problem in the company field only when the full check says error', () => {
    const anything = fc.oneof(
      typoArb(usccArb, `${USCC_ALPHABET}IOZSV -a`),
      typoArb(residentIdArb, '0123456789X'),
      fc.string({ maxLength: 24 }),
    );
    fc.assert(
      fc.property(anything, (value) => {
        if (valueProblem(value, 'credit-code')) expect(fullError(value, 'company')).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('names a problem in the ID field only when the full check says error, in plain and mixed fields', () => {
    const anything = fc.oneof(
      typoArb(residentIdArb, '0123456789X'),
      fc.string({ maxLength: 24 }),
      fc.stringMatching(/^[0-9X]{10,20}$/),
    );
    fc.assert(
      fc.property(anything, fc.boolean(), (value, mixed) => {
        if (valueProblem(value, 'agent-id', mixed)) expect(fullError(value, 'person')).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('stays silent on every right value of the real-data sample, and on valid generated ones', () => {
    for (const { type, value, expect: verdict } of samples) {
      if (verdict === 'error') continue;
      if (COMPANY_TYPES.has(type)) expect(valueProblem(value, 'credit-code'), value).toBeNull();
      if (PERSON_TYPES.has(type)) expect(valueProblem(value, 'agent-id'), value).toBeNull();
    }
    fc.assert(fc.property(usccArb, (code) => valueProblem(code, 'credit-code') === null));
    fc.assert(fc.property(residentIdArb, (id) => valueProblem(id, 'agent-id') === null));
  });

  it('forgives spaces, hyphens, full-width characters and lower case', () => {
    expect(valueProblem(' 91110000600037341l ', 'credit-code')).toBeNull();
    expect(valueProblem('９１１１００００６０００３７３４１Ｌ', 'credit-code')).toBeNull();
    const id = withIdCheck('11010519491001001');
    expect(valueProblem(`${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`, 'agent-id')).toBeNull();
  });

  it('catches most single-character typos of a credit code and an ID number', () => {
    const codes = fc.sample(typoArb(usccArb, USCC_ALPHABET), { numRuns: 2000, seed: 8 });
    const ids = fc.sample(typoArb(residentIdArb, '0123456789'), { numRuns: 2000, seed: 8 });
    const caught = (values: string[], field: 'credit-code' | 'agent-id', type: 'company' | 'person') => {
      const wrong = values.filter((v) => fullError(v, type));
      return wrong.filter((v) => valueProblem(v, field)).length / wrong.length;
    };
    // what the full check catches and the note does not: region codes, birth dates (left to the popup)
    expect(caught(codes, 'credit-code', 'company')).toBeGreaterThan(0.9);
    expect(caught(ids, 'agent-id', 'person')).toBeGreaterThan(0.85);
  });

  it('says why: charset, forbidden letter, length, check character', () => {
    const code = withUsccCheck('91110000600037341');
    expect(valueProblem(`${code.slice(0, 10)}库${code.slice(11)}`, 'credit-code')).toEqual({ reason: 'charset' });
    expect(valueProblem(`${code.slice(0, 5)}O${code.slice(6)}`, 'credit-code')).toEqual({ reason: 'letter' });
    expect(valueProblem(code.slice(0, 16), 'credit-code')).toEqual({ reason: 'length', length: 16 });
    const last = code.at(-1) === '0' ? '1' : '0';
    expect(valueProblem(code.slice(0, 17) + last, 'credit-code')).toEqual({ reason: 'check' });
    const id = withIdCheck('11010519491001001');
    expect(valueProblem(id.slice(0, 17), 'agent-id')).toEqual({ reason: 'length', length: 17 });
    expect(valueProblem(`${id.slice(0, 3)}A${id.slice(4)}`, 'agent-id')).toEqual({ reason: 'charset' });
    const wrongCheck = id.slice(0, 17) + (id.at(-1) === '0' ? '1' : '0');
    expect(valueProblem(wrongCheck, 'agent-id')).toEqual({ reason: 'check' });
  });

  it('in a field that also takes phone numbers and user names, judges only full 18-character numbers', () => {
    expect(valueProblem('13800138000', 'agent-id', true)).toBeNull();
    expect(valueProblem('zhangsan_2024', 'agent-id', true)).toBeNull();
    expect(valueProblem('1101051949100100', 'agent-id', true)).toBeNull();
    const id = withIdCheck('11010519491001001');
    expect(valueProblem(id.slice(0, 17) + (id.at(-1) === '0' ? '1' : '0'), 'agent-id', true)).toEqual({
      reason: 'check',
    });
  });

  it('an individual business may use its ID number as taxpayer number', () => {
    expect(valueProblem(withIdCheck('11010519491001001'), 'credit-code')).toBeNull();
  });

  it('bounds pasted junk by its length', () => {
    expect(valueProblem('9'.repeat(10_000), 'credit-code')).toEqual({ reason: 'length', length: 10_000 });
    expect(valueProblem('9'.repeat(10_000), 'agent-id', true)).toBeNull();
  });
});
