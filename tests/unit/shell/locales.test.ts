import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (lang: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('locales', () => {
  const zh = read('zh_CN');
  const en = read('en');
  it('has the same keys in zh_CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
  it('has no empty text, Chinese in zh_CN and no Chinese in en', () => {
    expect([zh.langCode?.message, en.langCode?.message]).toEqual(['zh-CN', 'en']);
    for (const [key, { message }] of Object.entries(zh)) {
      if (key === 'langCode') continue;
      expect(message.trim(), key).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(message), key).toBe(true);
    }
    for (const [key, { message }] of Object.entries(en)) {
      expect(message.trim(), key).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(message), key).toBe(false);
    }
  });
  it('defines every message the source asks for', () => {
    const used = new Set<string>();
    const files = ['src/background/handlers.ts', 'src/popup/App.tsx', 'src/popup/PageCard.tsx', 'src/popup/TrustCard.tsx',
      'src/popup/FindingsCard.tsx', 'src/ui/GuardCard.tsx', 'src/options/App.tsx'];
    for (const file of files) {
      const text = readFileSync(resolve(import.meta.dirname, '../../..', file), 'utf8');
      for (const match of text.matchAll(/\b(?:t|m)\('([A-Za-z]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/'((?:trust|page|mode|step|guard)[A-Z][A-Za-z]*)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(zh[key], key).toBeDefined();
  });
});
