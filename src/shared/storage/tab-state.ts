/**
 * What the extension knows about each tab, kept in storage.session: the service worker is stopped when idle, so
 * memory alone would forget a tab's state between two messages. Session storage is never written to disk and is
 * cleared when the browser closes. It holds structure and findings only, never anything a user typed.
 */
import type { Recognition } from '../../core/recognise';
import type { Finding, HintContent } from '../../core/diagnose/types';
import type { TrustResult } from '../../core/portals';
import { TAB_STATE } from './keys/tab-state';
import { readKey, removeKey, writeKey } from './store';

export interface TabState {
  url: string;
  /** the page document the state belongs to; a new document starts a new state */
  documentId: string;
  trust: TrustResult['trust'];
  recognition: Recognition | null;
  /** CA client traces the page's snapshot reported (script names, ActiveX class ids): the checklist's certificate facts */
  caMarkers?: string[];
  findings: Finding[];
  hint: HintContent | null;
  updatedAt: number;
}

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
