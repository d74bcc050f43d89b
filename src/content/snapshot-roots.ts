/**
 * Whether this script runs in a frame whose top document the top frame's script already describes (the top
 * frame's snapshot reads into its same-origin frames, ./snapshot-walk.ts).
 */
export function coveredByTop(win: Window): boolean {
  if (win.top === win) return false;
  try {
    return Boolean(win.top?.document);
  } catch {
    return false;
  }
}

/** Posted by a same-origin frame's script to the top frame's: read me again. */
const FRAME_CHANGED = 'login-assistant:frame-changed';

/**
 * Tells the top frame's script to read this frame again: when the frame's structure changed, and once when the
 * frame's script starts. The top frame may have read this frame while it was still loading — Firefox runs the top
 * frame's script before its iframes have loaded, and a frame whose stylesheet is still loading has no layout yet,
 * so its login form reads as hidden — and a frame the top frame reads sends no description of its own.
 */
export function askTopToRead(win: Window): void {
  win.top?.postMessage({ [FRAME_CHANGED]: true }, win.location.origin);
}

/** Whether a message to the top frame is a same-origin frame's `askTopToRead` (any other window may post one). */
export function isFrameAsking(event: MessageEvent, win: Window): boolean {
  if (event.source === win || event.origin !== win.location.origin) return false;
  const data = event.data as Record<string, unknown> | null;
  return typeof data === 'object' && data !== null && data[FRAME_CHANGED] === true;
}
