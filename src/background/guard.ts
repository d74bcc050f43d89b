import browser from 'webextension-polyfill';
import { GUARD_SCRIPT_ID, guardEnabled } from '../shared/guard';
import { readPolicy } from '../shared/storage/managed';

/**
 * Registers or unregisters the guard's content script to match the permission the user granted — unless the IT
 * department's policy switched the guard off (src/shared/storage/managed.ts).
 */
export async function syncGuard(): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [GUARD_SCRIPT_ID] });
  const wanted = (await guardEnabled()) && (await readPolicy()).lookalikeGuard !== false;
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
