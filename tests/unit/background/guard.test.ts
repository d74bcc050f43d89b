import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { syncGuard } from '../../../src/background/guard';
import { GUARD_ORIGINS, GUARD_SCRIPT_ID } from '../../../src/shared/guard';

function fakeScripting(registered: string[]) {
  // what the browser answers: each script as it was registered (its excludeMatches too)
  const scripts = new Map<string, { id: string }>();
  const scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      registered.filter((id) => ids.includes(id)).map((id) => scripts.get(id) ?? { id }),
    ),
    registerContentScripts: vi.fn(async (added: { id: string }[]) => {
      for (const script of added) scripts.set(script.id, script);
      registered.push(...added.map((s) => s.id));
    }),
    updateContentScripts: vi.fn(async (changed: { id: string }[]) => {
      for (const script of changed) scripts.set(script.id, { ...scripts.get(script.id), ...script });
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) registered.splice(registered.indexOf(id), 1);
    }),
  };
  Object.assign(browser, { scripting });
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({
    content_scripts: [{ matches: ['*://*.gov.cn/*', '*://www.cs12333.com/*'], js: ['content.js'] }],
  } as never);
  return scripting;
}

describe('syncGuard (opt-in look-alike guard)', () => {
  it('registers the content script on every site, except the portals the manifest covers, once the user granted access', async () => {
    const registered: string[] = [];
    const scripting = fakeScripting(registered);
    const contains = vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true);
    await syncGuard();
    await syncGuard(); // idempotent
    expect(contains).toHaveBeenCalledWith({ origins: GUARD_ORIGINS });
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    expect(scripting.registerContentScripts.mock.calls[0]![0]).toEqual([
      {
        id: GUARD_SCRIPT_ID,
        matches: ['http://*/*', 'https://*/*'],
        excludeMatches: ['*://*.gov.cn/*', '*://www.cs12333.com/*'],
        js: ['content.js'],
        runAt: 'document_idle',
      },
    ]);
    expect(registered).toEqual([GUARD_SCRIPT_ID]);
    expect(scripting.updateContentScripts).not.toHaveBeenCalled();
  });

  it('unregisters it when the permission is taken back, and registers nothing without it', async () => {
    const registered = [GUARD_SCRIPT_ID];
    const scripting = fakeScripting(registered);
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false);
    await syncGuard();
    expect(registered).toEqual([]);
    await syncGuard();
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });
});
