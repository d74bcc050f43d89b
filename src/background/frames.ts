/**
 * A tab is one page to the user, however many frames it has: the popup and the badge report the tab as a whole.
 * The top frame's document owns the tab's state; a sub-frame's messages (an iframe login box, a frameset's login
 * frame) join that state instead of starting a new one. Same-origin frames are described by the top frame's
 * snapshot; only a frame of another origin sends a snapshot of its own.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Recognition } from '../core/recognise';

export function isSubframe(sender: Runtime.MessageSender): boolean {
  return typeof sender.frameId === 'number' && sender.frameId > 0;
}

/**
 * Whose recognition the tab shows: the top frame's always; a sub-frame's only when it found a login form or a
 * logged-in page (a cross-origin frame with a banner or a news list says nothing about the tab).
 */
export function adoptsRecognition(sender: Runtime.MessageSender, next: Recognition): boolean {
  return !isSubframe(sender) || next.isLoginPage || next.loggedIn;
}
