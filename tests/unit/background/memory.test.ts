/**
 * The worker's memory of tab state, failures and mutes (src/background/memory.ts): the page gets its hint before
 * storage is written, a restarted worker goes on from storage, failures are counted once each, and a change made
 * elsewhere in storage is seen.
 */
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from '@webext-core/fake-browser';
import { HANDLERS, saved } from '../../../src/background/handlers';
import { forgetMemory, readFailureCount } from '../../../src/background/memory';
import { popupView } from '../../../src/background/popup-view';
import { readTabState } from '../../../src/background/tab-state';
import { emptySnapshot, type PageSnapshot } from '../../../src/core/snapshot';
import { readFailures } from '../../../src/shared/storage/failures';
import { readTabState as storedTabState } from '../../../src/shared/storage/tab-state';

vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => (name === 'langCode' ? 'zh-CN' : name));

const URL_ = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
const sender = (tabId = 4) => ({ id: 'test', url: URL_, frameId: 0, tab: { id: tabId }, documentId: `doc-${tabId}` });
/** as the browser gives it for a tab it knows: the sender's tab with the tab's address */
const senderIn = (tab: { id?: number; url?: string }) => ({ ...sender(tab.id), tab: { id: tab.id, url: tab.url } });
const snapshot: PageSnapshot = {
  ...emptySnapshot(URL_),
  title: '电子税务局 统一身份认证',
  text: '企业业务 账号密码登录 登录',
  fields: [
    { tag: 'input', type: 'text', name: 'account', id: '', placeholder: '用户名', label: '', autocomplete: '' },
    { tag: 'input', type: 'password', name: 'password', id: '', placeholder: '密码', label: '', autocomplete: '' },
  ],
  buttons: ['登录'],
};
const wrong = { type: 'page-messages' as const, messages: [{ text: '账号或密码错误', surface: 'toast' as const }] };
const asPopup = { id: 'test', url: browser.runtime.getURL('popup.html') };

async function loginPage(tabId = 4): Promise<void> {
  await HANDLERS['page-snapshot']({ type: 'page-snapshot', snapshot }, sender(tabId) as never);
  await saved();
}

/** Holds every session-storage write until `release`, so a test can look between the answer and the writes. */
function holdSessionWrites(): { release(): Promise<void> } {
  let open!: () => void;
  const held = new Promise<void>((resolve) => (open = resolve));
  const set = browser.storage.session.set.bind(browser.storage.session);
  const spy = vi.spyOn(browser.storage.session, 'set').mockImplementation(async (items) => {
    await held;
    return set(items);
  });
  return {
    async release() {
      open();
      await saved();
      spy.mockRestore();
    },
  };
}

describe('the background answers page messages from memory', () => {
  it('answers the page before storage and the badge are written; memory already has the findings', async () => {
    await loginPage();
    const writes = holdSessionWrites();
    const answer = (await HANDLERS['page-messages'](wrong, sender() as never)) as { hint: { categories: string[] } };
    expect(answer.hint.categories).toContain('password-wrong');
    // nothing stored yet: the answer did not wait for the writes
    expect((await storedTabState(4))?.findings).toEqual([]);
    expect(await readFailures('e-tax/beijing')).toBe(0);
    // what the popup reads goes through the same memory: the new findings and count, before they are stored
    const forPopup = (await HANDLERS['get-tab-state']({ type: 'get-tab-state', tabId: 4 }, asPopup as never)) as {
      findings: { category: string }[];
      failures: number;
    };
    expect(forPopup.findings.map((f) => f.category)).toEqual(answer.hint.categories);
    expect(forPopup.failures).toBe(1);
    await writes.release();
    expect((await storedTabState(4))?.findings.map((f) => f.category)).toEqual(answer.hint.categories);
    expect(await readFailures('e-tax/beijing')).toBe(1);
    expect(await browser.action.getBadgeText({ tabId: 4 })).toBe('!');
  });

  it("the popup's view, asked before and right after an error, shows the new finding before it is stored", async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_ });
    await HANDLERS['page-snapshot']({ type: 'page-snapshot', snapshot }, senderIn(tab) as never);
    await saved();
    const ask = {
      type: 'popup-view' as const,
      tabId: tab.id!,
      url: URL_,
      navigator: { userAgent: '', language: 'zh-CN' },
    };
    expect((await popupView(ask as never)).findings).toEqual([]);
    const writes = holdSessionWrites();
    try {
      await HANDLERS['page-messages'](wrong, senderIn(tab) as never);
      // nothing stored yet, yet the popup already sees what the badge will say
      expect((await storedTabState(tab.id!))?.findings).toEqual([]);
      expect((await popupView(ask as never)).findings.map((f) => f.category)).toContain('password-wrong');
    } finally {
      await writes.release();
    }
  });

  it('a message answered while the user left for another site leaves that site without findings or "!"', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_ });
    await HANDLERS['page-snapshot']({ type: 'page-snapshot', snapshot }, senderIn(tab) as never);
    await saved();
    expect(await browser.action.getBadgeText({ tabId: tab.id! })).toBe('✓');
    // the page's error was on its way when the tab went to example.com (tabs.onUpdated had already cleared the tab)
    const from = senderIn(tab);
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.example.com/' });
    await browser.action.setBadgeText({ tabId: tab.id!, text: '' });
    const answer = (await HANDLERS['page-messages'](wrong, from as never)) as { hint: unknown };
    expect(answer.hint).not.toBeNull(); // the page, if still there, gets its answer
    await saved();
    expect(await readTabState(tab.id!)).toBeNull();
    expect(await browser.action.getBadgeText({ tabId: tab.id! })).toBe('');
    // the same on the portal's own site (a route change in a single-page app) is kept
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://tpass.beijing.chinatax.gov.cn:8443/#/other' });
    await HANDLERS['page-snapshot']({ type: 'page-snapshot', snapshot }, senderIn(tab) as never);
    await HANDLERS['page-messages'](wrong, senderIn(tab) as never);
    await saved();
    expect((await readTabState(tab.id!))?.findings.map((f) => f.category)).toContain('password-wrong');
    expect(await browser.action.getBadgeText({ tabId: tab.id! })).toBe('!');
  });

  it('a restarted worker reads storage once and counts on from the stored failures, each attempt once', async () => {
    await loginPage();
    await HANDLERS['page-messages'](wrong, sender() as never);
    await HANDLERS['page-messages'](wrong, sender() as never);
    await saved();
    forgetMemory(); // the browser stopped the idle worker; a new one starts with nothing in memory
    const get = vi.spyOn(browser.storage.session, 'get');
    expect((await readTabState(4))?.findings.map((f) => f.category)).toContain('password-wrong');
    await Promise.all([1, 2, 3].map(() => HANDLERS['page-messages'](wrong, sender() as never)));
    await saved();
    expect(await readFailureCount('e-tax/beijing')).toBe(5);
    // tab state and failure count were each read from storage once, not once per message
    const keys = get.mock.calls.map(([key]) => String(key));
    get.mockRestore();
    expect(keys.filter((key) => key === 'tab:4')).toHaveLength(1);
    expect(keys.filter((key) => key === 'failures:e-tax/beijing')).toHaveLength(1);
    expect(await readFailures('e-tax/beijing')).toBe(5);
  });

  it('a mute restored on the options page (storage changed elsewhere) lets the hint show again', async () => {
    await loginPage();
    await HANDLERS['hint-feedback'](
      { type: 'hint-feedback', action: 'not-helpful', categories: [], scope: 'site' },
      sender() as never,
    );
    expect(await HANDLERS['page-messages'](wrong, sender() as never)).toEqual({ hint: null });
    // the options page's "restore" writes storage.local from another context
    await browser.storage.local.set({ mutes: {} });
    const answer = (await HANDLERS['page-messages'](wrong, sender() as never)) as { hint: unknown };
    expect(answer.hint).not.toBeNull();
  });

  it('a tab state changed in storage by someone else is read again; our own writes coming back are not', async () => {
    await loginPage();
    await HANDLERS['page-messages'](wrong, sender() as never);
    await saved();
    const get = vi.spyOn(browser.storage.session, 'get');
    expect((await readTabState(4))?.findings).not.toEqual([]);
    expect(get).not.toHaveBeenCalled();
    const stored = await storedTabState(4);
    await browser.storage.session.set({ 'tab:4': { ...stored, findings: [] } });
    expect((await readTabState(4))?.findings).toEqual([]);
    get.mockRestore();
  });
});
