/**
 * The CA-client probe behind the popup's "检测" button (message `probe-ca`): is the vendor's client running, and
 * does it see a USB key with a certificate? Only with the user's grant of 127.0.0.1 (src/shared/local-permission.ts),
 * only the read-only requests src/core/ca-clients lists (never a PIN, never a login or signing call), and only the
 * first request that gets an answer counts. The result is parsed before it leaves: the service's words are
 * untrusted even though it runs on this computer.
 */
import * as z from 'zod/mini';
import { caProbeRequests, readCaAnswer } from '../../core/ca-clients';
import type { CaProbe } from '../../core/checklist/types';
import { hasLocalAccess } from '../../shared/local-permission';
import { callLocalService } from './local-service';

const text = (max: number) => z.string().check(z.maxLength(max));

export const CaProbeSchema = z.discriminatedUnion('state', [
  z.object({ state: z.enum(['not-probed', 'no-permission', 'no-key', 'running']) }),
  z.object({ state: z.literal('not-running'), timedOut: z.optional(z.boolean()) }),
  z.object({
    state: z.literal('key'),
    certs: z
      .array(z.object({ holder: text(80), notAfter: z.optional(text(32)) }))
      .check(z.minLength(1), z.maxLength(20)),
  }),
]);

/**
 * `pageUrl`: the address BJCA's own pages send along (the core keeps only its origin and path, and only of a web
 * page). The first answer decides; when none answers, a timeout on any address is reported as such (a hung or
 * blocked client needs other advice than a missing one).
 */
export async function probeCa(vendor: string, pageUrl: string): Promise<CaProbe> {
  const requests = caProbeRequests(vendor, pageUrl);
  if (requests.length === 0) return { state: 'not-probed' };
  if (!(await hasLocalAccess())) return { state: 'no-permission' };
  let timedOut = false;
  for (const request of requests) {
    const verdict = readCaAnswer(request, await callLocalService(request));
    if (verdict.state !== 'not-running') return CaProbeSchema.parse(verdict) as CaProbe;
    timedOut ||= verdict.timedOut === true;
  }
  return timedOut ? { state: 'not-running', timedOut } : { state: 'not-running' };
}
