import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose/engine';
// tests/fixtures/examples/messages-sample.json: real messages; `expect`/`accept` = right first categories
import { messagesSample as sample } from '../examples';

describe('messages-sample.json', () => {
  it('≥95% of errors get a right first category and no negative raises a finding', () => {
    const misses: string[] = [];
    for (const { text, expect: want, accept } of sample.errors) {
      const first = diagnose([{ text, surface: 'inline' }])[0]?.category;
      if (first !== want && !(first && accept.includes(first))) misses.push(`${JSON.stringify(text)} → ${first ?? 'nothing'} (want ${want})`);
    }
    const flagged = sample.negatives.filter(({ text }) => diagnose([{ text, surface: 'inline' }]).length > 0);
    const right = sample.errors.length - misses.length;
    const pct = ((right / sample.errors.length) * 100).toFixed(1);
    console.log(`errors: ${right}/${sample.errors.length} right first category (${pct}%), negatives with a finding: ${flagged.length}`);
    if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(right / sample.errors.length).toBeGreaterThanOrEqual(0.95);
    expect(flagged.map(({ text }) => text)).toEqual([]);
  });
});
