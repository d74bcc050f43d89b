/**
 * Sending and answering over the catalogue (messages.ts) with the declared types, so no call site writes a response
 * type or casts an answer. Only types come from messages.ts: the content script uses this file and its bundle stays
 * free of zod.
 *
 * Why not @webext-core/messaging, which does the same job: it wraps every message in its own envelope
 * ({ id, type, data, timestamp }) and registers one listener per type, while our background zod-parses each whole
 * message with MessageSchema, checks its sender and queues it per tab before any handler runs (route.ts), and the
 * popup answers its own TabMessages by hand. Adopting it would change the wire format all three rely on and add its
 * runtime to the page bundle; the part we want, the typed map, is these few lines.
 */
import type {
  Message,
  MessageOf,
  MessageType,
  Refusal,
  Reply,
  ResponseOf,
  TabMessage,
  TabResponseOf,
} from './messages';

/** The browser's own sendMessage bound to where it goes: `chrome.runtime`, `browser.runtime`, or one tab. */
export type Transport<M> = (message: M) => Promise<unknown>;

/** The background's answer to `message`, typed by the catalogue; null when nobody answered. */
export async function ask<M extends Message>(
  transport: Transport<Message>,
  message: M,
): Promise<Reply<M['type']> | null> {
  // the one place an answer's type is asserted: the handler map returns Responses (HandlerMap), the router Refusals
  const answer = (await transport(message)) as Reply<M['type']> | null | undefined;
  return answer ?? null;
}

/** A content script's answer to the popup's `message`; null when no frame answered (no field, no script). */
export async function askTab<M extends TabMessage>(
  transport: Transport<TabMessage>,
  message: M,
): Promise<TabResponseOf<M['type']> | null> {
  const answer = (await transport(message)) as TabResponseOf<M['type']> | null | undefined;
  return answer ?? null;
}

/** The router's "no" (see Refusal): no declared response has an `error` field. */
export function isRefusal(answer: unknown): answer is Refusal {
  return typeof answer === 'object' && answer !== null && 'error' in answer;
}

/** One handler per message type, each returning exactly the declared response (a compile error otherwise). */
export type HandlerMap<Sender> = {
  [T in MessageType]: (message: MessageOf<T>, sender: Sender) => Promise<ResponseOf<T>>;
};

/**
 * Hands a parsed message to its handler. A type the map does not hold is refused, including names every object
 * inherits ('constructor', 'toString'), so nothing but a declared handler ever runs.
 */
export function dispatch<Sender>(
  handlers: HandlerMap<Sender>,
  message: { type: string },
  sender: Sender,
): Promise<Reply<MessageType>> {
  if (!Object.hasOwn(handlers, message.type)) return Promise.resolve({ error: 'unknown message' });
  const handler = handlers[message.type as MessageType] as (
    m: typeof message,
    s: Sender,
  ) => Promise<Reply<MessageType>>;
  return handler(message, sender);
}
