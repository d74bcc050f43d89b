/**
 * What the extension knows about each tab, kept in storage.session: the service worker is stopped when idle, so
 * memory alone would forget a tab's state between two messages. Session storage is never written to disk and is
 * cleared when the browser closes. It holds structure and findings only, never anything a user typed.
 */
import type { TabState } from '../tab-state';
import { TAB_STATE } from './keys/tab-state';
import { readKey, removeKey, writeKey } from './store';

// the shape is declared once, in src/shared/tab-state.ts (the popup reads it as the answer to `get-tab-state`)
export type { TabState };

/** The tab's state, parsed with its schema: a value of the wrong shape counts as no state (that key only). */
export function readTabState(tabId: number): Promise<TabState | null> {
  return readKey(TAB_STATE, String(tabId));
}

export function writeTabState(tabId: number, state: TabState): Promise<void> {
  return writeKey(TAB_STATE, state, String(tabId));
}

export function forgetTab(tabId: number): Promise<void> {
  return removeKey(TAB_STATE, String(tabId));
}

/** A tab state from anywhere else (the background's answer to the popup), read like a stored one: whole or null. */
export function parseTabState(value: unknown): TabState | null {
  return TAB_STATE.recover(value).value;
}
