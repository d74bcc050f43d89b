/**
 * The offscreen document (Chrome): a page of the extension's own, with no web page in it, that puts text on the
 * clipboard for the service worker (which has no DOM). Only the service worker talks to it: a message from a tab
 * (a content script) or one without our target is not for us and gets no answer.
 */
import { copyInDocument } from '../shared/copy-in-document';
import { OFFSCREEN_TARGET, type OffscreenCopy, type OffscreenCopyAnswer } from '../shared/offscreen-copy';

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const copy = message as Partial<OffscreenCopy> | null;
  if (sender.id !== chrome.runtime.id || sender.tab) return false;
  if (copy?.target !== OFFSCREEN_TARGET || typeof copy.text !== 'string') return false;
  const answer: OffscreenCopyAnswer = { ok: copyInDocument(document, copy.text) };
  sendResponse(answer);
  return false;
});
