/**
 * Puts `text` on the clipboard. Many portals are plain http://, where navigator.clipboard does not exist; there the
 * old copy command works while the click's user activation lasts. The helper textarea lives in our shadow root and
 * gets its text via textContent (we never touch any field's value).
 */
export async function copyText(text: string, root: ShadowRoot, doc: Document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // denied or not focused: try the fallback below
    }
  }
  const withCommand = doc as Document & { execCommand?: (command: string) => boolean };
  if (typeof withCommand.execCommand !== 'function') return false;
  const area = doc.createElement('textarea');
  area.className = 'copy-area';
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.textContent = text;
  const focused = root.activeElement as HTMLElement | null;
  root.append(area);
  try {
    area.select();
    return withCommand.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    // select() moved focus into the helper; give it back to the button the user pressed
    focused?.focus({ preventScroll: true });
  }
}
