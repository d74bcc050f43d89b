// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from '@webext-core/fake-browser';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { App } from '../../../src/popup/App';
import { popupView } from '../../../src/background/popup-view';
import { writeTabState, type TabState } from '../../../src/background/tab-state';
import { MessageSchema } from '../../../src/shared/messages';
import { CHECK_IDS, type CompanyProfile } from '../../../src/core/checklist/types';
import { explain } from '../../../src/core/diagnose/explain';
import { readProfiles, saveProfile } from '../../../src/shared/profiles';

const messages = zh as Record<string, { message: string }>;
vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => messages[name]?.message ?? '');
vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false);
vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '0.1.0' });

afterEach(cleanup);

const TPASS = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
const NAVIGATOR = { userAgent: navigator.userAgent, cookiesEnabled: true, online: true };
const GOOD_CODE = '91110000600037341L';
const TYPO_CODE = '91110000600037342L';
const AGENT_ID = '11010519491231002X';

const beijing = (overrides: Partial<CompanyProfile> = {}): CompanyProfile => ({
  id: 'bj',
  name: '北京某某科技有限公司',
  creditCode: GOOD_CODE,
  usualPortals: ['e-tax/beijing'],
  ...overrides,
});

let sent: unknown[] = [];
beforeEach(() => {
  sent = [];
});

async function openTab(url: string, state: TabState | null) {
  const tab = await fakeBrowser.tabs.create({ url });
  if (state) await writeTabState(tab.id!, state);
  // the background's own answer (fake-browser does not pass listener results back to sendMessage)
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const parsed = MessageSchema.parse(message);
    return parsed.type === 'popup-view' ? popupView(parsed) : null;
  });
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
    sent.push({ tabId, message });
    return { ok: true };
  });
  return tab.id!;
}

const stateFor = (url: string, overrides: Partial<TabState> = {}): TabState => ({
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
    modes: ['password', 'qr'],
    activeMode: 'password',
    step: 'credentials',
    loggedIn: false,
  },
  findings: [],
  hint: null,
  updatedAt: 0,
  ...overrides,
});

const item = (container: Element, id: string) => container.querySelector(`[data-check="${id}"]`);

async function popupOn(url: string, state: TabState | null) {
  const id = await openTab(url, state);
  const view = render(<App search={`?tab=${id}`} />);
  await waitFor(() => expect(view.container.querySelector('main[aria-busy="false"]')).not.toBeNull());
  return { ...view, tabId: id };
}

describe('popup on a portal: the checklist', () => {
  it('shows every item in order, with its status, and the page facts below', async () => {
    await saveProfile(beijing());
    const { container } = await popupOn(TPASS, stateFor(TPASS));
    const ids = [...container.querySelectorAll('[data-check]')].map((el) => el.getAttribute('data-check'));
    expect(ids).toEqual([...CHECK_IDS]);
    expect(item(container, 'official-entry')?.getAttribute('data-status')).toBe('pass');
    expect(item(container, 'credit-code')?.getAttribute('data-status')).toBe('pass');
    expect(container.querySelector('[data-trust="official"]')).not.toBeNull();
    expect(container.querySelector('[data-page]')?.getAttribute('data-page')).toBe('pageLogin');
    // the page's login modes, named and in the order recognised
    expect(container.querySelector('[data-page] dd')?.textContent).toBe('账号密码、扫码');
  });

  it('a mistyped credit code fails with the reason; fixing it in the popup passes at once', async () => {
    await saveProfile(beijing({ creditCode: TYPO_CODE }));
    const { container } = await popupOn(TPASS, stateFor(TPASS));
    expect(item(container, 'credit-code')?.getAttribute('data-status')).toBe('fail');
    expect(item(container, 'credit-code')?.querySelector('.reason')?.textContent).toContain('没有通过校验');
    const input = screen.getByLabelText('要检查的信用代码') as HTMLInputElement;
    expect(input.value).toBe(TYPO_CODE);
    fireEvent.input(input, { target: { value: GOOD_CODE } });
    await waitFor(() => expect(item(container, 'credit-code')?.getAttribute('data-status')).toBe('pass'));
    expect(item(container, 'credit-code')?.querySelector('.reason')?.textContent).toContain('格式正确');

    // the correction can be kept in the company's profile, so the next login starts right
    fireEvent.click(screen.getByText('把改正后的代码保存到单位资料'));
    await waitFor(async () => expect((await readProfiles())[0]?.creditCode).toBe(GOOD_CODE));
    await waitFor(() => expect(container.querySelector('[data-save-fix]')).toBeNull());
    expect((screen.getByLabelText('要检查的信用代码') as HTMLInputElement).value).toBe(GOOD_CODE);
    expect(item(container, 'credit-code')?.getAttribute('data-status')).toBe('pass');
  });

  it('offers to save only a correction that can be right', async () => {
    await saveProfile(beijing({ creditCode: TYPO_CODE }));
    const { container } = await popupOn(TPASS, stateFor(TPASS));
    expect(container.querySelector('[data-save-fix]')).toBeNull();
    fireEvent.input(screen.getByLabelText('要检查的信用代码'), { target: { value: '91110000600037343L' } });
    await waitFor(() => expect(item(container, 'credit-code')?.getAttribute('data-status')).toBe('fail'));
    expect(container.querySelector('[data-save-fix]')).toBeNull();
  });

  it('"fill into the page" sends the checked value to the tab\'s content script', async () => {
    await saveProfile(beijing());
    const { container, tabId } = await popupOn(TPASS, stateFor(TPASS));
    const fill = item(container, 'credit-code')!.querySelector('[data-action="fill"]') as HTMLButtonElement;
    fireEvent.click(fill);
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ tabId, message: { type: 'fill-field', field: 'credit-code', value: GOOD_CODE } });
    await waitFor(() => expect(item(container, 'credit-code')?.textContent).toContain('已填入页面上的输入框'));
  });

  it('never shows the agent ID in full: the profile value is only a masked placeholder', async () => {
    await saveProfile(beijing({ agentId: AGENT_ID, agentIdType: 'resident-id' }));
    const { container } = await popupOn(TPASS, stateFor(TPASS));
    const input = screen.getByLabelText('要检查的证件号码') as HTMLInputElement;
    expect(input.value).toBe('');
    expect(input.placeholder).toBe('1101**********002X');
    expect(container.innerHTML).not.toContain(AGENT_ID);
  });

  it('keeps the findings of a failed try above the checklist', async () => {
    const finding = {
      category: 'password-wrong' as const,
      rule: 'password-wrong.credentials',
      severity: 'error' as const,
      title: { 'zh-CN': '账号或密码不对', en: 'Wrong account or password' },
      captures: { triesLeft: 2 },
      message: '账号或密码错误，还有2次机会',
      surface: 'toast' as const,
    };
    const { container } = await popupOn(TPASS, stateFor(TPASS, { findings: [finding] }));
    const findings = container.querySelector('[data-category="password-wrong"]')!;
    const steps = explain('password-wrong', 'zh-CN', {
      portalId: 'e-tax/beijing',
      kind: 'e-tax',
      captures: { triesLeft: 2 },
    }).steps;
    expect(steps[0]).toContain('2 次机会'); // the tries left, from the page's message
    expect([...findings.querySelectorAll('li')].map((li) => li.textContent)).toEqual(steps);
    const checklist = container.querySelector('.checklist')!;
    expect(findings.compareDocumentPosition(checklist) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(item(container, 'password')?.getAttribute('data-status')).not.toBe('pass');
  });

  it('copies a report with every item and no unmasked identifier', async () => {
    await saveProfile(beijing({ creditCode: TYPO_CODE, agentId: AGENT_ID }));
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = await popupOn(TPASS, stateFor(TPASS));
    fireEvent.click(container.querySelector('[data-copy-report]')!);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const report = writeText.mock.calls[0]![0];
    expect(report).toContain('单位统一社会信用代码');
    expect(report).not.toContain(TYPO_CODE);
    expect(report).not.toContain(AGENT_ID);
    expect(report).not.toMatch(/[0-9A-Z]{15,}/);
  });
});

describe("popup: probes on the user's click", () => {
  it('"check the CA client" asks for 127.0.0.1 first, then the background; its answer decides the item', async () => {
    const url = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
    const state = stateFor(url);
    state.recognition = { ...state.recognition!, modes: ['password', 'ca'], activeMode: 'ca' };
    await saveProfile(beijing({ certVendor: 'bjca' }));
    const order: string[] = [];
    vi.spyOn(browser.permissions, 'request').mockImplementation(async (p) => {
      order.push(`request ${p.origins?.join(' ')}`);
      return true;
    });
    const id = await openTab(url, state);
    const background = browser.runtime.sendMessage as unknown as ReturnType<typeof vi.fn>;
    const answer = background.getMockImplementation() as (message: unknown) => Promise<unknown>;
    background.mockImplementation(async (message: { type: string }) => {
      if (message.type !== 'probe-ca') return answer(message);
      order.push(`probe-ca ${(message as { vendor?: string }).vendor}`);
      return { state: 'no-key' };
    });
    const { container } = render(<App search={`?tab=${id}`} />);
    await waitFor(() =>
      expect(item(container, 'ca-client')?.querySelector('[data-action="probe-ca"]')?.tagName).toBe('BUTTON'),
    );
    expect(item(container, 'ca-client')?.getAttribute('data-status')).toBe('unknown');
    fireEvent.click(item(container, 'ca-client')!.querySelector('[data-action="probe-ca"]')!);
    await waitFor(() => expect(item(container, 'ca-client')?.getAttribute('data-status')).toBe('fail'));
    expect(order).toEqual(['request http://127.0.0.1/* https://127.0.0.1/*', 'probe-ca bjca']);
  });

  it('a refused permission probes nothing', async () => {
    const url = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
    const state = stateFor(url);
    state.recognition = { ...state.recognition!, modes: ['password', 'ca'], activeMode: 'ca' };
    await saveProfile(beijing({ certVendor: 'bjca' }));
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false);
    const { container } = await popupOn(url, state);
    const background = browser.runtime.sendMessage as unknown as ReturnType<typeof vi.fn>;
    const before = background.mock.calls.length;
    fireEvent.click(item(container, 'ca-client')!.querySelector('[data-action="probe-ca"]')!);
    await waitFor(() => expect(item(container, 'ca-client')?.textContent).toContain('检测完成'));
    expect(background.mock.calls.slice(before).some(([m]) => (m as { type: string }).type === 'probe-ca')).toBe(false);
  });

  it('"test the connection" times the portal from the page and shows the answer', async () => {
    await saveProfile(beijing());
    const { container, tabId } = await popupOn(TPASS, stateFor(TPASS));
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (to: number, message: unknown) => {
      sent.push({ tabId: to, message });
      return { state: 'slow', ms: 4200 };
    });
    fireEvent.click(item(container, 'network')!.querySelector('[data-action="probe-network"]')!);
    await waitFor(() => expect(item(container, 'network')?.getAttribute('data-status')).toBe('warn'));
    expect(sent).toEqual([{ tabId, message: { type: 'probe-network' } }]);
    expect(item(container, 'network')?.querySelector('.reason')?.textContent).toContain('4200');
  });
});

describe('popup: choosing the company', () => {
  it('picks the company of this portal, and switches with one click', async () => {
    await saveProfile(
      beijing({ id: 'sh', name: '上海某某有限公司', usualPortals: ['e-tax/shanghai'], creditCode: TYPO_CODE }),
    );
    await saveProfile(beijing());
    const { container } = await popupOn(TPASS, stateFor(TPASS));
    expect(container.querySelector('[data-chosen-profile]')?.getAttribute('data-chosen-profile')).toBe('bj');
    // the chosen company's code is shown masked, never whole, in the popup
    expect(container.querySelector('[data-chosen-profile]')?.textContent).toContain('9111**********341L');
    expect(container.textContent).not.toContain(GOOD_CODE);
    fireEvent.click(container.querySelector('[data-switch-profile="sh"]')!);
    await waitFor(() =>
      expect(container.querySelector('[data-chosen-profile]')?.getAttribute('data-chosen-profile')).toBe('sh'),
    );
    expect(item(container, 'credit-code')?.getAttribute('data-status')).toBe('fail');
    expect((await browser.storage.local.get('lastCompany')).lastCompany).toBe('sh');
  });

  it('with 30 companies, typing part of a name or code leaves the one wanted', async () => {
    for (let i = 0; i < 30; i++) {
      await saveProfile(beijing({ id: `c${i}`, name: `客户${String(i).padStart(2, '0')}号公司`, usualPortals: [] }));
    }
    const { container } = await popupOn(TPASS, stateFor(TPASS));
    fireEvent.input(screen.getByLabelText('按名称或信用代码查找单位'), { target: { value: '17号' } });
    await waitFor(() => expect(container.querySelectorAll('[data-switch-profile]')).toHaveLength(1));
    fireEvent.click(container.querySelector('[data-switch-profile="c17"]')!);
    await waitFor(() =>
      expect(container.querySelector('[data-chosen-profile]')?.getAttribute('data-chosen-profile')).toBe('c17'),
    );
  });
});

describe('popup: the first render', () => {
  it("given the background's answer, renders the checklist at once: no loading line, no second question", async () => {
    await saveProfile(beijing());
    const id = await openTab(TPASS, stateFor(TPASS));
    const first = await popupView({ type: 'popup-view', tabId: id, url: null, navigator: NAVIGATOR });
    const asked = vi.mocked(browser.runtime.sendMessage);
    asked.mockClear();
    const { container } = render(<App search={`?tab=${id}`} first={first} />);
    // synchronously, in the first render
    expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    expect([...container.querySelectorAll('[data-check]')].map((el) => el.getAttribute('data-check'))).toEqual([
      ...CHECK_IDS,
    ]);
    expect(container.textContent).not.toContain(messages.popupLoading!.message);
    expect(asked).not.toHaveBeenCalled();
  });
});

describe('popup elsewhere', () => {
  it('ignores what was stored for a page the tab has left', async () => {
    const { container } = await popupOn('https://www.example.com/', stateFor(TPASS));
    expect(container.querySelector('[data-trust="unknown"]')).not.toBeNull();
    expect(container.querySelector('[data-page]')).toBeNull();
    expect(container.querySelector('[data-check]')).toBeNull();
  });

  it('on an ordinary page: the usual portals with their official entries, one click to open', async () => {
    await saveProfile(beijing({ usualPortals: ['e-tax/beijing', 'social-insurance/beijing'] }));
    const create = vi.spyOn(browser.tabs, 'create');
    const { container } = await popupOn('https://www.example.com/', null);
    expect(container.querySelector('[data-usual-portals]')?.getAttribute('data-usual-portals')).toBe('2');
    fireEvent.click(container.querySelector('[data-open-portal="e-tax/beijing"]')!);
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        url: expect.stringMatching(/^https:\/\/[a-z.]*beijing\.chinatax\.gov\.cn/),
      }),
    );
  });

  it('on a look-alike: the warning with the official entry, and nothing else', async () => {
    await saveProfile(beijing());
    const { container } = await popupOn('https://etax-beijing-chinatax.com/login', null);
    const warning = container.querySelector('[data-trust="lookalike"]')!;
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.querySelector('a')?.getAttribute('href')).toMatch(/beijing\.chinatax\.gov\.cn/);
    expect(container.querySelectorAll('.card')).toHaveLength(1);
    expect(container.querySelector('[data-check]')).toBeNull();
    expect(container.querySelector('[data-profile]')).toBeNull();
    expect(container.querySelector('[data-guard]')).toBeNull();
  });
});
