import browser from 'webextension-polyfill';
import { GUARD_SCRIPT_ID, guardEnabled } from '../shared/guard';
import { readPolicy } from '../shared/storage/managed';

/**
 * Registers or unregisters the guard's content script to match the permission the user granted — unless the IT
 * department's policy switched the guard off (src/shared/storage/managed.ts). `alsoExcluded`: the custom portals'
 * hosts, which get the content script of their own (src/background/custom-portals.ts).
 */
export async function syncGuard(alsoExcluded: readonly string[] = []): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [GUARD_SCRIPT_ID] });
  const wanted = (await guardEnabled()) && (await readPolicy()).lookalikeGuard !== false;
  // portal pages already get the content script from the manifest
  const excludeMatches = [...(browser.runtime.getManifest().content_scripts?.[0]?.matches ?? []), ...alsoExcluded];
  const current = registered[0]?.excludeMatches ?? [];
  if (wanted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: GUARD_SCRIPT_ID,
        matches: ['http://*/*', 'https://*/*'],
        excludeMatches,
        js: ['content.js'],
        runAt: 'document_idle',
      },
    ]);
  } else if (!wanted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
  } else if (wanted && [...current].sort().join(' ') !== [...excludeMatches].sort().join(' ')) {
    await browser.scripting.updateContentScripts([{ id: GUARD_SCRIPT_ID, excludeMatches }]);
  }
}
