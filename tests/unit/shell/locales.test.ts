/**
 * The extension's own texts (public/_locales): the same keys in both languages, each written in its language, every
 * key the code asks for defined, every defined key asked for somewhere, and the same placeholders in both. The
 * sources are walked (all of src/, the manifest and the HTML pages), so a new file is covered without a list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteText } from '../../../src/content/fill/note-view';
import { valueProblem } from '../../../src/content/fill/value-check';

const ROOT = resolve(import.meta.dirname, '../../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const read = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}
const pages = readdirSync(ROOT).filter((f) => f.endsWith('.html'));
const sources = [...walk('src'), 'manifest.json', ...pages].map((file) => readFileSync(join(ROOT, file), 'utf8'));

/** Keys put together at run time: the field note's `fieldNote<Code|Id><Reason>`, for each problem it can report. */
function composedKeys(): string[] {
  const keys: string[] = [];
  const record = (key: string) => {
    keys.push(key);
    return key;
  };
  const bad = {
    'credit-code': ['91110105MA01ABC!', '9111010', '91110105MA01IBCD1X', '91110105MA01ABCD14'],
    'agent-id': ['1101051949123100AB', '1101051', '110105194912310021'],
  } as const;
  for (const [field, values] of Object.entries(bad) as [keyof typeof bad, readonly string[]][]) {
    for (const value of values) {
      const problem = valueProblem(value, field);
      if (problem) noteText(field, problem, record);
    }
  }
  return keys;
}

/** Every key the code asks for: t('…') / m('…') / getMessage('…') calls, __MSG_…__ in the manifest and pages. */
function askedFor(): Set<string> {
  const keys = new Set(composedKeys());
  for (const text of sources) {
    for (const match of text.matchAll(/\b(?:t|m|getMessage)\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(match[1]!);
    for (const match of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(match[1]!);
  }
  return keys;
}

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

  it('the field note composes keys for each problem it reports', () => {
    expect(composedKeys().sort()).toEqual([
      'fieldNoteCodeCharset',
      'fieldNoteCodeCheck',
      'fieldNoteCodeLength',
      'fieldNoteCodeLetter',
      'fieldNoteIdCharset',
      'fieldNoteIdCheck',
      'fieldNoteIdLength',
    ]);
  });

  it('defines, in both languages, every key the code asks for', () => {
    const missing = [...askedFor()].filter((key) => !zh[key] || !en[key]);
    expect(missing).toEqual([]);
  });

  it('asks for every key it defines (a key only lookup tables name is still written in the source as a string)', () => {
    const all = sources.join('\n');
    const asked = askedFor();
    const unused = Object.keys(zh).filter((key) => !asked.has(key) && !all.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('names the same placeholders in both languages', () => {
    const names = (m: string) => [...m.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
    for (const key of Object.keys(zh)) {
      expect(names(zh[key]!.message), key).toEqual(names(en[key]!.message));
      expect(Object.keys(zh[key]!.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(en[key]!.placeholders ?? {}).sort(),
      );
    }
  });
});
