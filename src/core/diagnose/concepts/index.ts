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
 * A lexicon, compiled: one global expression per entry, in list order. Lexicons are matched entry by entry (a
 * single alternation of all entries is many times slower in V8 on Chinese text); compose.ts then keeps, at each
 * place, the earliest entry of the list, as one alternation would.
 */
export interface Lexicon<T> {
  entries: readonly T[];
  res: readonly RegExp[];
}

function lexicon<T extends ObjectConcept | StateConcept>(entries: readonly T[]): Lexicon<T> {
  return { entries, res: entries.map((entry) => new RegExp(entry.variants.map(expand).join('|'), 'gu')) };
}

export const OBJECT_LEXICON = lexicon(OBJECTS);
export const STATE_LEXICON = lexicon(STATES);

export const CODE_INDEX: ReadonlyMap<string, (typeof VENDOR_CODES)[number]> = new Map(
  VENDOR_CODES.map((entry) => [entry.code, entry]),
);

export { OBJECTS, STATES, VENDOR_CODES };
export { TABLE } from './table';
export { CATEGORY_PRIORITY, CONSEQUENCE_PRIORITY } from './priority';
