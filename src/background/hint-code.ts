/**
 * Adds the hint's code (hint.js) to a frame once: content.js does not carry it (src/content/hint-ui.ts). A frame
 * described as a login page gets it with that description's answer, so a failed login's first hint need not wait for
 * it (measured, scripts/bench/error-to-hint.ts: injected with the first answer, it arrived after the answer and took
 * 1–2 ms to compile on that error's path); any other frame gets it the first time it is answered with a hint, just
 * before the handler answers, so the injection and the answer travel at the same time. Needs the host permission of the page (manifest `host_permissions`: the hosts the content script
 * runs on; the guard's and the custom portals' hosts are granted by the user before their script runs at all).
 */
import browser, { type Runtime } from 'webextension-polyfill';

/** frames that have it, by tab, frame and document; bounded (a tab navigating all day) */
const injected = new Set<string>();
const MAX_REMEMBERED = 500;

export function bringHintCode(sender: Runtime.MessageSender): void {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId === undefined) return;
  const documentId = (sender as { documentId?: string }).documentId;
  const key = `${tabId} ${frameId} ${documentId ?? sender.url ?? ''}`;
  if (injected.has(key)) return;
  if (injected.size >= MAX_REMEMBERED) injected.clear();
  injected.add(key);
  // Chromium names the document (no injection into a page that has since replaced it); Firefox has frames only
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
  const forget = () => void injected.delete(key);
  try {
    browser.scripting.executeScript({ target: target as { tabId: number }, files: ['hint.js'] }).catch(forget);
  } catch {
    forget(); // no scripting API here (unit tests' fake browser)
  }
}
