import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/core/diagnose/engine';
import { measure, summary } from './measure';

/**
 * Real messages mined from public sources (CA client libraries, portal login scripts, login pages), none of them in
 * the shared sample. Each entry records its source. Tuning material: the rules and lexicons may be written from it.
 */
interface Mined {
  errors: { text: string; expect: string; accept: string[]; source: string }[];
  negatives: { text: string; source: string }[];
}

const mined = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/messages-mined.json'), 'utf8'),
) as Mined;

describe('messages-mined.json (real messages outside the sample)', () => {
  it('has enough distinct, sourced entries', () => {
    expect(mined.errors.length).toBeGreaterThanOrEqual(120);
    expect(mined.negatives.length).toBeGreaterThanOrEqual(60);
    expect(new Set(mined.errors.map((e) => e.text)).size).toBe(mined.errors.length);
    for (const entry of [...mined.errors, ...mined.negatives])
      expect(entry.source.length, entry.text).toBeGreaterThan(0);
  });

  it('≥97% right first category, no negative with a finding', () => {
    const figures = measure(mined.errors, mined.negatives);
    console.log(summary('mined', figures));
    if (figures.misses.length)
      console.log(figures.misses.map((m) => `  ${m.want} ← ${m.got ?? 'nothing'}: ${m.text}`).join('\n'));
    console.log(summary('mined, errors standing inline', measure(mined.errors, [], 'inline', false)));
    expect(figures.right / figures.errors).toBeGreaterThanOrEqual(0.97);
    expect(figures.flaggedTexts).toEqual([]);
  });

  it('negatives stay silent in a dialog too, except a bare "请输入…" (the page\'s own empty-field popup)', () => {
    const flagged = mined.negatives
      .map(({ text }) => ({ text, findings: diagnose([{ text, surface: 'dialog' }]) }))
      // the prompt rule and its concept twin ("<field> × 请输入") both read a bare prompt in a popup as an empty field
      .filter(({ findings }) =>
        findings.some((f) => f.rule !== 'input-missing.prompt' && !/^input-missing\.[a-z-]*fill$/u.test(f.rule)),
      )
      .map(({ text, findings }) => `${text} → ${findings.map((f) => f.rule).join(',')}`);
    expect(flagged).toEqual([]);
  });
});
