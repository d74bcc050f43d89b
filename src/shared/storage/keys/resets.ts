/**
 * `storageResets` (storage.local): which stored values could not be read back and were reset, and how many
 * entries each lost, until the user has seen the options page's message about it and closed it.
 */
import * as z from 'zod/mini';
import { parseWith, recordOf, type StoredEntry } from '../entry';

export const RESETS: StoredEntry<Record<string, number>> = {
  area: 'local',
  key: 'storageResets',
  fallback: () => ({}),
  recover: recordOf(parseWith(z.number().check(z.int(), z.minimum(1), z.maximum(1e6))), 50),
};
