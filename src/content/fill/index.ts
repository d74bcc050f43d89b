/**
 * The content script's part of the pre-login checklist: answers the popup's `fill-field` and `probe-network`
 * (src/shared/messages.ts, TabMessage) and watches the page's credit-code and ID fields for values that cannot be
 * right. The messages are checked by hand (no zod in the page bundle) and accepted only from our own pages.
 */
import type { TabMessage } from '../../shared/messages';
import { fillField } from './fill-field';
import { probeNetwork } from './network-probe';
import { watchFields } from './field-note';

export function parseTabMessage(raw: unknown): TabMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const message = raw as Record<string, unknown>;
  if (message['type'] === 'probe-network') return { type: 'probe-network' };
  const { field, value } = message;
  if (message['type'] !== 'fill-field' || (field !== 'credit-code' && field !== 'agent-id')) return null;
  if (typeof value !== 'string' || value.length > 64) return null;
  return { type: 'fill-field', field, value };
}

/** Our own extension pages (the popup) send with no tab; a content script or a web page cannot pass for them. */
export function fromOurPage(sender: chrome.runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && sender.tab === undefined && (sender.url ?? '').startsWith(ownOrigin);
}

export function startChecklistInPage(doc: Document): void {
  chrome.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    if (!fromOurPage(sender, chrome.runtime.id, chrome.runtime.getURL(''))) return false;
    const message = parseTabMessage(raw);
    if (!message) return false;
    if (message.type === 'fill-field') {
      sendResponse(fillField(doc, message.field, message.value));
      return false;
    }
    void probeNetwork(doc.location.origin).then(sendResponse);
    return true;
  });
  const view = doc.defaultView;
  if (view) watchFields(view, (key, substitution) => chrome.i18n.getMessage(key, substitution));
}
