/**
 * Which tab the popup describes: the active tab of the current window (the toolbar popup), or the tab named by
 * `?tab=ID` when the popup is opened as a page of its own (headless Chromium has no toolbar, so the end-to-end
 * tests do that). The tab's address comes from activeTab, which the browser grants when the user opens the
 * popup, or from what our content script reported. A popup opened as a page gets no activeTab grant, so it may
 * also be told the address with `&url=` — only an extension page or the user can open it, and the address is
 * only ever judged (trust), never fetched.
 */
import browser from 'webextension-polyfill';
import { ask, isRefusal } from '../shared/protocol';
import type { TabState } from '../shared/tab-state';

export interface PopupTab {
  id: number;
  /** known with activeTab (the user opened the popup on this tab) or from what our content script reported */
  url: string | null;
  state: TabState | null;
  /** consecutive failed tries the background counted on this tab's portal (lockout guard) */
  failures: number;
}

/** The tab and its address as the browser knows them, without asking the background (which may be asleep). */
export async function openedTab(search: string): Promise<PopupTab | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  const tab = Number.isInteger(requested) && requested > 0
    ? await browser.tabs.get(requested).catch(() => null)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  const given = new URLSearchParams(search).get('url');
  return { id: tab.id, url: tab.url ?? given ?? null, state: null, failures: 0 };
}

/** The tab with what the background knows of its page (recognition, findings, failure count). */
export async function withState(tab: PopupTab): Promise<PopupTab> {
  const reply = await ask((message) => browser.runtime.sendMessage(message), { type: 'get-tab-state', tabId: tab.id });
  // a refused message (see Refusal) tells nothing about the tab
  const stored = isRefusal(reply) ? null : reply;
  const url = tab.url ?? stored?.url ?? null;
  // what we stored belongs to the document it came from; after the tab moved on to another page it says nothing
  const current = stored && url !== null && withoutHash(stored.url) === withoutHash(url) ? stored : null;
  const failures = typeof current?.failures === 'number' && Number.isFinite(current.failures) ? current.failures : 0;
  return { id: tab.id, url, state: current, failures };
}

export async function describedTab(search: string): Promise<PopupTab | null> {
  const tab = await openedTab(search);
  return tab ? withState(tab) : null;
}

function withoutHash(url: string): string {
  return url.split('#')[0] ?? url;
}
