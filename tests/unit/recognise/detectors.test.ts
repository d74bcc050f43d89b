import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../src/core/recognise';
import { preparePage } from '../../../src/core/recognise/page';

describe('every detector matches its own examples and none of its counter-examples', () => {
  for (const d of DETECTORS) {
    it(d.id, () => {
      expect(d.must.length, `${d.id} needs examples`).toBeGreaterThan(0);
      expect(d.mustNot.length, `${d.id} needs counter-examples`).toBeGreaterThan(0);
      for (const s of d.must) expect(d.test(preparePage(s)), `${d.id} must match ${JSON.stringify(s)}`).toBe(true);
      for (const s of d.mustNot) expect(d.test(preparePage(s)), `${d.id} must not match ${JSON.stringify(s)}`).toBe(false);
    });
  }

  it('detector ids are unique', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
