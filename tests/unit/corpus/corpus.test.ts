/**
 * The measurement corpus (tests/fixtures/corpus): real login texts, each with its source, split by source into a
 * tuning part and a held-out part. These tests keep the files honest: the schema, one text only once across both
 * parts and the older fixtures, a source on every item, and every item in the part its source key says.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/core/categories';
import { partOf, sourceKey, type Part, type Source } from '../../fixtures/corpus/split';

interface CorpusError {
  text: string;
  expect: string;
  accept: string[];
  surface?: string;
  source: Source;
}
interface CorpusFile {
  errors: CorpusError[];
  negatives: { text: string; source: Source }[];
}

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const read = <T>(path: string): T => JSON.parse(readFileSync(resolve(FIXTURES, path), 'utf8')) as T;
const parts: Record<Part, CorpusFile> = {
  tuning: read<CorpusFile>('corpus/tuning.json'),
  heldout: read<CorpusFile>('corpus/heldout.json'),
};
const SURFACES = ['inline', 'toast', 'dialog', 'alert', 'page'];
const CJK_PUNCT: Record<string, string> = {
  '。': '.',
  '、': ',',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '【': '[',
  '】': ']',
  '《': '<',
  '》': '>',
  '…': '.',
  '—': '-',
  '·': '.',
};

/** Whitespace, full-/half-width punctuation and the sample numbers filled into templates do not make two texts different. */
function fold(text: string): string {
  const half = text.normalize('NFKC').replace(/[。、“”‘’【】《》…—·]/g, (c) => CJK_PUNCT[c] ?? c);
  return half
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}_]+/gu, '')
    .replace(/\d+/g, '0');
}

function allItems(): { part: Part; kind: 'errors' | 'negatives'; text: string; source: Source }[] {
  return (['tuning', 'heldout'] as const).flatMap((part) =>
    (['errors', 'negatives'] as const).flatMap((kind) =>
      parts[part][kind].map((item) => ({ part, kind, text: item.text, source: item.source })),
    ),
  );
}

function isSource(value: unknown): value is Source {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if ('url' in v)
    return (
      typeof v.url === 'string' && /^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull|discussions)\/\d+/.test(v.url)
    );
  return (
    typeof v.repo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(v.repo) && typeof v.path === 'string' && v.path.length > 0
  );
}

describe('corpus schema', () => {
  it.each(['tuning', 'heldout'] as const)('%s errors have a known category, accept includes expect', (part) => {
    for (const item of parts[part].errors) {
      expect(item.text.trim().length, item.text).toBeGreaterThan(0);
      expect(CATEGORIES, item.text).toContain(item.expect);
      expect(item.accept, item.text).toContain(item.expect);
      for (const category of item.accept) expect(CATEGORIES, item.text).toContain(category);
      expect(new Set(item.accept).size, item.text).toBe(item.accept.length);
      if (item.surface !== undefined) expect(SURFACES, item.text).toContain(item.surface);
    }
  });

  it('every item has a repository-and-path or a thread URL as its source', () => {
    for (const item of allItems())
      expect(isSource(item.source), `${item.text} ${JSON.stringify(item.source)}`).toBe(true);
  });

  it('is large enough to measure on', () => {
    const errors = parts.tuning.errors.length + parts.heldout.errors.length;
    const negatives = parts.tuning.negatives.length + parts.heldout.negatives.length;
    expect(errors).toBeGreaterThanOrEqual(800);
    expect(negatives).toBeGreaterThanOrEqual(300);
    expect(parts.heldout.errors.length).toBeGreaterThan(0);
  });
});

describe('corpus split and uniqueness', () => {
  it('puts every item in the part its source key says', () => {
    for (const item of allItems())
      expect(`${partOf(sourceKey(item.source))} ${item.text}`).toBe(`${item.part} ${item.text}`);
  });

  it('keeps sources the mined set used in tuning', () => {
    expect(partOf('ZeroMarker/cache')).toBe('tuning');
    expect(partOf('apereo/cas')).toBe('tuning');
    expect(partOf('spring-projects/spring-security')).toBe('heldout');
  });

  it('holds each text once across both parts, after folding whitespace and punctuation', () => {
    const seen = new Map<string, string>();
    for (const item of allItems()) {
      const key = fold(item.text);
      expect(key.length, item.text).toBeGreaterThan(0);
      expect(seen.get(key), `${item.text} repeats`).toBeUndefined();
      seen.set(key, item.text);
    }
  });

  it('holds no text the rules were tuned on (messages-mined.json, messages-sample.json)', () => {
    type Old = { errors: { text: string }[]; negatives: { text: string }[] };
    const old = [read<Old>('messages-mined.json'), read<Old>('examples/messages-sample.json')];
    const known = new Set(old.flatMap((f) => [...f.errors, ...f.negatives]).map((item) => fold(item.text)));
    for (const item of allItems()) expect(known.has(fold(item.text)), item.text).toBe(false);
  });
});
