// @vitest-environment happy-dom
/** The options page's storage cards: mutes in the user's words, and the message after a repair. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { MutesCard } from '../../../src/options/MutesCard';
import { StorageNotice } from '../../../src/options/StorageNotice';
import { forgetMigrated } from '../../../src/shared/storage/store';

const messages = zh as Record<string, { message: string }>;
vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string, subs?: string | string[]) => {
  const list = [subs ?? []].flat();
  let at = 0;
  return (messages[name]?.message ?? '').replace(/\$[A-Z]+\$/g, () => list[at++] ?? '');
});
afterEach(cleanup);
beforeEach(forgetMigrated);

describe('options: mutes', () => {
  it('names the site and what is silenced, and restores one', async () => {
    await browser.storage.local.set({
      storageVersion: 2,
      mutes: {
        'e-tax/beijing': { scope: 'site' },
        'si.example.gov.cn': { scope: 'kind', categories: ['password-wrong'] },
      },
    });
    const { container } = render(<MutesCard lang="zh-CN" />);
    await waitFor(() => expect(container.querySelector('[data-muted="2"]')).not.toBeNull());
    expect(container.querySelector('[data-mute="e-tax/beijing"]')!.textContent).toMatch(/北京.*这个网站上的所有提示/);
    expect(container.querySelector('[data-mute="si.example.gov.cn"]')!.textContent).toBe(
      'si.example.gov.cn · 这类问题：账号或密码不对恢复显示',
    );
    fireEvent.click(screen.getByRole('button', { name: '恢复显示：si.example.gov.cn' }));
    await waitFor(() => expect(container.querySelector('[data-muted="1"]')).not.toBeNull());
    expect((await browser.storage.local.get('mutes')).mutes).toEqual({ 'e-tax/beijing': { scope: 'site' } });
  });
});

describe('options: storage notice', () => {
  it('says nothing when all is well', async () => {
    const { container } = render(<StorageNotice />);
    await new Promise((done) => setTimeout(done, 50));
    expect(container.textContent).toBe('');
  });

  it('repairs on opening and names what lost entries; closing it forgets the note', async () => {
    await browser.storage.local.set({
      language: 'klingon',
      companyProfiles: [{ id: 1 }, { id: 'a', name: 'x', creditCode: '', usualPortals: [] }],
    });
    const { container } = render(<StorageNotice />);
    await waitFor(() => expect(container.querySelector('[data-storage-resets="2"]')).not.toBeNull());
    expect(container.querySelector('[data-reset="storedLanguage"]')!.textContent).toBe(
      '界面语言：1 项无法读取，已丢弃或恢复为默认值，其余保留',
    );
    expect(container.querySelector('[data-reset="storedProfiles"]')).not.toBeNull();
    expect((await browser.storage.local.get('language')).language).toBe('auto');
    fireEvent.click(screen.getByText('知道了'));
    await waitFor(() => expect(container.textContent).toBe(''));
    expect(Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith('storageReset:'))).toEqual(
      [],
    );
  });
});
