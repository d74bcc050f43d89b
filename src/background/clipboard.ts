/**
 * "复制诊断信息" copies from the extension's own context, never from the page: on an http:// portal the page's copy
 * command fires the page's `copy` event, and a page listener could put something else on the clipboard while the
 * hint says "已复制". Chrome's service worker has no DOM, so it hands the text to an offscreen document
 * (offscreen/main.ts); Firefox's background is a page with a DOM and copies itself. The text is masked once more on
 * the way: whatever reaches the clipboard carries no unmasked identifier.
 */
import { maskIdentifiers } from '../core/mask';
import { copyInDocument } from '../shared/copy-in-document';
import { OFFSCREEN_TARGET, type OffscreenCopy, type OffscreenCopyAnswer } from '../shared/offscreen-copy';

const OFFSCREEN_URL = 'offscreen.html';
let creating: Promise<void> | null = null;

async function offscreenReady(): Promise<void> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
  });
  if (contexts.length > 0) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['CLIPBOARD' as chrome.offscreen.Reason],
      justification: 'Copy the diagnostic text the user asked to copy.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export async function writeClipboard(text: string): Promise<boolean> {
  const masked = maskIdentifiers(text);
  const offscreen = (globalThis as { chrome?: typeof chrome }).chrome?.offscreen;
  try {
    if (offscreen && typeof offscreen.createDocument === 'function') {
      await offscreenReady();
      const message: OffscreenCopy = { target: OFFSCREEN_TARGET, text: masked };
      const answer: OffscreenCopyAnswer | undefined = await chrome.runtime.sendMessage(message);
      return answer?.ok === true;
    }
    if (typeof document === 'undefined') return false;
    if (navigator.clipboard?.writeText) {
      return await navigator.clipboard.writeText(masked).then(
        () => true,
        () => copyInDocument(document, masked),
      );
    }
    return copyInDocument(document, masked);
  } catch {
    return false;
  }
}
