/**
 * What the extension knows about each tab, kept in storage.session: the service worker is stopped when idle, so
 * memory alone would forget a tab's state between two messages. Session storage is never written to disk and is
 * cleared when the browser closes. It holds structure and findings only, never anything a user typed.
 */
import browser from 'webextension-polyfill';
import type { Recognition } from '../core/recognise';
import type { Finding, HintContent } from '../core/diagnose/types';
import type { TrustResult } from '../core/portals';

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

const key = (tabId: number) => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? null;
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
