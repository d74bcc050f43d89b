/**
 * `storageReset:<setting>` (storage.local): a stored value that could not be read back and was reset, and how many
 * entries it lost, until the user has seen the options page's message about it and closed it. One key per setting:
 * the background and a page may repair two settings at the same moment, and one shared record would lose a note.
 */
import * as z from 'zod/mini';
import { whole, type StoredEntry } from '../entry';

export const RESETS: StoredEntry<number | null> = {
  area: 'local',
  key: 'storageReset:',
  family: true,
  fallback: () => null,
  recover: whole(z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(1e6))), () => null),
};
