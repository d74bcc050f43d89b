/**
 * What the options page says after a stored value had to be reset: which settings lost entries, until the user
 * closes the message (one key per setting, ./keys/resets.ts).
 */
import browser from 'webextension-polyfill';
import { RESETS } from './keys/resets';

export async function readResets(): Promise<Record<string, number>> {
  const stored = await browser.storage.local.get(null);
  const resets: Record<string, number> = {};
  for (const [key, raw] of Object.entries(stored)) {
    if (!key.startsWith(RESETS.key)) continue;
    const count = RESETS.recover(raw).value;
    if (count !== null) resets[key.slice(RESETS.key.length)] = count;
  }
  return resets;
}

export async function clearResets(): Promise<void> {
  const keys = Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(RESETS.key));
  await browser.storage.local.remove(keys);
}
