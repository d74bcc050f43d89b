/**
 * `companyAgentIds` (storage.session): profile id → the agent's ID number, for the companies that do not remember
 * it on this computer. Memory only, gone when the browser closes; never exported.
 */
import * as z from 'zod/mini';
import { parseWith, recordOf, type StoredEntry } from '../entry';

export const AGENT_IDS: StoredEntry<Record<string, string>> = {
  area: 'session',
  key: 'companyAgentIds',
  label: 'storedAgentIds',
  fallback: () => ({}),
  recover: recordOf(parseWith(z.string().check(z.minLength(1), z.maxLength(64))), 500, 64),
};
