/**
 * The worker's memory of the stored values a page message needs: each tab's state, the failure counts and the
 * "not helpful" mutes. Reading them from storage on every message cost several storage round trips before the page
 * got its hint; now each value is read from storage once per worker (a cold worker, after the browser stopped the
 * idle one, reads it again) and kept here. A write changes the memory at once and reaches storage after, in order,
 * so a handler can answer the page before its writes land, and everything read in this worker — the popup's
 * `get-tab-state` and `popup-view` too — sees the newest value, never one older than the badge.
 * A change made elsewhere (the options page restoring a mute, a repair of storage) is seen through
 * storage.onChanged: the value is dropped from memory and read again when next needed.
 */
import browser from 'webextension-polyfill';
import { FAILURES } from '../shared/storage/keys/failures';
import { TAB_STATE } from '../shared/storage/keys/tab-state';
import { readFailures, writeFailures } from '../shared/storage/failures';
import { readMutes, type Mutes } from '../shared/storage/mutes';
import { MUTES } from '../shared/storage/keys/mutes';
import {
  forgetTab as removeTabState,
  readTabState as loadTabState,
  writeTabState as storeTabState,
} from '../shared/storage/tab-state';
import type { TabState } from '../shared/tab-state';
import { rememberedFamily } from './remembered';

const tabs = rememberedFamily<TabState | null>(
  (tabId) => loadTabState(Number(tabId)),
  (tabId, state) => (state ? storeTabState(Number(tabId), state) : removeTabState(Number(tabId))),
);
const failures = rememberedFamily<number>(readFailures, writeFailures);
let mutes: Promise<Mutes> | null = null;
let listening = false;

function onStorageChange(changes: Record<string, { newValue?: unknown }>, area: string): void {
  for (const [key, change] of Object.entries(changes)) {
    if (area === 'session' && key.startsWith(TAB_STATE.key)) tabs.changed(key.slice(TAB_STATE.key.length), change);
    if (area === 'session' && key.startsWith(FAILURES.key)) failures.changed(key.slice(FAILURES.key.length), change);
    if (area === 'local' && key === MUTES.key) mutes = null;
  }
}

/** Starts following storage on first use: a module import alone has no effect (tests import it freely). */
function follow(): void {
  if (listening) return;
  listening = true;
  browser.storage.onChanged.addListener(onStorageChange);
}

export function readTabState(tabId: number): Promise<TabState | null> {
  follow();
  return tabs.read(String(tabId));
}

/** Remembers the tab's state now; the answer settles once it is in storage (callers need not wait for it). */
export function writeTabState(tabId: number, state: TabState): Promise<void> {
  follow();
  return tabs.write(String(tabId), state);
}

export function forgetTab(tabId: number): Promise<void> {
  follow();
  return tabs.write(String(tabId), null);
}

export function readFailureCount(site: string): Promise<number> {
  follow();
  return failures.read(site);
}

/**
 * One more failed attempt, counted in memory at once (two reports in a row count two) and stored after it; the
 * answer is the new count. Stored, so a worker the browser restarts goes on from the same count.
 */
export function countFailure(site: string): Promise<number> {
  follow();
  return failures.update(site, (count) => count + 1).value;
}

export function resetFailures(site: string): Promise<void> {
  follow();
  return failures.write(site, 0);
}

export function readMuted(): Promise<Mutes> {
  follow();
  mutes ??= readMutes().catch((error: unknown) => {
    mutes = null;
    throw error;
  });
  return mutes;
}

/** After the background changed the mutes itself: read them again (the change may have merged with another's). */
export function forgetMutes(): void {
  mutes = null;
}

/** Settles once every write made so far is in storage. */
export async function persisted(): Promise<void> {
  await Promise.all([tabs.settled(), failures.settled()]);
}

/** Tests start each case from fresh storage: forget everything and follow the new storage again. */
export function forgetMemory(): void {
  tabs.clear();
  failures.clear();
  mutes = null;
  listening = false;
}
