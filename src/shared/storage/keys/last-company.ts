/** `lastCompany` (storage.local): the id of the company the user last picked in the popup. */
import * as z from 'zod/mini';
import { whole, type StoredEntry } from '../entry';

const LastCompanySchema = z.nullable(z.string().check(z.minLength(1), z.maxLength(64)));

export const LAST_COMPANY: StoredEntry<string | null> = {
  area: 'local',
  key: 'lastCompany',
  exported: true,
  label: 'storedLastCompany',
  fallback: () => null,
  recover: whole(LastCompanySchema, () => null),
};
