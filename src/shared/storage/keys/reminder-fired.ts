/**
 * `reminderFired` (storage.local): which certificate and password reminders were already shown (one id per profile
 * and threshold), so none is shown twice. The extension's own memory: not exported, a reset is not reported.
 */
import * as z from 'zod/mini';
import { listOf, parseWith, type StoredEntry } from '../entry';

export const REMINDER_FIRED: StoredEntry<string[]> = {
  area: 'local',
  key: 'reminderFired',
  fallback: () => [],
  recover: listOf(parseWith(z.string().check(z.maxLength(200))), 5000),
};
