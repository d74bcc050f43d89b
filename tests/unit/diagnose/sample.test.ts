import { describe, expect, it } from 'vitest';
// tests/fixtures/examples/messages-sample.json: real messages; `expect`/`accept` = right first categories
import { messagesSample as sample } from '../examples';
import { measure, summary } from './measure';

describe('messages-sample.json', () => {
  it('≥95% of errors get a right first category and no negative raises a finding', () => {
    const figures = measure(sample.errors, sample.negatives);
    console.log(summary('sample', figures));
    if (figures.misses.length)
      console.log(figures.misses.map((m) => `  ${m.want} ← ${m.got ?? 'nothing'}: ${m.text}`).join('\n'));
    // the same errors as page text (inline): advice alone there is no error, so this figure is lower by design
    console.log(summary('sample, errors standing inline', measure(sample.errors, [], 'inline', false)));
    expect(figures.right / figures.errors).toBeGreaterThanOrEqual(0.95);
    expect(figures.flaggedTexts).toEqual([]);
  });
});
