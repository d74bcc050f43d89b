// The popup's first view: composed in the background (popup-view message), painted by the popup as it is, and
// composed again in the popup from the same inputs once its checklist is loaded — so both must agree.
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from '@webext-core/fake-browser';
import { popupView } from '../../../src/background/popup-view';
import { route } from '../../../src/background/route';
import { writeFailures } from '../../../src/shared/storage/failures';
import { writeTabState, type TabState } from '../../../src/background/tab-state';
import { CHECK_IDS, UNKNOWN_BROWSER, type CompanyProfile } from '../../../src/core/checklist';
import type { MessageOf } from '../../../src/shared/messages';
import { composePopupView, NOT_PROBED, popupReport, type PopupViewInput } from '../../../src/shared/popup-view';
import { saveProfile, writeLastProfileId } from '../../../src/shared/profiles';
import { chooseLanguage } from '../../../src/shared/language';

vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => (name === 'langCode' ? 'zh-CN' : name));

const TPASS = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
const NAVIGATOR = {
  userAgent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  cookiesEnabled: true,
  online: true,
};
const company = (id: string, usualPortals: string[], creditCode = '91110000600037341L'): CompanyProfile => ({
  id,
  name: `${id} 有限公司`,
  creditCode,
  usualPortals,
});

const loginState = (url: string, findings: TabState['findings'] = []): TabState => ({
  url,
  documentId: 'd',
  trust: 'official',
  recognition: {
    portal: {
      id: 'e-tax/beijing',
      kind: 'e-tax',
      region: 'beijing',
      name: { 'zh-CN': '北京电子税务局', en: 'Beijing e-tax' },
    },
    unlistedGovernment: false,
    trust: 'official',
    isLoginPage: true,
    modes: ['password'],
    activeMode: 'password',
    step: 'credentials',
    loggedIn: false,
  },
  findings,
  hint: null,
  updatedAt: 0,
});

const wrongPassword = {
  category: 'password-wrong' as const,
  rule: 'password-wrong.credentials',
  severity: 'error' as const,
  title: { 'zh-CN': '账号或密码不对', en: 'Wrong account or password' },
  captures: { triesLeft: 2 },
  message: '账号或密码错误，还有2次机会',
  surface: 'toast' as const,
};

const ask = (tabId: number | null, url: string | null = null): MessageOf<'popup-view'> => ({
  type: 'popup-view',
  tabId,
  url,
  navigator: NAVIGATOR,
});

describe('popup-view in the background', () => {
  it('on a portal login page: trust, the company for this portal, every checklist item, the findings with advice', async () => {
    await saveProfile(company('sh', ['e-tax/shanghai']));
    await saveProfile(company('bj', ['e-tax/beijing']));
    const tab = await fakeBrowser.tabs.create({ url: TPASS });
    await writeTabState(tab.id!, loginState(TPASS, [wrongPassword]));
    await writeFailures('e-tax/beijing', 2);
    const view = await popupView(ask(tab.id!));
    expect(view.trust).toEqual({
      trust: 'official',
      host: 'tpass.beijing.chinatax.gov.cn',
      portalName: expect.objectContaining({ 'zh-CN': expect.stringContaining('北京') }),
      entry: null,
      custom: false,
    });
    expect(view.portalLike).toBe(true);
    expect(view.selectedId).toBe('bj');
    expect(view.results.map((r) => r.id)).toEqual([...CHECK_IDS]);
    expect(view.results.find((r) => r.id === 'credit-code')?.status).toBe('pass');
    expect(view.tab?.failures).toBe(2);
    expect(view.browser).toMatchObject({ name: 'chrome', version: 131, os: 'windows' });
    expect(view.findings).toHaveLength(1);
    expect(view.findings[0]).toMatchObject({ category: 'password-wrong', message: wrongPassword.message });
    expect(view.findings[0]!.title.length).toBeGreaterThan(2);
    // the page's "2 tries left" leads the steps
    expect(view.findings[0]!.steps[0]).toContain('2');
    expect(view.usualPortals).toEqual([]);
  });

  it('forgets what was stored for a page the tab has left, and answers for the active tab when none is named', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.example.com/', active: true });
    await writeTabState(tab.id!, loginState(TPASS));
    await saveProfile(company('bj', ['e-tax/beijing', 'social-insurance/beijing']));
    vi.spyOn(browser.tabs, 'query').mockResolvedValueOnce([tab]);
    const view = await popupView(ask(null));
    expect(view.tab).toEqual({ id: tab.id, url: 'https://www.example.com/', state: null, failures: 0 });
    expect(view.trust?.trust).toBe('unknown');
    expect(view.portalLike).toBe(false);
    expect(view.results).toEqual([]);
    expect(view.usualPortals.map((p) => p.id)).toEqual(['e-tax/beijing', 'social-insurance/beijing']);
    expect(view.usualPortals[0]!.entry).toMatch(/^https:\/\/[a-z.]*beijing\.chinatax\.gov\.cn/);
  });

  it('keeps what it read between popups, and answers anew once a company, the tab or the failures changed', async () => {
    await saveProfile(company('bj', ['e-tax/beijing'], '91110000600037342L'));
    const tab = await fakeBrowser.tabs.create({ url: TPASS });
    await writeTabState(tab.id!, loginState(TPASS));
    const get = vi.spyOn(browser.storage.local, 'get');
    const first = await popupView(ask(tab.id!));
    const reads = get.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    const again = await popupView(ask(tab.id!));
    expect(get.mock.calls.length).toBe(reads);
    expect(again.results).toEqual(first.results);
    expect(again.results.find((r) => r.id === 'credit-code')?.status).toBe('fail');

    await saveProfile(company('bj', ['e-tax/beijing']));
    expect((await popupView(ask(tab.id!))).results.find((r) => r.id === 'credit-code')?.status).toBe('pass');
    await writeTabState(tab.id!, loginState(TPASS, [wrongPassword]));
    expect((await popupView(ask(tab.id!))).findings.map((f) => f.category)).toEqual(['password-wrong']);
    await writeFailures('e-tax/beijing', 3);
    expect((await popupView(ask(tab.id!))).tab?.failures).toBe(3);
  });

  it('tells the popup the language chosen, so it reads no storage before its first paint', async () => {
    const tab = await fakeBrowser.tabs.create({ url: TPASS });
    expect((await popupView(ask(tab.id!))).language).toBe('auto');
    await chooseLanguage('en');
    expect((await popupView(ask(tab.id!))).language).toBe('en');
    await chooseLanguage('auto');
  });

  it('on a look-alike: the official entry to use, no checklist, no usual portals', async () => {
    await saveProfile(company('bj', ['e-tax/beijing']));
    const tab = await fakeBrowser.tabs.create({ url: 'https://etax-beijing-chinatax.com/login' });
    const view = await popupView(ask(tab.id!));
    expect(view.trust?.trust).toBe('lookalike');
    expect(view.trust?.entry).toMatch(/beijing\.chinatax\.gov\.cn/);
    expect(view.results).toEqual([]);
    expect(view.usualPortals).toEqual([]);
  });

  it('a tab that is gone: no tab, nothing to check', async () => {
    const view = await popupView(ask(987654));
    expect(view.tab).toBeNull();
    expect(view.results).toEqual([]);
  });

  it('is only answered to our own pages, and parsed first', async () => {
    const page = { id: fakeBrowser.runtime.id, url: TPASS, frameId: 0, tab: { id: 3 } };
    expect(await route(ask(3), page as never)).toEqual({ error: 'sender not allowed' });
    const popup = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('popup.html') };
    expect(await route({ ...ask(3), navigator: { userAgent: 5 } }, popup as never)).toEqual({
      error: 'invalid message',
    });
    expect(await route(ask(3), popup as never)).toMatchObject({ tab: null, results: [] });
  });
});

describe('composePopupView in the popup', () => {
  const input = (overrides: Partial<PopupViewInput> = {}): PopupViewInput => ({
    tab: { id: 1, url: TPASS, state: loginState(TPASS), failures: 0 },
    profiles: [company('bj', ['e-tax/beijing']), company('typo', [], '91110000600037342L')],
    lastId: null,
    typed: {},
    probes: NOT_PROBED,
    browser: UNKNOWN_BROWSER,
    lang: 'zh-CN',
    now: new Date('2026-12-01T10:00:00+08:00'),
    ...overrides,
  });

  it('the company picked in the popup wins over the one for this portal', () => {
    expect(composePopupView(input()).selectedId).toBe('bj');
    const picked = composePopupView(input({ selectedId: 'typo' }));
    expect(picked.selectedId).toBe('typo');
    expect(picked.results.find((r) => r.id === 'credit-code')?.status).toBe('fail');
  });

  it('what the user typed is checked again at once', () => {
    const typed = composePopupView(input({ selectedId: 'typo', typed: { creditCode: '91110000600037341L' } }));
    expect(typed.results.find((r) => r.id === 'credit-code')?.status).toBe('pass');
  });

  it('the probes decide their items', () => {
    const slow = composePopupView(input({ probes: { ...NOT_PROBED, network: { state: 'slow', ms: 4200 } } }));
    expect(slow.results.find((r) => r.id === 'network')?.status).toBe('warn');
    expect(slow.probes.network).toEqual({ state: 'slow', ms: 4200 });
  });

  it('the report lists every item and masks the credit code', () => {
    const report = popupReport(input({ selectedId: 'typo' }), '0.2.0', 'Asia/Shanghai');
    expect(report).toContain('0.2.0');
    expect(report).not.toContain('91110000600037342L');
    for (const title of composePopupView(input()).results.map((r) => r.title['zh-CN'])) expect(report).toContain(title);
  });

  it('the background remembers the last company used; the popup starts from it where no company is for this portal', async () => {
    await saveProfile(company('a', []));
    await saveProfile(company('b', []));
    await writeLastProfileId('b');
    const tab = await fakeBrowser.tabs.create({ url: TPASS });
    expect((await popupView(ask(tab.id!))).selectedId).toBe('b');
  });
});
