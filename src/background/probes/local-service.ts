/**
 * One request to a CA vendor's local service (127.0.0.1), as src/core/ca-clients describes it, turned into what
 * the core reads (`CaServiceAnswer`). The service is on the user's computer but its answer is untrusted: the body
 * is read up to a bound, and nothing here interprets it. One attempt, a short timeout, no cookies, no redirects.
 */
import type { CaProbeRequest, CaServiceAnswer } from '../../core/ca-clients';

/** A live local service answers in milliseconds; a hung one must not keep the user waiting (research: 1.5–2 s). */
export const TIMEOUT_MS = 2000;
/** A certificate list is a few hundred bytes; anything past this is not read. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Reads at most MAX_BODY_BYTES of the body, then stops the download. */
async function boundedText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_BODY_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  void reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(Math.min(size, MAX_BODY_BYTES));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

async function httpCall(request: CaProbeRequest, signal: AbortSignal): Promise<CaServiceAnswer> {
  try {
    const response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal,
    });
    return { status: response.status, body: await boundedText(response) };
  } catch {
    return signal.aborted ? 'timeout' : 'refused';
  }
}

/** A WebSocket service is only opened and closed again: nothing is sent to it. */
function socketCall(request: CaProbeRequest, signal: AbortSignal): Promise<CaServiceAnswer> {
  return new Promise((resolve) => {
    let socket: WebSocket;
    try {
      socket = new WebSocket(request.url);
    } catch {
      resolve('refused');
      return;
    }
    const finish = (answer: CaServiceAnswer) => {
      socket.close();
      resolve(answer);
    };
    socket.onopen = () => finish({ opened: true });
    socket.onerror = () => finish('refused');
    signal.addEventListener('abort', () => finish('timeout'));
  });
}

export async function callLocalService(request: CaProbeRequest, timeoutMs = TIMEOUT_MS): Promise<CaServiceAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await (request.transport === 'websocket' ? socketCall : httpCall)(request, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
