/**
 * A stand-in for BJCA's 证书应用环境 on this computer, for the CA-client probe tests: our own tiny server on
 * 127.0.0.1:21051 speaking the documented shape (POST /synctl, JSON `{url, clsid, func, param?}`, answer JSON
 * `{retValue}`; SOF_GetUserList lists `<holder>||<container>&&&…`, empty when no key is inserted).
 *
 * Three states: `down` (nothing listens: the client is not installed or not running), `no-key` (running, empty
 * list) and `key` (running, one certificate for `holder`). Every call is recorded, so tests can assert what the
 * extension asked: only read-only functions, never a PIN.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export const BJCA_PORT = 21051;
export const FAKE_HOLDER = '北京测试科技有限公司';
/** The functions the real service offers that only read; anything else asked of the fake is a test failure. */
export const READ_ONLY_FUNCTIONS = ['SOF_GetVersion', 'SOF_GetUserList'];

export type FakeBjcaState = 'down' | 'no-key' | 'key';

export interface FakeBjcaCall {
  path: string;
  method: string;
  /** the parsed JSON body, or the raw text when it was not JSON */
  body: unknown;
}

export interface FakeBjca {
  readonly calls: FakeBjcaCall[];
  state(): FakeBjcaState;
  /** `down` closes the port; the other states (re)open it */
  setState(state: FakeBjcaState): Promise<void>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 100_000) break;
  }
  return text;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function answerFor(func: unknown, state: FakeBjcaState): { retValue: string } | null {
  if (func === 'SOF_GetVersion') return { retValue: '2.17.0.0' };
  if (func === 'SOF_GetUserList')
    return { retValue: state === 'key' ? `${FAKE_HOLDER}||{7C2A5E1D-0B7F-4F1A-9C55-3A6E2B8D4F10}&&&` : '' };
  return null;
}

export async function startFakeBjca(initial: FakeBjcaState = 'down', port = BJCA_PORT): Promise<FakeBjca> {
  const calls: FakeBjcaCall[] = [];
  let current: FakeBjcaState = initial;
  let server: Server | null = null;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer(async (request, response) => {
        // pages call the real service from their own origin, so it allows any origin
        const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
        if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
        const body = parse(await readBody(request));
        calls.push({ path: request.url ?? '', method: request.method ?? '', body });
        const func = typeof body === 'object' && body !== null ? (body as { func?: unknown }).func : undefined;
        const answer = request.url === '/synctl' ? answerFor(func, current) : null;
        if (!answer) return void response.writeHead(404, cors).end();
        response
          .writeHead(200, { ...cors, 'content-type': 'application/json; charset=utf-8' })
          .end(JSON.stringify(answer));
      });
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        server = next;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const running = server;
      server = null;
      if (!running) return resolve();
      running.closeAllConnections();
      running.close(() => resolve());
    });

  const fake: FakeBjca = {
    calls,
    state: () => current,
    async setState(state) {
      current = state;
      if (state === 'down') await stop();
      else if (!server) await listen();
    },
    close: stop,
  };
  await fake.setState(initial);
  return fake;
}
