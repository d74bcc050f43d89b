import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { currentLang, loadLanguage, message } from '../../../src/shared/language';
import zhCN from '../../../public/_locales/zh_CN/messages.json';
import en from '../../../public/_locales/en/messages.json';

describe('the stored language choice', () => {
  it('answers from the bundled English strings when the user chose English, whatever the browser says', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('zh-CN');
    await fakeBrowser.storage.local.set({ language: 'en' });
    expect(await loadLanguage()).toBe('en');
    expect(currentLang()).toBe('en');
    expect(message('hintCopy')).toBe(en.hintCopy.message);
  });

  it('answers in Chinese when chosen, even from a browser that only has English', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('en');
    await fakeBrowser.storage.local.set({ language: 'zh-CN' });
    await loadLanguage();
    expect(currentLang()).toBe('zh-CN');
    expect(message('hintCopy')).toBe(zhCN.hintCopy.message);
    expect(message('no-such-message')).toBe('no-such-message');
  });

  it('follows the browser for "auto", a missing or a broken value', async () => {
    const getMessage = vi
      .spyOn(fakeBrowser.i18n, 'getMessage')
      .mockImplementation((name) => (name === 'langCode' ? 'en' : `browser:${name}`));
    for (const stored of ['auto', undefined, 42, 'fr']) {
      await fakeBrowser.storage.local.set({ language: stored });
      expect(await loadLanguage()).toBe('auto');
      expect(currentLang()).toBe('en');
      expect(message('hintCopy')).toBe('browser:hintCopy');
    }
    getMessage.mockRestore();
  });
});
