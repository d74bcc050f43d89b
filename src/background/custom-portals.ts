/**
 * Runs our content scripts on the portals the user added (src/shared/custom-portals.ts): the same files with the
 * same options as the manifest's content scripts, registered for the custom hosts the user granted. Called when
 * the list or the permissions change and when the browser starts, so what is registered always follows the list
 * (a portal removed in the options page loses its script here).
 */
import browser, { type ExtensionTypes, type Scripting } from 'webextension-polyfill';
import type { Portal } from '../core/portals';
import { CUSTOM_PORTALS_KEY, originsOf, readAllCustomPortals, readKnownCustomPortals } from '../shared/custom-portals';
import { syncGuard } from './guard';
import { serially } from './serially';

/** one registration per manifest content script: `custom-portals:0` (content.js), `custom-portals:1` (…) */
const ID_PREFIX = 'custom-portals:';

interface ManifestScript {
  matches?: string[];
  js?: string[];
  run_at?: string;
  all_frames?: boolean;
  match_origin_as_fallback?: boolean;
  world?: string;
}

/** Does a manifest match pattern (`*://*.gov.cn/*`, `*://host/*`) cover every page of `host`? */
export function patternCoversHost(pattern: string, host: string): boolean {
  const found = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern);
  if (!found || found[1] !== '*') return pattern === '<all_urls>';
  const patternHost = found[2]!;
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) return host === patternHost.slice(2) || host.endsWith(patternHost.slice(1));
  return host === patternHost;
}

/**
 * The registration of one manifest content script for the given pages (the API names its keys in camelCase).
 * Firefox's getManifest() answers the files as full moz-extension:// URLs, which registration refuses: `base`
 * (our own origin) turns them back into the package paths Chrome answers.
 */
export function registrationOf(
  script: ManifestScript,
  index: number,
  matches: string[],
  base = 'chrome-extension://x/',
): Scripting.RegisteredContentScript {
  return {
    id: `${ID_PREFIX}${index}`,
    matches,
    js: (script.js ?? []).map((file) => new URL(file, base).pathname.slice(1)),
    ...(script.run_at ? { runAt: script.run_at as ExtensionTypes.RunAt } : {}),
    ...(script.all_frames !== undefined ? { allFrames: script.all_frames } : {}),
    ...(script.match_origin_as_fallback !== undefined
      ? { matchOriginAsFallback: script.match_origin_as_fallback }
      : {}),
    ...(script.world ? { world: script.world } : {}),
    persistAcrossSessions: true,
  } as Scripting.RegisteredContentScript;
}

/** The match patterns our scripts should have beyond the manifest's: granted custom hosts it does not cover. */
async function wantedMatches(manifestMatches: readonly string[]): Promise<string[]> {
  const wanted: string[] = [];
  for (const entry of await readAllCustomPortals()) {
    if (manifestMatches.some((pattern) => patternCoversHost(pattern, entry.host))) continue;
    const origins = originsOf(entry.host);
    if (await browser.permissions.contains({ origins })) wanted.push(...origins);
  }
  return wanted.sort();
}

async function syncCustomPortals(): Promise<void> {
  const scripts = (browser.runtime.getManifest().content_scripts ?? []) as ManifestScript[];
  const matches = await wantedMatches(scripts[0]?.matches ?? []);
  const ids = scripts.map((_, index) => `${ID_PREFIX}${index}`);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids });
  const same =
    registered.length === (matches.length ? ids.length : 0) &&
    registered.every((script) => [...(script.matches ?? [])].sort().join(' ') === matches.join(' '));
  if (same) return;
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) });
  const base = browser.runtime.getURL('');
  if (matches.length)
    await browser.scripting.registerContentScripts(scripts.map((s, i) => registrationOf(s, i, matches, base)));
}

const oneAtATime = serially();

/**
 * Brings every script we register in step with the lists and permissions: the custom portals' first, then the
 * look-alike guard's, which leaves the custom hosts out. One at a time: two overlapping runs would register the
 * same id twice.
 */
export function syncContentScripts(): Promise<void> {
  return oneAtATime(async () => {
    await syncCustomPortals();
    await syncGuard(await customPortalMatches());
  });
}

/** The custom hosts that now have our script (for the look-alike guard, which must not run a second copy there). */
export async function customPortalMatches(): Promise<string[]> {
  const [first] = await browser.scripting.getRegisteredContentScripts({ ids: [`${ID_PREFIX}0`] });
  return first?.matches ?? [];
}

let known: Promise<Portal[]> | null = null;

/** The custom portals as registry entries for recognition and trust, read once per change of the list. */
export function knownCustomPortals(): Promise<Portal[]> {
  known ??= readKnownCustomPortals().catch(() => []);
  return known;
}

/** Keeps the scripts and the recognition in step with the list the options page writes. */
export function followCustomPortals(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(CUSTOM_PORTALS_KEY in changes)) return;
    known = null;
    void syncContentScripts();
  });
}
