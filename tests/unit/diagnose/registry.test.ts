import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPT_FILES } from '../../../src/core/diagnose/concepts/index';
import { RULE_GROUPS } from '../../../src/core/diagnose/rules/index';

const DIAGNOSE = resolve(import.meta.dirname, '../../../src/core/diagnose');

/** The data files of a folder, without its registry (index) and shared declarations (types). */
function dataFiles(folder: string): string[] {
  return readdirSync(resolve(DIAGNOSE, folder))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'types.ts')
    .map((name) => name.replace(/\.ts$/u, ''))
    .sort();
}

describe('every data file is registered (derived from the folders)', () => {
  it('rules/: each file is a group in RULE_GROUPS', () => {
    expect(RULE_GROUPS.map((group) => group.file).sort()).toEqual(dataFiles('rules'));
  });

  it('concepts/: each file is listed in CONCEPT_FILES', () => {
    expect([...CONCEPT_FILES].sort()).toEqual(dataFiles('concepts'));
  });
});
