/**
 * The optional permission the CA-client probe needs: access to this computer's own address (127.0.0.1), where a
 * CA vendor's client listens. Asked for only when the user clicks "check the CA client" in the popup, never at
 * install; the probe itself runs in the background (src/background/probes).
 */
import { ext as browser } from './ext';

/** A match pattern without a port covers every port (the vendors listen on 21051, 21061, …). */
export const LOCAL_ORIGINS = ['http://127.0.0.1/*', 'https://127.0.0.1/*'];

export function hasLocalAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: LOCAL_ORIGINS });
}

/**
 * Must be called inside the click handler, before any await: browsers only show the permission prompt during a
 * user gesture. Resolves true when granted (at once, without a prompt, when it was granted before).
 */
export function requestLocalAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: LOCAL_ORIGINS });
}
