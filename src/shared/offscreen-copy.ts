/**
 * The one message between Chrome's service worker and its offscreen document (background/clipboard.ts →
 * offscreen/main.ts): "put this text on the clipboard" → `{ ok }`. Not a runtime message of the catalogue
 * (messages.ts): the background's router never sees it, since only the offscreen document answers a message with
 * this target. Kept apart from the catalogue so the offscreen page carries no zod.
 */
export const OFFSCREEN_TARGET = 'login-assistant-offscreen';

export interface OffscreenCopy {
  target: typeof OFFSCREEN_TARGET;
  text: string;
}

export interface OffscreenCopyAnswer {
  ok: boolean;
}
