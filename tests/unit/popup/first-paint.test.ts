// What the popup loads before its first paint: main.tsx and everything it imports statically (the dynamic imports
// come after the paint). The background composes the first view, so none of the heavy parts may creep back in
// through a small import (a barrel file, a helper next to the registry): each one costs the popup its start-up.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../layers/check';

const ROOT = resolve(import.meta.dirname, '../../..');
// value imports only: `import type` and `export type` are gone from the built file
const VALUE_IMPORT =
  /^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

function fileOf(path: string): string | null {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`]) {
    if (/\.(tsx?|json)$/.test(candidate) && existsSync(resolve(ROOT, candidate))) return candidate;
  }
  return null;
}

/** Every module the entry pulls in statically, as repository paths (a package stays its name). */
function firstPaint(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('src/')) return;
    const source = readFileSync(resolve(ROOT, file), 'utf8');
    for (const match of source.matchAll(VALUE_IMPORT)) {
      const imported = resolveImport(file, (match[1] ?? match[2])!);
      visit(imported.startsWith('src/') || imported.startsWith('public/') ? (fileOf(imported) ?? imported) : imported);
    }
  };
  visit(entry);
  return [...seen].sort();
}

const HEAVY = [
  /^zod/,
  /^webextension-polyfill$/,
  /^src\/core\/portals\//,
  /^src\/core\/ids\//,
  /^src\/core\/checklist\//,
  /^src\/core\/diagnose\//,
  /^src\/shared\/storage\//,
  /^src\/shared\/(custom-portals|profiles|popup-view|language)\.ts$/,
];

describe("the popup's first paint", () => {
  const modules = firstPaint('src/popup/main.tsx');

  it('reads the whole static graph of main.tsx', () => {
    expect(modules).toEqual(
      expect.arrayContaining(['preact', 'src/popup/App.tsx', 'src/popup/Checklist.tsx', 'src/shared/language-text.ts']),
    );
    expect(modules.length).toBeGreaterThan(25);
  });

  it('holds no schema library, no polyfill, no registry, ID checks, checklist, rules or storage code', () => {
    expect(modules.filter((module) => HEAVY.some((pattern) => pattern.test(module)))).toEqual([]);
  });

  it('the finder sees a heavy module where one is imported', () => {
    expect(firstPaint('src/popup/live.ts')).toEqual(
      expect.arrayContaining(['src/core/ids/index.ts', 'src/shared/popup-view.ts', 'zod/mini']),
    );
  });

  it('asks the background first: main.tsx imports asked.ts before anything else', () => {
    const main = readFileSync(resolve(ROOT, 'src/popup/main.tsx'), 'utf8');
    expect([...main.matchAll(VALUE_IMPORT)][0]?.[1]).toBe('./asked');
  });
});
