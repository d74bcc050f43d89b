import { readExample } from '../examples';
import { describe, expect, it } from 'vitest';
import { checkId, isIdType } from '../../../src/core/ids/index';

interface Vector {
  type: string;
  value: string;
  expect: 'ok' | 'warning' | 'error';
  codes: string[];
  normalized: string | null;
  note: string;
}

const vectors = readExample<Vector[]>('ids-sample.json');

// The vectors were made before this date; a fixed "today" keeps future-date and age rules stable.
const today = new Date(2026, 10, 27);

describe('ids-sample.json vectors', () => {
  it('loads a non-trivial set covering every concrete type', () => {
    expect(vectors.length).toBeGreaterThan(100);
    expect(new Set(vectors.map((v) => v.type)).size).toBe(7);
  });

  it.each(vectors.map((v) => [`${v.type} ${JSON.stringify(v.value)} ${v.note}`, v] as const))('%s', (_name, v) => {
    if (!isIdType(v.type)) throw new Error(`unknown type in vectors: ${v.type}`);
    const r = checkId(v.value, v.type, { today });
    expect(r.severity).toBe(v.expect);
    expect(r.codes).toEqual(v.codes);
    expect(r.normalized ?? null).toBe(v.normalized);
    expect(r.valid).toBe(v.expect !== 'error');
    expect(r.type).toBe(v.type);
    expect(r.input).toBe(v.value);
    expect(r.message['zh-CN'].length).toBeGreaterThan(0);
    expect(r.message.en.length).toBeGreaterThan(0);
    // A normalized value in the vectors is always a valid one: the message must offer it.
    if (v.normalized) {
      expect(r.suggestion?.value).toBe(v.normalized);
      expect(r.message['zh-CN']).toContain(v.normalized);
      expect(checkId(v.normalized, v.type, { today }).severity).not.toBe('error');
    }
  });

  it('detects the same type and result through company / person', () => {
    const company = new Set(['uscc', 'org-code', 'taxpayer-id']);
    for (const v of vectors) {
      // Only values whose shape decides their type: wrong-length or deliberately mistyped ones are ambiguous.
      if (v.expect === 'error' && v.codes.some((c) => c === 'E_LENGTH' || c === 'E_PREFIX' || c === 'E_FORMAT'))
        continue;
      // An 18-character taxpayer number is a credit code or an ID number: detection names that type instead.
      if (v.type === 'taxpayer-id' && v.value.length === 18) continue;
      const r = checkId(v.value, company.has(v.type) ? 'company' : 'person', { today });
      expect([v.type, r.type, r.severity, r.codes]).toEqual([v.type, v.type, v.expect, v.codes]);
    }
  });
});
