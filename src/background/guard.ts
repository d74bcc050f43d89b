import browser from 'webextension-polyfill';
import { GUARD_SCRIPT_ID, guardEnabled } from '../shared/guard';

/** Registers or unregisters the guard's content script to match the permission the user granted. */
export async function syncGuard(): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [GUARD_SCRIPT_ID] });
  const wanted = await guardEnabled();
  if (wanted && registered.length === 0) {
    const portalScript = browser.runtime.getManifest().content_scripts?.[0];
    await browser.scripting.registerContentScripts([
      {
        id: GUARD_SCRIPT_ID,
        matches: ['http://*/*', 'https://*/*'],
        // portal pages already get the content script from the manifest
        excludeMatches: portalScript?.matches ?? [],
        js: ['content.js'],
        runAt: 'document_idle',
      },
    ]);
  } else if (!wanted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
  }
}
