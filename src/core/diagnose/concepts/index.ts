import { expand } from '../rule';
import { VENDOR_CODES } from './codes';
import { OBJECTS } from './objects';
import { STATES } from './states';
import type { ObjectConcept, StateConcept } from './types';

/**
 * The concept lexicons, compiled. Every data file of this folder is registered here (a test compares this list
 * with the folder): objects, states, the object × state table, vendor codes, priorities.
 */
export const CONCEPT_FILES = ['codes', 'objects', 'priority', 'states', 'table'] as const;

/**
 * One regular expression per lexicon: an alternation of named groups in list order, so at each place the first
 * entry that matches there wins (the lists put the specific names first).
 */
function lexicon<T extends ObjectConcept | StateConcept>(entries: readonly T[], prefix: string): { re: RegExp; byGroup: Map<string, T> } {
  const byGroup = new Map<string, T>();
  const parts = entries.map((entry, i) => {
    byGroup.set(`${prefix}${i}`, entry);
    return `(?<${prefix}${i}>${entry.variants.map(expand).join('|')})`;
  });
  return { re: new RegExp(parts.join('|'), 'giu'), byGroup };
}

export const OBJECT_LEXICON = lexicon(OBJECTS, 'o');
export const STATE_LEXICON = lexicon(STATES, 's');

export const CODE_INDEX: ReadonlyMap<string, (typeof VENDOR_CODES)[number]> = new Map(VENDOR_CODES.map((entry) => [entry.code, entry]));

export { OBJECTS, STATES, VENDOR_CODES };
export { TABLE } from './table';
export { CATEGORY_PRIORITY, CONSEQUENCE_PRIORITY } from './priority';
