/**
 * What the extension knows about each tab, kept in storage.session: the service worker is stopped when idle, so
 * memory alone would forget a tab's state between two messages. Session storage is never written to disk and is
 * cleared when the browser closes. It holds structure and findings only, never anything a user typed.
 */
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/tab-state';
import { TabStateSchema } from './stored-schemas';

// the shape lives in src/shared: the popup reads it too (the answer to `get-tab-state`)
export type { TabState };

const key = (tabId: number) => `tab:${tabId}`;

/** The tab's state, parsed with its schema: a value of the wrong shape counts as no state (that key only). */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  const parsed = TabStateSchema.safeParse(stored[key(tabId)]);
  return parsed.success ? (parsed.data as TabState) : null;
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
