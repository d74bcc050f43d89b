// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from '@webext-core/fake-browser';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { App } from '../../../src/popup/App';
import type { TabState } from '../../../src/background/tab-state';

vi.spyOn(browser.i18n, 'getMessage').mockImplementation(
  (name: string) => (zh as Record<string, { message: string }>)[name]?.message ?? '',
);
vi.spyOn(browser.permissions, 'contains').mockResolvedValue(false);

afterEach(cleanup);

async function openTab(url: string, state: TabState | null) {
  const tab = await fakeBrowser.tabs.create({ url });
  // the background's answer (fake-browser does not pass listener results back to sendMessage)
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type, tabId } = message as { type: string; tabId: number };
    return type === 'get-tab-state' && tabId === tab.id ? state : null;
  });
  return tab.id!;
}

const stateFor = (url: string, overrides: Partial<TabState> = {}): TabState => ({
  url,
  documentId: 'd',
  trust: 'official',
  recognition: {
    portal: { id: 'e-tax/beijing', kind: 'e-tax', region: 'beijing', name: { 'zh-CN': '北京电子税务局', en: 'Beijing e-tax' } },
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

describe('popup', () => {
  it('on an official login page: trust, page facts and no findings', async () => {
    const url = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
    const id = await openTab(url, stateFor(url));
    const { container } = render(<App search={`?tab=${id}`} />);
    await waitFor(() => expect(container.querySelector('[data-trust="official"]')).not.toBeNull());
    expect(container.querySelector('[data-page]')?.getAttribute('data-page')).toBe('pageLogin');
    expect(screen.getByText('账号密码、扫码')).toBeTruthy();
    expect(container.querySelector('[data-findings="0"]')).not.toBeNull();
  });

  it('lists a finding with its numbered steps', async () => {
    const url = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
    const finding = {
      category: 'password-wrong' as const,
      rule: 'password-wrong.credentials',
      severity: 'error' as const,
      title: { 'zh-CN': '账号或密码不对', en: 'Wrong account or password' },
      captures: {},
      message: '账号或密码错误',
      surface: 'toast' as const,
    };
    const id = await openTab(url, stateFor(url, { findings: [finding] }));
    const { container } = render(<App search={`?tab=${id}`} />);
    await waitFor(() => expect(container.querySelector('[data-category="password-wrong"]')).not.toBeNull());
    expect(container.querySelectorAll('[data-category="password-wrong"] li').length).toBeGreaterThanOrEqual(2);
  });

  it('ignores what was stored for a page the tab has left', async () => {
    const old = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
    const id = await openTab('https://www.example.com/', stateFor(old));
    const { container } = render(<App search={`?tab=${id}`} />);
    await waitFor(() => expect(container.querySelector('[data-trust="unknown"]')).not.toBeNull());
    expect(container.querySelector('[data-page]')).toBeNull();
  });

  it('on a look-alike: a strong warning with the official entry, and nothing else about the page', async () => {
    const id = await openTab('https://etax-beijing-chinatax.com/login', null);
    const { container } = render(<App search={`?tab=${id}`} />);
    await waitFor(() => expect(container.querySelector('[data-trust="lookalike"]')).not.toBeNull());
    const warning = container.querySelector('[data-trust="lookalike"]')!;
    expect(warning.getAttribute('role')).toBe('alert');
    expect(warning.querySelector('a')?.getAttribute('href')).toMatch(/beijing\.chinatax\.gov\.cn/);
    expect(container.querySelector('[data-page]')).toBeNull();
  });
});
