/**
 * `popup-view`: everything the popup paints first, in one answer (src/shared/popup-view.ts), so the popup itself
 * needs neither the portal registry nor the rules' texts nor the checklist before its first paint. The tab is the
 * one the popup names (`?tab=`), else the active tab of the window the user is in.
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
import { loadCustomPortals } from '../shared/custom-portals';
import { readFailureCount as readFailures } from './memory';
import { readTabState } from './tab-state';

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
  const [tab, named] = await Promise.all([tabOf(tabId), tabId === null ? null : readTabState(tabId)]);
  if (!tab) return null;
  const stored = tabId === null ? await readTabState(tab.id) : named;
  const url = tab.url ?? given ?? stored?.url ?? null;
  const state = currentState(stored, url);
  return { id: tab.id, url, state, failures: state ? await readFailures(portalKey(state)) : 0 };
}

export async function popupView({ tabId, url, navigator }: MessageOf<'popup-view'>): Promise<PopupView> {
  const [tab, profiles, lastId] = await Promise.all([
    // the user's own portals are read first: trust and the checklist judge by them too (src/shared/custom-portals.ts)
    loadCustomPortals()
      .catch(() => [])
      .then(() => describe(tabId, url)),
    readProfiles().catch(() => []),
    readLastProfileId().catch(() => null),
  ]);
  return composePopupView({
    tab,
    profiles,
    lastId,
    typed: {},
    probes: NOT_PROBED,
    browser: browserOf(navigator),
    lang: uiLang(),
    now: new Date(),
  });
}
