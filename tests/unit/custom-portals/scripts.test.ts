import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import manifest from '../../../manifest.json';
import { patternCoversHost, registrationOf, syncContentScripts } from '../../../src/background/custom-portals';
import { contentScriptMatches } from '../../../src/core/portals';
import { CUSTOM_PORTALS_KEY } from '../../../src/shared/custom-portals';

const CITY = {
  url: 'https://gjj.example-city.cn/',
  host: 'gjj.example-city.cn',
  name: '某市公积金',
  kind: 'housing-fund',
};
const GOV = {
  url: 'https://gjj.example-city.gov.cn/',
  host: 'gjj.example-city.gov.cn',
  name: '某市公积金',
  kind: 'housing-fund',
};
/** the built manifest's scripts: manifest.json's with the registry's matches (scripts/manifest.ts) */
const SCRIPTS = manifest.content_scripts.map((s) => ({ ...s, matches: contentScriptMatches() }));

/** A small in-memory scripting API: what is registered, and what was granted. */
function fakeScripting(granted: string[]) {
  const registered = new Map<string, { id: string; matches?: string[] }>();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ ...manifest, content_scripts: SCRIPTS } as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) =>
    (origins ?? []).every((o) => granted.includes(o)),
  );
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(
    async (filter) => [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)) as never,
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const s of scripts) {
      if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      registered.set(s.id, s);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? []) registered.delete(id);
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (scripts) => {
    for (const s of scripts) registered.set(s.id, { ...registered.get(s.id)!, ...s });
  });
  return registered;
}

describe('custom portals: content script registration', () => {
  it('tells which hosts a manifest pattern already covers', () => {
    expect(patternCoversHost('*://*.gov.cn/*', 'gjj.example-city.gov.cn')).toBe(true);
    expect(patternCoversHost('*://*.gov.cn/*', 'gov.cn')).toBe(true);
    expect(patternCoversHost('*://*.gov.cn/*', 'evilgov.cn')).toBe(false);
    expect(patternCoversHost('*://*.gov.cn/*', 'gov.cn.evil.top')).toBe(false);
    expect(patternCoversHost('*://www.cs12333.com/*', 'www.cs12333.com')).toBe(true);
    expect(patternCoversHost('*://www.cs12333.com/*', 'gjj.example-city.cn')).toBe(false);
    expect(patternCoversHost('https://*.gov.cn/*', 'a.gov.cn')).toBe(false); // one scheme is not every page
  });

  it('registers the manifest scripts with the same files and options, in camelCase', () => {
    expect(registrationOf(SCRIPTS[1]!, 1, ['*://gjj.example-city.cn/*'])).toEqual({
      id: 'custom-portals:1',
      matches: ['*://gjj.example-city.cn/*'],
      js: ['native-dialogs.js'],
      runAt: 'document_start',
      allFrames: true,
      matchOriginAsFallback: true,
      world: 'MAIN',
      persistAcrossSessions: true,
    });
  });

  it('registers package paths where Firefox answers the manifest files as full URLs', () => {
    const firefox = { ...SCRIPTS[0]!, js: ['moz-extension://6d1f0c1e/content.js'] };
    expect(registrationOf(firefox, 0, ['*://gjj.example-city.cn/*'], 'moz-extension://6d1f0c1e/').js).toEqual([
      'content.js',
    ]);
  });

  it('registers for a granted host outside the manifest, not for one the manifest covers, and unregisters on removal', async () => {
    const registered = fakeScripting(['*://gjj.example-city.cn/*', '*://gjj.example-city.gov.cn/*']);
    await fakeBrowser.storage.local.set({ [CUSTOM_PORTALS_KEY]: [CITY, GOV] });
    await Promise.all([syncContentScripts(), syncContentScripts()]); // overlapping runs register once
    expect([...registered.keys()].sort()).toEqual(['custom-portals:0', 'custom-portals:1']);
    expect(registered.get('custom-portals:0')?.matches).toEqual(['*://gjj.example-city.cn/*']);
    await fakeBrowser.storage.local.set({ [CUSTOM_PORTALS_KEY]: [GOV] });
    await syncContentScripts();
    expect([...registered.keys()]).toEqual([]);
  });

  it('registers nothing for a host whose permission was not granted', async () => {
    const registered = fakeScripting([]);
    await fakeBrowser.storage.local.set({ [CUSTOM_PORTALS_KEY]: [CITY] });
    await syncContentScripts();
    expect(registered.size).toBe(0);
  });

  it('keeps the look-alike guard off the custom hosts, which have a script of their own', async () => {
    const registered = fakeScripting(['*://*/*', '*://gjj.example-city.cn/*']);
    await fakeBrowser.storage.local.set({ [CUSTOM_PORTALS_KEY]: [CITY] });
    await syncContentScripts();
    const guard = registered.get('lookalike-guard') as { excludeMatches?: string[] } | undefined;
    expect(guard?.excludeMatches).toEqual([...contentScriptMatches(), '*://gjj.example-city.cn/*']);
    await fakeBrowser.storage.local.set({ [CUSTOM_PORTALS_KEY]: [] });
    await syncContentScripts();
    expect((registered.get('lookalike-guard') as { excludeMatches?: string[] }).excludeMatches).toEqual(
      contentScriptMatches(),
    );
  });
});
