/**
 * Typed send to the background: the answer's type comes from the catalogue (messages.ts, Reply), so no call site
 * names it. Only the message *types* come from the catalogue, so the page bundle carries no zod. An extension
 * reload or update leaves old content scripts orphaned ("Extension context invalidated"): then every send fails
 * quietly and the script stops doing work.
 */
import type { Message, Reply } from '../shared/messages';

export function extensionAlive(): boolean {
  // chrome.* rather than webextension-polyfill: MV3 browsers' chrome.runtime returns promises, and the page
  // bundle stays smaller without the polyfill.
  return typeof chrome !== 'undefined' && Boolean(chrome.runtime?.id);
}

export async function send<M extends Message>(message: M): Promise<Reply<M['type']> | null> {
  if (!extensionAlive()) return null;
  try {
    // protocol.ts's ask(), written out for chrome.runtime: not one byte more in the page bundle. A refusal is passed
    // on as it is; the callers read only the answer's own fields, which a refusal lacks (Refused)
    const answer: Reply<M['type']> | undefined = await chrome.runtime.sendMessage(message);
    return answer ?? null;
  } catch {
    return null;
  }
}
