import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/diagnose/normalize';
import { NOT_ERRORS, RULES } from '../../../src/core/diagnose/rules/index';
import { OBJECTS, STATES } from '../../../src/core/diagnose/concepts/index';
import { flaggedAfterAttempt, measure, summary, type ErrorItem, type NegativeItem } from './measure';

/**
 * The real corpus (tests/fixtures/corpus, split by source before any rule was written). The thresholds are
 * asserted on the tuning part; the held-out part is only measured, and only its aggregate figures are printed
 * (never a text), so nobody tunes on it. See README "Diagnosis accuracy".
 */
interface Part {
  errors: ErrorItem[];
  negatives: NegativeItem[];
}
const read = (name: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/corpus', name), 'utf8')) as Part;
const tuning = read('tuning.json');

/**
 * Floors for the tuning part: what the engine reaches today, kept from sliding back. The goal (issue 15) is
 * ≥ 97 % right first and ≤ 1 % negatives with a finding; the README states where the engine stands.
 */
// Lowered to 0.76 / 0.017 on main when issue 15's corpus round added 339 tuning errors and 82 negatives (76.6 % and
// 1.7 % with no engine change); raised again once the engine had learned the kinds of message they show.
// Lowered to 0.83 on branch corpus3 when the issue-15 data round added generic sign-on texts (83.8 % with no engine
// change); raised to 0.87 on branch classifier3 (87.8 %) once the engine had learned the kinds of message they show.
// Round 6 (issue 15) added 170 tuning errors (87.2 % with no engine change, under the attempt protocol); raised to
// 0.88 once the engine had learned the kinds they show (89.0 %).
// Round 7 added 231 tuning errors, many of them CA and smart-card texts (70.6 % of them right with no rule written
// from them); after this round's kinds the whole part is at 87.5 % (the items before the round still 89.0 %), so 0.87.
const TUNING_RIGHT_FLOOR = 0.87;
const TUNING_FLAGGED_CEILING = 0.01;

describe('corpus: tuning part (asserted)', () => {
  it('right first category and negatives with a finding', () => {
    const figures = measure(tuning.errors, tuning.negatives);
    console.log(summary(`tuning (${tuning.errors.length} errors, ${tuning.negatives.length} negatives)`, figures));
    console.log(
      `[tuning] negatives with a finding if revealed right after an attempt: ${flaggedAfterAttempt(tuning.negatives)}`,
    );
    expect(figures.right / figures.errors).toBeGreaterThanOrEqual(TUNING_RIGHT_FLOOR);
    expect(figures.flagged / figures.negatives).toBeLessThanOrEqual(TUNING_FLAGGED_CEILING);
  });
});

describe('corpus: held-out part (printed, never asserted, no texts shown)', () => {
  it('prints the aggregate figures', () => {
    const heldout = read('heldout.json');
    const figures = measure(heldout.errors, heldout.negatives);
    console.log(summary(`held-out (${heldout.errors.length} errors, ${heldout.negatives.length} negatives)`, figures));
    console.log(
      `[held-out] negatives with a finding if revealed right after an attempt: ${flaggedAfterAttempt(heldout.negatives)}`,
    );
    expect(figures.errors + figures.negatives).toBeGreaterThan(0);
  });
});

/**
 * A pattern "is a sentence" when one literal run of it (its words without any regex structure) is a whole corpus
 * text, or all of it but one character: such a pattern recognises that one text, not a kind of message.
 */
const LITERAL_MIN = 6;
function literalRuns(source: string): string[] {
  return source
    .replace(/\\./gu, ' ')
    .replace(/\{\w+\}|\[[^\]]{0,40}\]|\{\d{0,3},?\d{0,3}\}|\(\?<?[=!:]|\(\?<\w+>/gu, ' ')
    .split(/[()|?*+^$~#.\s]/u)
    .filter((run) => run.length >= LITERAL_MIN);
}

describe('no rule or lexicon pattern is a corpus sentence', () => {
  it('finds a literal sentence when there is one', () => {
    expect(literalRuns('(?:未|没有)检测到数字证书请插入')).toEqual(['检测到数字证书请插入']);
    expect(literalRuns('{pw}(?:输入)?{bad}')).toEqual([]);
  });

  it('no pattern holds a whole tuning text as its words', () => {
    const patterns = [
      ...RULES.flatMap((rule) => [...rule.patterns, ...(rule.unless ?? [])].map((p) => [rule.id, p] as const)),
      ...NOT_ERRORS.patterns.map((p) => ['NOT_ERRORS', p] as const),
      ...[...OBJECTS, ...STATES].flatMap((entry) => entry.variants.map((v) => [entry.id, v] as const)),
    ];
    const texts = [...tuning.errors, ...tuning.negatives].map(({ text }) => normalize(text).replace(/[.!?。,]$/u, ''));
    const sentences = patterns.flatMap(([id, source]) =>
      literalRuns(source).flatMap((run) =>
        texts.filter((text) => text.includes(run) && text.length <= run.length + 1).map((text) => `${id}: ${text}`),
      ),
    );
    expect(sentences).toEqual([]);
  });
});
