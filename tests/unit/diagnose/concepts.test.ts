import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/categories';
import { tokensOf } from '../../../src/core/diagnose/compose';
import { diagnose } from '../../../src/core/diagnose/engine';
import { CATEGORY_PRIORITY, OBJECTS, STATES, TABLE, VENDOR_CODES } from '../../../src/core/diagnose/concepts/index';
import { normalize } from '../../../src/core/diagnose/normalize';
import { expand } from '../../../src/core/diagnose/rule';
import { RULES } from '../../../src/core/diagnose/rules/index';
import { unsafe } from './linear';

const LEXICONS = [
  {
    name: 'objects',
    entries: OBJECTS,
    found: (text: string) => tokensOf(normalize(text)).objects.map((t) => t.entry.id as string),
  },
  {
    name: 'states',
    entries: STATES,
    found: (text: string) => tokensOf(normalize(text)).states.map((t) => t.entry.id as string),
  },
] as const;

describe('concept lexicons lint', () => {
  for (const { name, entries } of LEXICONS) {
    it(`${name}: unique ids, a source, examples both ways, linear variants`, () => {
      const ids = entries.map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const entry of entries) {
        expect(entry.source.length, entry.id).toBeGreaterThan(10);
        expect(entry.examples.match.length, entry.id).toBeGreaterThan(0);
        expect(entry.examples.noMatch.length, entry.id).toBeGreaterThan(0);
        for (const variant of entry.variants) {
          const source = expand(variant);
          expect(() => new RegExp(source, 'iu'), `${entry.id}: ${variant}`).not.toThrow();
          expect(unsafe(source), `${entry.id}: ${variant}`).toBeUndefined();
          expect(new RegExp(source, 'iu').test(''), `${entry.id} matches the empty text`).toBe(false);
        }
      }
    });
  }

  it('the table speaks only of known things, states and categories, and every category can be reached', () => {
    const objects = new Set(OBJECTS.map((o) => o.id));
    const states = new Set(STATES.map((s) => s.id));
    const reached = new Set<string>(RULES.map((rule) => rule.category));
    expect(Object.keys(TABLE).sort()).toEqual([...objects].sort());
    for (const [object, row] of Object.entries(TABLE)) {
      for (const [state, category] of Object.entries(row)) {
        expect(states.has(state as never), `${object} × ${state}`).toBe(true);
        expect(CATEGORIES, `${object} × ${state}`).toContain(category);
        reached.add(category);
      }
    }
    for (const state of STATES) if (state.alone) reached.add(state.alone);
    for (const category of CATEGORIES) expect(reached.has(category), category).toBe(category !== 'lookalike-portal');
    for (const category of CATEGORIES) expect(CATEGORY_PRIORITY[category], category).toBeGreaterThan(0);
  });

  it('vendor codes: sorted, unique, sourced, each its own category', () => {
    const keys = VENDOR_CODES.map((c) => `${c.vendor} ${c.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort());
    for (const code of VENDOR_CODES) {
      expect(code.source.length, code.code).toBeGreaterThan(10);
      expect(CATEGORIES).toContain(code.category);
    }
  });
});

describe('concept examples', () => {
  for (const { name, entries, found } of LEXICONS) {
    for (const entry of entries) {
      it(`${name}/${entry.id}`, () => {
        for (const text of entry.examples.match)
          expect(found(text), `should find ${entry.id} in ${text}`).toContain(entry.id);
        for (const text of entry.examples.noMatch)
          expect(found(text), `should not find ${entry.id} in ${text}`).not.toContain(entry.id);
      });
    }
  }
});

describe('browser error names decide the category (the page they stand on says little else)', () => {
  const first = (text: string) => diagnose([{ text, surface: 'page' }])[0];
  it('a website certificate or connection name is a connection problem', () => {
    expect(first('此网站出错。NET::ERR_CERT_DATE_INVALID')?.category).toBe('network');
    expect(first('ERR_CONNECTION_TIMED_OUT')?.category).toBe('network');
    expect(first('错误代码: SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE')?.rule).toBe('network.firefox-code');
  });
  it('an old TLS version or cipher points at the browser; a client-certificate name at the key', () => {
    expect(first('错误代码: SSL_ERROR_NO_CYPHER_OVERLAP')?.category).toBe('browser-unsupported');
    expect(first('ERR_SSL_VERSION_OR_CIPHER_MISMATCH')?.category).toBe('browser-unsupported');
    expect(first('ERR_SSL_CLIENT_AUTH_CERT_NEEDED')?.category).toBe('cert-not-detected');
  });
  it('a name inside a longer identifier or an unknown name is no code', () => {
    expect(first('my_err_connection_reset_handler')?.rule).not.toBe('network.chromium-code');
    expect(first('ERR_SOMETHING_UNHEARD_OF')?.rule ?? '').not.toMatch(/-code$/u);
  });
});
