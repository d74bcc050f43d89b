import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const read = (lang: string) =>
  JSON.parse(readFileSync(join(root, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;

/** Every source file of the popup, options, first-run page and shared UI (walked, so a new file is covered). */
function sources(): string[] {
  const dirs = ['src/popup', 'src/options', 'src/welcome', 'src/ui'];
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => join(root, dir, f)),
  );
}

describe('popup, options and first-run texts', () => {
  const zh = read('zh_CN');
  const en = read('en');
  const used = new Set<string>();
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9]+)'/g)) used.add(m[1]!);
    // keys named in lookup tables (status, action, feedback, document-type labels)
    for (const m of text.matchAll(/'((?:status|action|feedback|idType|welcomeLine|profile|usual)[A-Z0-9][A-Za-z0-9]*)'/g)) used.add(m[1]!);
  }

  it('finds the keys the sources use', () => {
    expect(used.size).toBeGreaterThan(60);
    expect(used).toContain('welcomeLine3');
    expect(used).toContain('statusNa');
  });

  it('defines each in both languages', () => {
    for (const key of used) {
      expect(zh[key]?.message, key).toBeTruthy();
      expect(en[key]?.message, key).toBeTruthy();
    }
  });

  it('names the same placeholders in both languages', () => {
    const names = (m: string) => [...m.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]).sort();
    for (const key of used) expect(names(zh[key]!.message), key).toEqual(names(en[key]!.message));
  });
});
