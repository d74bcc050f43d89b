import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/categories';
import { isNotError, matchRule } from '../../../src/core/diagnose/engine';
import { normalize } from '../../../src/core/diagnose/normalize';
import { expand } from '../../../src/core/diagnose/rule';
import { ACCOUNT_RULES } from '../../../src/core/diagnose/rules/account';
import { CERTIFICATE_RULES } from '../../../src/core/diagnose/rules/certificate';
import { ENVIRONMENT_RULES } from '../../../src/core/diagnose/rules/environment';
import { COMPILED, COUNTER_RES, NOT_ERRORS, RULES } from '../../../src/core/diagnose/rules/index';

const CAPTURE_NAMES = new Set(['triesLeft', 'minutes', 'hours', 'days']);

/** Why a regex source could backtrack badly: an unbounded quantifier, or a quantified group that holds one. */
function unsafe(source: string): string | undefined {
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '*' || c === '+') return `unbounded "${c}" at ${i}`;
    else if (c === '(') groups.push(false);
    else if (c === ')') {
      const quantifiedInside = groups.pop() ?? false;
      const next = source[i + 1];
      const repeats = next === '{' && !/^\{0?,?1\}/.test(source.slice(i + 1));
      if (quantifiedInside && repeats) return `nested quantifier at ${i}`;
      if (quantifiedInside || next === '{' || next === '?') groups[groups.length - 1] ||= next === '{' || quantifiedInside;
    } else if (c === '{' && /^\{\d/.test(source.slice(i))) {
      if (groups.length) groups[groups.length - 1] = true;
    }
  }
  return undefined;
}

describe('rules lint', () => {
  it('ids are unique and named <category>.<what>', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.id.startsWith(`${rule.category}.`), rule.id).toBe(true);
  });

  it('each rule file is sorted by id', () => {
    for (const list of [ACCOUNT_RULES, CERTIFICATE_RULES, ENVIRONMENT_RULES]) {
      const ids = list.map((rule) => rule.id);
      expect(ids).toEqual([...ids].sort());
    }
  });

  it('every category but lookalike-portal has a rule', () => {
    const covered = new Set(RULES.map((rule) => rule.category));
    for (const category of CATEGORIES) {
      if (category === 'lookalike-portal') expect(covered.has(category)).toBe(false);
      else expect(covered.has(category), category).toBe(true);
    }
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
      for (const [, name] of source.matchAll(/\(\?<([a-zA-Z]+)>/g)) expect(CAPTURE_NAMES.has(name!), `${id}: ${name}`).toBe(true);
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
