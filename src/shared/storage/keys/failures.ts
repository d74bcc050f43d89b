/**
 * `failures:<site>` (storage.session): consecutive failed login attempts on a portal in this browser session, for
 * the lockout guard. A count only, never what was typed.
 */
import * as z from 'zod/mini';
import { whole, type StoredEntry } from '../entry';

export const FailureCountSchema = z.number().check(z.int(), z.minimum(0), z.maximum(1e6));

export const FAILURES: StoredEntry<number> = {
  area: 'session',
  key: 'failures:',
  family: true,
  fallback: () => 0,
  recover: whole(FailureCountSchema, () => 0),
};
