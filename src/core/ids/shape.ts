import type { Finding } from './types';

/**
 * The first two rules of every type (identifiers.md §2.7 steps 2-3): a character the type never contains, then the
 * length. Either one stops the check: nothing after it can be read reliably.
 * `allowed` must be a single-character class, e.g. /[0-9X]/.
 */
export function checkShape(raw: string, allowed: RegExp, lengths: readonly number[]): Finding | null {
  for (const ch of raw) {
    if (!allowed.test(ch)) return { code: 'E_CHARSET' };
  }
  if (!lengths.includes(raw.length)) {
    return { code: 'E_LENGTH', params: { expected: lengths.join('/'), actual: String(raw.length) } };
  }
  return null;
}
