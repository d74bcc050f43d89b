/**
 * The real-data samples (tests/fixtures/examples, copied from the project's shared examples so a fresh clone has
 * everything its tests need; see tests/fixtures/examples/README.md for what each file holds).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const EXAMPLES_DIR = resolve(import.meta.dirname, '../fixtures/examples');

export function readExample<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(EXAMPLES_DIR, name), 'utf8')) as T;
}

export interface MessagesSample {
  errors: { text: string; expect: string; accept: string[] }[];
  negatives: { text: string }[];
}

export const messagesSample = readExample<MessagesSample>('messages-sample.json');
