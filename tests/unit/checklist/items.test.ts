import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CHECKLIST, completeFacts, runChecklist } from '../../../src/core/checklist';

const ITEMS_DIR = fileURLToPath(new URL('../../../src/core/checklist/items/', import.meta.url));

describe('checklist registration', () => {
  it('registers one item per file under items/, in CHECK_IDS order', () => {
    const files = readdirSync(ITEMS_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(CHECKLIST.map((i) => i.id)).toEqual([...CHECK_IDS]);
    expect([...CHECKLIST.map((i) => i.id)].sort()).toEqual(files);
  });

  it('runs every item and returns results in order', () => {
    const results = runChecklist(completeFacts());
    expect(results.map((r) => r.id)).toEqual([...CHECK_IDS]);
  });
});

describe.each(CHECKLIST.map((item) => [item.id, item] as const))('item %s', (_id, item) => {
  it('has both a passing and a failing (or warning) example', () => {
    const statuses = new Set(item.examples.map((e) => e.expect));
    expect(statuses.has('pass') || statuses.has('n/a')).toBe(true);
    expect(statuses.has('fail') || statuses.has('warn')).toBe(true);
  });

  it.each(item.examples.map((e) => [e.name, e] as const))('%s', (_name, example) => {
    const r = item.check(completeFacts(example.facts));
    expect(r.id).toBe(item.id);
    expect(r.status).toBe(example.expect);
    expect(r.reason['zh-CN']).not.toBe('');
    expect(r.reason.en).not.toBe('');
    expect(r.title).toEqual(item.title);
    for (const s of r.steps) expect(s['zh-CN'] && s.en).toBeTruthy();
  });
});
