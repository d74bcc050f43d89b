/**
 * The opt-in fake-portal guard: with the user's grant of access to all sites (an optional host permission, asked
 * for on a click), our content script also runs on every other site. There it only asks the background whether
 * the host imitates a portal and stops at once when it does not.
 */
import { ext as browser } from './ext';

export const GUARD_ORIGINS = ['*://*/*'];
export const GUARD_SCRIPT_ID = 'lookalike-guard';

export function guardEnabled(): Promise<boolean> {
  return browser.permissions.contains({ origins: GUARD_ORIGINS });
}

/** Must run inside a click handler: browsers only ask for permissions on a user gesture. */
export function enableGuard(): Promise<boolean> {
  return browser.permissions.request({ origins: GUARD_ORIGINS });
}

export function disableGuard(): Promise<boolean> {
  return browser.permissions.remove({ origins: GUARD_ORIGINS });
}
