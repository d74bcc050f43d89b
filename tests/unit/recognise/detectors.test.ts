import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../src/core/recognise';
import { preparePage } from '../../../src/core/recognise/page';

const FOLDER = join(import.meta.dirname, '../../../src/core/recognise');
const sources = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(FOLDER, name), 'utf8') }));

describe('every detector matches its own examples and none of its counter-examples', () => {
  for (const d of Object.values(DETECTORS)) {
    it(d.id, () => {
      expect(d.must.length, `${d.id} needs examples`).toBeGreaterThan(0);
      expect(d.mustNot.length, `${d.id} needs counter-examples`).toBeGreaterThan(0);
      for (const s of d.must) expect(d.test(preparePage(s)), `${d.id} must match ${JSON.stringify(s)}`).toBe(true);
      for (const s of d.mustNot)
        expect(d.test(preparePage(s)), `${d.id} must not match ${JSON.stringify(s)}`).toBe(false);
    });
  }

  it('detector ids are unique', () => {
    const ids = Object.values(DETECTORS).map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the one list of detectors', () => {
  it('holds every detector declared in src/core/recognise (an unregistered one would go untested)', () => {
    const declared = sources.flatMap(({ text }) =>
      [...text.matchAll(/const \w+: Detector = \{\s*id: '([^']+)'/g)].map((m) => m[1]),
    );
    expect(declared).toContain('password-login'); // the pattern still finds declarations
    expect(
      Object.values(DETECTORS)
        .map((d) => d.id)
        .sort(),
    ).toEqual(declared.sort());
  });

  it('is what recognise.ts uses: every registered detector is read there, none is imported past the list', () => {
    const recognise = sources.find((s) => s.name === 'recognise.ts')!.text;
    for (const key of Object.keys(DETECTORS)) expect(recognise, key).toContain(`DETECTORS.${key}.test(`);
    expect(recognise).not.toMatch(/import \{[^}]*\b(tpassLoginForm|passwordLogin|caLogin|qrLogin|loggedIn)\b/);
  });
});
