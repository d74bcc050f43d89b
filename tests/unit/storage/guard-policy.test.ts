/** The look-alike guard under the IT department's policy: `lookalikeGuard: false` keeps its script off. */
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { syncGuard } from '../../../src/background/guard';

function fakeScripting(registered: string[]) {
  const scripting = {
    getRegisteredContentScripts: vi.fn(async () => registered.map((id) => ({ id }))),
    registerContentScripts: vi.fn(
      async (scripts: { id: string }[]) => void registered.push(...scripts.map((s) => s.id)),
    ),
    unregisterContentScripts: vi.fn(async () => void registered.splice(0)),
  };
  Object.assign(browser, { scripting });
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({
    content_scripts: [{ matches: ['*://*.gov.cn/*'], js: ['content.js'] }],
  } as never);
  return scripting;
}

describe('the guard and the policy', () => {
  it('a policy that switches the guard off unregisters it although the user granted access; without one it runs', async () => {
    const registered: string[] = [];
    const scripting = fakeScripting(registered);
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true);
    await syncGuard();
    expect(registered).toEqual(['lookalike-guard']);
    await browser.storage.managed.set({ lookalikeGuard: false });
    await syncGuard();
    expect(registered).toEqual([]);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledTimes(1);
    await browser.storage.managed.set({ lookalikeGuard: 'broken' });
    await syncGuard(); // a bad policy is ignored: the user's grant counts again
    expect(registered).toEqual(['lookalike-guard']);
  });
});
