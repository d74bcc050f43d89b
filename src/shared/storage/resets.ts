/**
 * What the options page says after a stored value had to be reset: which settings lost entries, until the user
 * closes the message.
 */
import browser from 'webextension-polyfill';
import { RESETS } from './keys/resets';

export async function readResets(): Promise<Record<string, number>> {
  return RESETS.recover((await browser.storage.local.get(RESETS.key))[RESETS.key]).value;
}

export async function clearResets(): Promise<void> {
  await browser.storage.local.remove(RESETS.key);
}
