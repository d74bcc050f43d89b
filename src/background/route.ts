/**
 * Every runtime message goes through here: parsed with the catalogue's schema, checked against who may send it, and
 * handed to its handler — a content script's messages in its tab's order (tab-queue.ts).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { MessageSchema, type MessageType, type Reply } from '../shared/messages';
import { dispatch } from '../shared/protocol';
import { HANDLERS } from './handlers';
import { SENDER_OF, senderKind } from './sender';
import { tabQueues } from './tab-queue';

const queues = tabQueues();

export function route(raw: unknown, sender: Runtime.MessageSender): Promise<Reply<MessageType>> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return Promise.resolve({ error: 'invalid message' });
  const message = parsed.data;
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL(''));
  if (kind === null || SENDER_OF[message.type] !== kind) return Promise.resolve({ error: 'sender not allowed' });
  const handle = () => dispatch(HANDLERS, message, sender).catch((error: unknown) => ({ error: String(error) }));
  const tabId = sender.tab?.id;
  if (kind !== 'content' || tabId === undefined) return handle();
  return queues.run(tabId, handle, { droppable: message.type === 'page-messages', dropped: { hint: null } });
}
