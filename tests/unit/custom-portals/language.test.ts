import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import zhCN from '../../../public/_locales/zh_CN/messages.json';
import { HANDLERS } from '../../../src/background/handlers';
import { noteTexts } from '../../../src/content/fill/note-language';
import { chooseLanguage, currentLang, loadLanguage, message, onLanguageChange } from '../../../src/shared/language';
import { localeText } from '../../../src/shared/locale-text';

const flush = () => new Promise((done) => setTimeout(done, 0));

describe('the language the user chose', () => {
  it('fills named placeholders as chrome.i18n does', async () => {
    await chooseLanguage('en');
    expect(message('fieldNoteCodeLength', ['17'])).toBe(
      'A unified social credit code has 18 characters; this one has 17.',
    );
    expect(message('customPortalRegistered', ['Beijing e-tax'])).toBe(
      'This site is already in the built-in list: Beijing e-tax. No need to add it.',
    );
    expect(localeText({ message: 'costs $$5, $1 left' }, ['3'])).toBe('costs $5, 3 left');
  });

  it('is stored, and a page listening is told once it has been loaded', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('zh-CN');
    await loadLanguage();
    const changed = vi.fn(() => currentLang());
    onLanguageChange(changed);
    await fakeBrowser.storage.local.set({ language: 'en' });
    await flush();
    expect(changed).toHaveReturnedWith('en');
    await chooseLanguage('auto');
    expect((await fakeBrowser.storage.local.get('language')).language).toBe('auto');
    expect(currentLang()).toBe('zh-CN');
  });
});

/** The page asks the background for a chosen language's texts: answer as the background does, in its language. */
function backgroundAnswers(): void {
  const answer = async (message: { type: string }) => {
    if (message.type !== 'field-note-texts') return undefined;
    await loadLanguage();
    return HANDLERS['field-note-texts']({ type: 'field-note-texts' }, {} as never);
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(answer as never);
}

describe('the note under a field follows the choice', () => {
  it('uses the browser locale for "auto", the chosen catalogue otherwise, and the next note follows a change', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name) => `browser:${name}`);
    backgroundAnswers();
    const texts = noteTexts();
    await flush();
    expect(texts('fieldNoteIdCheck')).toBe('browser:fieldNoteIdCheck');
    await fakeBrowser.storage.local.set({ language: 'en' });
    await vi.waitFor(() =>
      expect(texts('fieldNoteIdLength', '17')).toBe(
        'An ID card number has 18 digits (15 on old cards); this one has 17.',
      ),
    );
    await fakeBrowser.storage.local.set({ language: 'zh-CN' });
    await vi.waitFor(() => expect(texts('fieldNoteBy')).toBe(zhCN.fieldNoteBy.message));
    expect(texts('fieldNoteCodeCheck')).toBe(zhCN.fieldNoteCodeCheck.message);
    expect(en.fieldNoteCodeCheck.message).not.toBe(zhCN.fieldNoteCodeCheck.message);
  });

  it('reads a choice stored before the page opened', async () => {
    await fakeBrowser.storage.local.set({ language: 'en' });
    backgroundAnswers();
    const texts = noteTexts();
    await vi.waitFor(() => expect(texts('fieldNoteCodeLetter')).toBe(en.fieldNoteCodeLetter.message));
  });
});
