/**
 * The copy command in a document of the extension's own (the offscreen document in Chrome, the background page in
 * Firefox). No web page shares this document, so no page `copy` listener sees or changes the text.
 */
export function copyInDocument(doc: Document, text: string): boolean {
  const area = doc.createElement('textarea');
  area.textContent = text;
  doc.body.append(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
