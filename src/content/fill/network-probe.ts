/**
 * The network item's probe: one timed request from the page to its own portal (same origin, so no permission and
 * no CORS), on the user's click only. HEAD of the origin's root, no cookies, no cache, redirects not followed:
 * any answer at all — even an error status or a redirect — means the portal is reachable.
 */
import type { NetworkProbe } from '../../core/checklist/types';

/** Slower than this feels broken to a user waiting for a login page. */
export const SLOW_MS = 1500;
/** Past this the portal counts as unreachable from here. */
export const TIMEOUT_MS = 6000;

export async function probeNetwork(origin: string, now: () => number = () => performance.now()): Promise<NetworkProbe> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  const started = now();
  try {
    await fetch(`${origin}/`, {
      method: 'HEAD',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
      signal: controller.signal,
    });
    const ms = Math.round(now() - started);
    return { state: ms < SLOW_MS ? 'fast' : 'slow', ms };
  } catch {
    return { state: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
