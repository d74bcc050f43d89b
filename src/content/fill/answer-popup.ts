/**
 * The popup's `fill-field` and `probe-network` (src/shared/messages.ts, TabMessage), answered in the page. This is
 * fill.js, not content.js: few users ever click these buttons, so the background adds it to the tab's frames on the
 * click (src/background/fill-code.ts) and content.js stays small. The messages are checked by hand (no zod in the
 * page bundle) and accepted only from our own pages.
 */
import type { TabMessage, TabResponseOf, TabResponses } from '../../shared/messages';
import { onAbort } from '../on-abort';
import { fillField } from './fill-field';
import { probeNetwork } from './network-probe';
import type { ChecklistMark } from './page-mark';

export function parseTabMessage(raw: unknown): TabMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const message = raw as Record<string, unknown>;
  if (message['type'] === 'probe-network') return { type: 'probe-network' };
  const { field, value } = message;
  if (message['type'] !== 'fill-field' || (field !== 'credit-code' && field !== 'agent-id')) return null;
  if (typeof value !== 'string' || value.length > 64) return null;
  return { type: 'fill-field', field, value };
}

/**
 * Our own extension pages (the popup) send from our origin; a content script of ours sends from its page's address
 * and a web page cannot send at all, so neither passes for them (the rule of src/background/sender.ts). Firefox names
 * the tab of an extension page that is open in one (the popup opened as a page), Chromium does not: the tab says
 * nothing here.
 */
export function fromOurPage(sender: chrome.runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && (sender.url ?? '').startsWith(ownOrigin);
}

/**
 * The popup's message reaches every frame of the tab and the first answer wins: a frame without the field stays
 * silent so the frame that has it (a login box in an iframe) or the top frame answers; only the top frame times
 * the portal.
 */
export function answerPopup(doc: Document, signal?: AbortSignal): void {
  const top = doc.defaultView === doc.defaultView?.top;
  type Respond = (answer: TabResponses[keyof TabResponses]) => void;
  const listener = (raw: unknown, sender: chrome.runtime.MessageSender, sendResponse: Respond) => {
    if (!fromOurPage(sender, chrome.runtime.id, chrome.runtime.getURL(''))) return false;
    const message = parseTabMessage(raw);
    if (!message) return false;
    if (message.type === 'fill-field') {
      const answer: TabResponseOf<'fill-field'> = fillField(doc, message.field, message.value);
      if (answer.ok || top) sendResponse(answer);
      return false;
    }
    if (!top) return false;
    const probe: Promise<TabResponseOf<'probe-network'>> = probeNetwork(doc.location.origin);
    void probe.then(sendResponse);
    return true;
  };
  chrome.runtime.onMessage.addListener(listener);
  onAbort(signal, () => chrome.runtime.onMessage.removeListener(listener));
}

/** fill.js's start: in a frame content.js watches, once (./page-mark.ts). */
export function answerPopupHere(doc: Document, mark: ChecklistMark | null): boolean {
  if (!mark || mark.answering || mark.signal?.aborted) return false;
  mark.answering = true;
  answerPopup(doc, mark.signal);
  return true;
}
