/**
 * On install, on update and when the options page opens: every area is migrated and every registered key read
 * once, so a broken value is repaired (and reported in the options page) before anything relies on it.
 */
import browser from 'webextension-polyfill';
import type { AreaName } from './entry';
import { STORED_KEYS } from './keys';
import { readKey, runMigrations } from './store';

async function repairArea(area: AreaName): Promise<void> {
  await runMigrations(area);
  const keys = Object.keys(await (area === 'local' ? browser.storage.local : browser.storage.session).get(null));
  for (const entry of STORED_KEYS.filter((e) => e.area === area)) {
    if (!entry.family) await readKey(entry);
    else
      for (const key of keys.filter((k) => k.startsWith(entry.key)).slice(0, 10_000))
        await readKey(entry, key.slice(entry.key.length));
  }
}

export async function repairStorage(): Promise<void> {
  await repairArea('local');
  await repairArea('session');
}
