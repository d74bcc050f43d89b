/**
 * `popup-view`: everything the popup paints first, in one answer (src/shared/popup-view.ts), so the popup itself
 * needs neither the portal registry nor the rules' texts nor the checklist before its first paint. The tab is the
 * one the popup names (`?tab=`), else the active tab of the window the user is in. What it reads from storage is
 * kept in this worker's memory between popups (`keep`), so a popup opened on a quiet page is answered at once.
 */
import browser from 'webextension-polyfill';
import { readProfiles, readLastProfileId } from '../shared/profiles';
import type { MessageOf } from '../shared/messages';
import {
  browserOf,
  composePopupView,
  currentState,
  NOT_PROBED,
  type PopupTab,
  type PopupView,
} from '../shared/popup-view';
import { portalKey } from './handlers';
import { uiLang } from '../shared/lang';
import { languageChoice } from '../shared/language-text';
import { loadCustomPortals } from '../shared/custom-portals';
import { readFailureCount as readFailures } from './memory';
import { readTabState } from './tab-state';
import { TAB_STATE } from '../shared/storage/keys/tab-state';

/**
 * Storage reads for the popup's answer, kept from one popup to the next until what they read changes: a change to
 * tab states only (the content script reports often) keeps them, any other change drops them all (a company, a
 * custom portal, the IT policy). Gone with the worker, then read again.
 */
const kept = new Map<string, Promise<unknown>>();

function dropChanged(changes: Record<string, unknown>): void {
  const keys = Object.keys(changes);
  if (!keys.every((key) => key.startsWith(TAB_STATE.key))) kept.clear();
}

function keep<T>(key: string, read: () => Promise<T>): Promise<T> {
  // what was kept while no one listened for changes may be old (a test's fake browser was reset): start afresh
  if (!browser.storage.onChanged.hasListener(dropChanged)) {
    kept.clear();
    browser.storage.onChanged.addListener(dropChanged);
  }
  const known = kept.get(key) as Promise<T> | undefined;
  if (known) return known;
  const reading = read();
  kept.set(key, reading);
  reading.catch(() => kept.delete(key));
  return reading;
}

// tab states and failure counts are not kept here: the worker's memory (src/background/memory.ts) already holds
// them and changes them before storage, so a copy kept here until storage says so could lag behind the badge
const keptTabState = readTabState;
const keptFailures = readFailures;

async function tabOf(tabId: number | null): Promise<{ id: number; url?: string } | null> {
  const tab =
    tabId !== null
      ? await browser.tabs.get(tabId).catch(() => null)
      : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** The tab with what we know of its page: the address (activeTab, else what the popup was told), state, failures. */
async function describe(tabId: number | null, given: string | null): Promise<PopupTab | null> {
  // a named tab's state is read alongside the tab itself: one storage round trip less before the popup paints
  const [tab, named] = await Promise.all([tabOf(tabId), tabId === null ? null : keptTabState(tabId)]);
  if (!tab) return null;
  const stored = tabId === null ? await keptTabState(tab.id) : named;
  const url = tab.url ?? given ?? stored?.url ?? null;
  const state = currentState(stored, url);
  return { id: tab.id, url, state, failures: state ? await keptFailures(portalKey(state)) : 0 };
}

export async function popupView({ tabId, url, navigator }: MessageOf<'popup-view'>): Promise<PopupView> {
  const [tab, profiles, lastId] = await Promise.all([
    // the user's own portals are read first: trust and the checklist judge by them too (src/shared/custom-portals.ts)
    keep('custom portals', loadCustomPortals)
      .catch(() => [])
      .then(() => describe(tabId, url)),
    keep('profiles', readProfiles).catch(() => []),
    keep('last company', readLastProfileId).catch(() => null),
  ]);
  const view = composePopupView({
    tab,
    profiles,
    lastId,
    typed: {},
    probes: NOT_PROBED,
    browser: browserOf(navigator),
    lang: uiLang(),
    now: new Date(),
  });
  return { ...view, language: languageChoice() };
}
