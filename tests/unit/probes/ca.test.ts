import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { probeCa } from '../../../src/background/probes/ca';
import { callLocalService, MAX_BODY_BYTES } from '../../../src/background/probes/local-service';
import { bjcaUserListRequest, caProbeRequests } from '../../../src/core/ca-clients';
import { LOCAL_ORIGINS } from '../../../src/shared/local-permission';
import { FAKE_HOLDER, READ_ONLY_FUNCTIONS, startFakeBjca, type FakeBjca } from '../../harness/fake-bjca';

/*
 * The background's CA probe against our fake BJCA service (tests/harness/fake-bjca.ts). The fake listens on a
 * free port here (the e2e tests own 21051); fetch is pointed at it.
 */

const realFetch = globalThis.fetch;
let fake: FakeBjca;
let port = 0;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const found = (server.address() as AddressInfo).port;
  await new Promise((done) => server.close(done));
  return found;
}

beforeAll(async () => {
  port = await freePort();
  fake = await startFakeBjca('down', port);
});
afterAll(() => fake.close());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  fake.calls.length = 0;
});

function routeToFake(): void {
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => realFetch(url.replace(':21051/', `:${port}/`), init));
}

const grant = (granted: boolean) => vi.spyOn(browser.permissions, 'contains').mockResolvedValue(granted);

describe('probe-ca (BJCA)', () => {
  it('three states of the service → three verdicts', async () => {
    routeToFake();
    const contains = grant(true);
    await fake.setState('down');
    expect(await probeCa('bjca', 'chrome-extension://abc/')).toEqual({ state: 'not-running' });
    await fake.setState('no-key');
    expect(await probeCa('bjca', 'chrome-extension://abc/')).toEqual({ state: 'no-key' });
    await fake.setState('key');
    expect(await probeCa('bjca', 'chrome-extension://abc/')).toEqual({
      state: 'key',
      certs: [{ holder: FAKE_HOLDER }],
    });
    expect(contains).toHaveBeenCalledWith({ origins: LOCAL_ORIGINS });
  });

  it('asks only the read-only list call, never with a PIN', async () => {
    routeToFake();
    grant(true);
    await fake.setState('key');
    await probeCa('bjca', 'chrome-extension://abc/');
    expect(fake.calls.length).toBe(1);
    for (const call of fake.calls) {
      expect(call.path).toBe('/synctl');
      const body = call.body as Record<string, unknown>;
      expect(READ_ONLY_FUNCTIONS).toContain(body['func']);
      expect(JSON.stringify(body)).not.toMatch(/pin|password|sign|login/i);
      // only a web page's origin and path would go along; an extension address never does
      expect(body['url']).toBe('');
    }
  });

  it('a service that does not answer in time: not running, and said to have timed out', async () => {
    grant(true);
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_, reject) =>
          init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    vi.useFakeTimers();
    const pending = probeCa('bjca', '');
    await vi.advanceTimersByTimeAsync(5000);
    vi.useRealTimers();
    expect(await pending).toEqual({ state: 'not-running', timedOut: true });
  });

  it('without the 127.0.0.1 permission: no request at all, the answer says so', async () => {
    const fetch = vi.fn(realFetch);
    vi.stubGlobal('fetch', fetch);
    grant(false);
    await fake.setState('key');
    expect(await probeCa('bjca', 'chrome-extension://abc/')).toEqual({ state: 'no-permission' });
    expect(fetch).not.toHaveBeenCalled();
    expect(fake.calls).toEqual([]);
  });

  it('a vendor with nothing to probe, or one we do not know: not probed, no request', async () => {
    const fetch = vi.fn(realFetch);
    vi.stubGlobal('fetch', fetch);
    grant(true);
    expect(await probeCa('gdca', 'chrome-extension://abc/')).toEqual({ state: 'not-probed' });
    expect(await probeCa('no-such-vendor', 'chrome-extension://abc/')).toEqual({ state: 'not-probed' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a holder name that is too long is cut before it leaves the background', async () => {
    grant(true);
    const long = 'A'.repeat(5000);
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ retValue: `${long}||x&&&` }), { status: 200 }));
    const answer = await probeCa('bjca', 'chrome-extension://abc/');
    expect(answer.state).toBe('key');
    expect(answer.state === 'key' && answer.certs[0]!.holder.length).toBeLessThanOrEqual(80);
  });
});

describe('one call to a local service', () => {
  let server: Server;
  let slowPort = 0;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/hang') return; // never answers
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ retValue: 'x'.repeat(MAX_BODY_BYTES * 4) }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    slowPort = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise((done) => server.close(done));
  });

  it('gives up after the timeout: a hung service counts as no answer', async () => {
    const started = Date.now();
    const answer = await callLocalService(bjcaUserListRequest(`http://127.0.0.1:${slowPort}/hang`, ''), 300);
    expect(answer).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reads no more than the bound of a huge answer', async () => {
    const answer = await callLocalService(bjcaUserListRequest(`http://127.0.0.1:${slowPort}/big`, ''));
    expect(typeof answer === 'object' && 'body' in answer && answer.body.length).toBe(MAX_BODY_BYTES);
  });

  it('a closed port is refused quickly', async () => {
    const closed = await freePort();
    expect(await callLocalService(bjcaUserListRequest(`http://127.0.0.1:${closed}/synctl`, ''))).toBe('refused');
  });

  it('BJCA is tried on plain http first, then https', () => {
    expect(caProbeRequests('bjca', '').map((r) => r.url)).toEqual([
      'http://127.0.0.1:21051/synctl',
      'https://127.0.0.1:21061/synctl',
    ]);
  });
});
