/** Consecutive failed attempts per portal in this browser session (storage.session): counts only. */
import { FAILURES } from './keys/failures';
import { inTurn, readKey, writeKey } from './store';

export function readFailures(site: string): Promise<number> {
  return readKey(FAILURES, site);
}

export function writeFailures(site: string, count: number): Promise<void> {
  return writeKey(FAILURES, count, site);
}

/**
 * Counts one more failed attempt and answers the new count. Increments run one after another (tabs of the same
 * portal may report at the same moment): a read-modify-write that overlaps another would lose an attempt.
 */
export function addFailure(site: string): Promise<number> {
  return inTurn(async () => {
    const count = (await readFailures(site)) + 1;
    await writeFailures(site, count);
    return count;
  });
}
