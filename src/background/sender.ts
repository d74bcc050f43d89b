/**
 * Who may send which message. Web pages cannot message us at all (no externally_connectable), so a sender is
 * either one of our content scripts (in any frame of a tab, on an http(s) page: login boxes live in iframes and
 * framesets; a frame's findings join its tab's state, see frames.ts) or one of our own pages.
 */
import type { Runtime } from 'webextension-polyfill';
import type { MessageType } from '../shared/messages';

export type SenderKind = 'content' | 'extension-page';

export const SENDER_OF: Record<MessageType, SenderKind> = {
  'page-hello': 'content',
  'page-snapshot': 'content',
  'page-messages': 'content',
  'hint-feedback': 'content',
  'get-tab-state': 'extension-page',
  'probe-ca': 'extension-page',
  'copy-text': 'content',
  'field-note-texts': 'content',
  'hint-code': 'content',
  'fill-code': 'extension-page',
  'popup-view': 'extension-page',
};

export function senderKind(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): SenderKind | null {
  if (sender.id !== ownId) return null;
  if (sender.url?.startsWith(ownOrigin)) return 'extension-page';
  const inFrame = typeof sender.frameId === 'number' && sender.frameId >= 0;
  if (sender.tab?.id !== undefined && inFrame && /^https?:\/\//.test(sender.url ?? '')) return 'content';
  return null;
}
