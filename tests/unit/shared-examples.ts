/**
 * The shared real-data samples (../shared/examples beside the repository, also in CI). Read from there rather
 * than copied, so the tests always judge against the current samples.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const EXAMPLES_DIR = resolve(import.meta.dirname, '../../../shared/examples');

export function readExample<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(EXAMPLES_DIR, name), 'utf8')) as T;
}

export interface MessagesSample {
  errors: { text: string; expect: string; accept: string[] }[];
  negatives: { text: string }[];
}

export const messagesSample = readExample<MessagesSample>('messages-sample.json');
