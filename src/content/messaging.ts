/**
 * Typed send to the background. Only the message *types* come from the catalogue, so the page bundle carries no
 * zod. An extension reload or update leaves old content scripts orphaned ("Extension context invalidated"): then
 * every send fails quietly and the script stops doing work.
 */
import type { Message } from '../shared/messages';

export function extensionAlive(): boolean {
  // chrome.* rather than webextension-polyfill: MV3 browsers' chrome.runtime returns promises, and the page
  // bundle stays smaller without the polyfill.
  return typeof chrome !== 'undefined' && Boolean(chrome.runtime?.id);
}

export async function send<R>(message: Message): Promise<R | null> {
  if (!extensionAlive()) return null;
  try {
    return ((await chrome.runtime.sendMessage(message)) as R) ?? null;
  } catch {
    return null;
  }
}
