import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CATEGORIES } from '../../../src/core/categories';
import { isNotError, matchRule } from '../../../src/core/diagnose/engine';
import { normalize } from '../../../src/core/diagnose/normalize';
import { expand } from '../../../src/core/diagnose/rule';
import { COMPILED, COUNTER_RES, NOT_ERRORS, RULE_GROUPS, RULES } from '../../../src/core/diagnose/rules/index';
import { unsafe } from './linear';

const CAPTURE_NAMES = new Set(['triesLeft', 'minutes', 'hours', 'days']);

describe('rules lint', () => {
  it('ids are unique and named <category>.<what>', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.id.startsWith(`${rule.category}.`), rule.id).toBe(true);
  });

  it('each rule file is sorted by id', () => {
    for (const { rules } of RULE_GROUPS) {
      const ids = rules.map((rule) => rule.id);
      expect(ids).toEqual([...ids].sort());
    }
  });

  it('no rule raises lookalike-portal (the phishing guard does)', () => {
    expect(RULES.some((rule) => rule.category === 'lookalike-portal')).toBe(false);
    for (const rule of RULES) expect(CATEGORIES, rule.id).toContain(rule.category);
  });

  it('every rule carries match and noMatch examples, a priority and a severity', () => {
    for (const rule of RULES) {
      expect(rule.examples.match.length, rule.id).toBeGreaterThan(0);
      expect(rule.examples.noMatch.length, rule.id).toBeGreaterThan(0);
      expect(rule.patterns.length, rule.id).toBeGreaterThan(0);
      expect(rule.priority, rule.id).toBeGreaterThan(0);
      expect(['error', 'warning']).toContain(rule.severity);
    }
  });

  it('every pattern compiles, is linear and names only known captures', () => {
    const sources = [
      ...RULES.flatMap((rule) => [...rule.patterns, ...(rule.unless ?? [])].map((p) => [rule.id, p] as const)),
      ...NOT_ERRORS.patterns.map((p) => ['NOT_ERRORS', p] as const),
    ];
    for (const [id, pattern] of sources) {
      const source = expand(pattern);
      expect(() => new RegExp(source, 'iu'), `${id}: ${pattern}`).not.toThrow();
      expect(unsafe(source), `${id}: ${pattern}`).toBeUndefined();
      for (const [, name] of source.matchAll(/\(\?<([a-zA-Z]+)>/g))
        expect(CAPTURE_NAMES.has(name!), `${id}: ${name}`).toBe(true);
    }
    for (const re of COUNTER_RES) expect(unsafe(re.source)).toBeUndefined();
  });

  it('the safety check itself catches what it should', () => {
    expect(unsafe('a+')).toBeDefined();
    expect(unsafe('(?:ab{0,3}){0,5}')).toBeDefined();
    expect(unsafe('(?:ab){0,5}[+*]\\+')).toBeUndefined();
    expect(unsafe('(?:a{0,3})?b')).toBeUndefined();
  });
});

describe('rule examples', () => {
  for (const compiled of COMPILED) {
    const { rule } = compiled;
    const surface = rule.surfaces?.[0] ?? 'inline';
    const kind = rule.portalKinds?.[0];
    it(rule.id, () => {
      for (const text of rule.examples.match) {
        expect(matchRule(compiled, normalize(text), surface, kind), `should match: ${text}`).toBeGreaterThanOrEqual(0);
      }
      for (const text of rule.examples.noMatch) {
        expect(matchRule(compiled, normalize(text), surface, kind), `should not match: ${text}`).toBe(-1);
      }
    });
  }

  it('NOT_ERRORS', () => {
    for (const text of NOT_ERRORS.examples.match) expect(isNotError(normalize(text)), text).toBe(true);
    for (const text of NOT_ERRORS.examples.noMatch) expect(isNotError(normalize(text)), text).toBe(false);
  });
});

describe('one alternation per rule (COMPILED.any, unlessAny, NOT_ERROR_RE)', () => {
  // every pattern's own examples and the corpus texts, normalised as the engine reads them
  const tuning = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../fixtures/corpus/tuning.json'), 'utf8'),
  ) as { errors: { text: string }[]; negatives: { text: string }[] };
  const texts = [
    ...RULES.flatMap((rule) => [...rule.examples.match, ...rule.examples.noMatch]),
    ...NOT_ERRORS.examples.match,
    ...NOT_ERRORS.examples.noMatch,
    ...[...tuning.errors, ...tuning.negatives].map(({ text }) => text),
  ].map(normalize);

  it('finds where the earliest pattern matches, and vetoes when any `unless` matches', () => {
    expect(texts.length).toBeGreaterThan(1000);
    for (const compiled of COMPILED) {
      const unless = (compiled.rule.unless ?? []).map((source) => new RegExp(expand(source), 'iu'));
      for (const text of texts) {
        const places = compiled.patterns.map((re) => text.search(re)).filter((at) => at >= 0);
        const earliest = places.length ? Math.min(...places) : -1;
        expect(text.search(compiled.any), `${compiled.rule.id}: ${text}`).toBe(earliest);
        expect(compiled.unlessAny?.test(text) ?? false).toBe(unless.some((re) => re.test(text)));
      }
    }
  });

  it('page furniture: the one alternation says what any single pattern says', () => {
    const single = NOT_ERRORS.patterns.map((source) => new RegExp(expand(source), 'iu'));
    for (const text of texts) expect(isNotError(text), text).toBe(single.some((re) => re.test(text)));
  });
});
