import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkId, ERROR_CODES, ID_TYPES, WARNING_CODES } from '../../../src/core/ids/index';
import { mod11_2CheckChar, USCC_ALPHABET, usccCheckChar } from '../../../src/core/ids/checksums';
import { isFujianPilot } from '../../../src/core/ids/uscc';
import { residentIdArb, TODAY, usccArb } from './helpers';

const today = TODAY;

function substitutions(value: string, alphabet: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    for (const c of alphabet) if (c !== value[i]) out.push(value.slice(0, i) + c + value.slice(i + 1));
  }
  return out;
}

function transpositions(value: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < value.length; i++) {
    if (value[i] !== value[i + 1]) out.push(value.slice(0, i) + value[i + 1] + value[i] + value.slice(i + 2));
  }
  return out;
}

describe('USCC typo detection', () => {
  it('generated codes are valid (the generator itself is right)', () => {
    fc.assert(
      fc.property(usccArb, (code) => {
        expect(checkId(code, 'uscc').severity).toBe('ok');
      }),
      { numRuns: 200 },
    );
  });

  it('catches every single-character substitution and every adjacent transposition', () => {
    // Substitutions include the forbidden letters and a lowercase letter: those must be caught too.
    fc.assert(
      fc.property(usccArb, (code) => {
        for (const typo of [...substitutions(code, `${USCC_ALPHABET}IOZSVa`), ...transpositions(code)]) {
          const r = checkId(typo, 'uscc');
          // Fuzhou/Xiamen M-codes fail the check legally, so there it is a warning (W_PILOT_CHECK), never "ok".
          if (isFujianPilot(typo) && r.severity === 'warning') expect(r.codes).toContain('W_PILOT_CHECK');
          else expect(r.severity, typo).toBe('error');
        }
      }),
      { numRuns: 40 },
    );
  });

  it('never reveals the computed check character', () => {
    fc.assert(
      fc.property(usccArb, fc.nat(16), fc.constantFrom(...USCC_ALPHABET), (code, pos, c) => {
        fc.pre(code[pos] !== c);
        const typo = code.slice(0, pos) + c + code.slice(pos + 1);
        const r = checkId(typo, 'uscc');
        fc.pre(r.codes.includes('E_CHECK'));
        // The "repaired" number: the typo with its last character recomputed. It must appear nowhere.
        const repaired = typo.slice(0, 17) + (usccCheckChar(typo.slice(0, 17)) ?? '');
        expect(JSON.stringify(r)).not.toContain(repaired);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resident ID typo detection', () => {
  it('generated IDs are valid', () => {
    fc.assert(
      fc.property(residentIdArb, (id) => {
        expect(checkId(id, 'resident-id', { today }).severity).toBe('ok');
      }),
      { numRuns: 200 },
    );
  });

  it('catches every single-character substitution and every adjacent transposition', () => {
    fc.assert(
      fc.property(residentIdArb, (id) => {
        for (const typo of [...substitutions(id, '0123456789X'), ...transpositions(id)]) {
          expect(checkId(typo, 'resident-id', { today }).severity, typo).toBe('error');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never reveals the computed check character', () => {
    fc.assert(
      fc.property(residentIdArb, fc.nat(16), fc.integer({ min: 0, max: 9 }), (id, pos, d) => {
        fc.pre(id[pos] !== String(d));
        const typo = id.slice(0, pos) + String(d) + id.slice(pos + 1);
        const r = checkId(typo, 'resident-id', { today });
        fc.pre(r.codes.includes('E_CHECK'));
        const repaired = typo.slice(0, 17) + (mod11_2CheckChar(typo.slice(0, 17)) ?? '');
        expect(JSON.stringify(r)).not.toContain(repaired);
      }),
      { numRuns: 300 },
    );
  });
});

const KNOWN_CODES = new Set<string>([...ERROR_CODES, ...WARNING_CODES]);

function assertWellFormed(value: string, type: (typeof ID_TYPES)[number]) {
  const r = checkId(value, type, { today });
  expect(r.input).toBe(value);
  expect(['ok', 'warning', 'error']).toContain(r.severity);
  expect(r.valid).toBe(r.severity !== 'error');
  for (const c of r.codes) expect(KNOWN_CODES.has(c)).toBe(true);
  expect(r.severity === 'ok').toBe(r.codes.length === 0);
  expect(r.message['zh-CN'].length).toBeGreaterThan(0);
  expect(r.message.en.length).toBeGreaterThan(0);
  if (type !== 'company' && type !== 'person') expect(r.type).toBe(type);
}

describe('arbitrary input', () => {
  it('never throws on any Unicode string, for every type', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom(...ID_TYPES), assertWellFormed),
      { numRuns: 3000 },
    );
  });

  it('never throws on long strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 200, maxLength: 5000 }),
        fc.constantFrom(...ID_TYPES),
        assertWellFormed,
      ),
      { numRuns: 100 },
    );
  });

  it('never throws on near-miss identifiers (digits, letters, full-width, dashes, zero-width)', () => {
    const chars = [...'0123456789XABCMNOPYZxl -－１２Ｘ\u200b\u00a0\u3000\ufeff×'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chars), { maxLength: 24 }).map((a) => a.join('')),
        fc.constantFrom(...ID_TYPES),
        assertWellFormed,
      ),
      { numRuns: 3000 },
    );
  });
});

describe('performance', () => {
  it('checks a value in well under 1 ms', () => {
    const inputs = fc.sample(
      fc.oneof(
        usccArb,
        residentIdArb,
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.array(fc.constantFrom(...'0123456789XM -Ｘ'), { maxLength: 20 }).map((a) => a.join('')),
      ),
      { numRuns: 2000, seed: 42 },
    );
    const types = ID_TYPES;
    for (let i = 0; i < 200; i++) checkId(inputs[i % inputs.length] ?? '', types[i % types.length] ?? 'uscc'); // warm up
    const times: number[] = [];
    inputs.forEach((value, i) => {
      const t0 = performance.now();
      checkId(value, types[i % types.length] ?? 'uscc', { today });
      times.push(performance.now() - t0);
    });
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? Infinity;
    const p99 = times[Math.floor(times.length * 0.99)] ?? Infinity;
    const average = times.reduce((a, b) => a + b, 0) / times.length;
    // Generous bounds for a loaded 2-core CI machine; a typical call takes a few microseconds.
    expect(median).toBeLessThan(0.5);
    expect(average).toBeLessThan(1);
    expect(p99).toBeLessThan(5);
  });
});
