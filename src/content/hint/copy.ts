/**
 * Puts `text` on the clipboard for "复制诊断信息", masked (maskIdentifiers): the diagnostic quotes page text, which may
 * carry an ID number. The background copies it from the extension's own context (background/clipboard.ts), where the
 * page cannot interfere. Only if that fails does the page's async clipboard (https pages) take over — it fires no
 * `copy` event, so a page listener cannot rewrite the text either. The old copy command in the page is never used:
 * the page's `copy` listener could put its own text on the clipboard while we say "已复制".
 */
import { maskIdentifiers } from '../../core/mask';
import { send } from '../messaging';

export async function copyText(text: string, _root: ShadowRoot, doc: Document): Promise<boolean> {
  const masked = maskIdentifiers(text);
  const answer = await send({ type: 'copy-text', text: masked.slice(0, 8000) });
  if (answer?.ok === true) return true;
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(masked);
    return true;
  } catch {
    return false;
  }
}
