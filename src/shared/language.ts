/**
 * The language the extension speaks. 'auto' (the default) follows the browser, through the locale it picked for
 * our _locales strings; 'zh-CN' or 'en' is the user's own choice, kept in storage.local under `language` and
 * answered from the same messages.json files bundled here, so it holds even when the browser has no such locale
 * (Chromium without its zh-CN translation, Firefox without a language pack).
 */
import { ext as browser } from './ext';
import * as z from 'zod/mini';
import { languageChoice, keepLanguageChoice, type LanguagePreference } from './language-text';

export { currentLang, message, type LanguagePreference } from './language-text';

export const LANGUAGE_KEY = 'language';
export const LanguagePreferenceSchema = z.enum(['auto', 'zh-CN', 'en'] satisfies LanguagePreference[]);

/** Reads the stored choice (a broken value counts as 'auto') and keeps it for the sync lookups (language-text.ts). */
export async function loadLanguage(): Promise<LanguagePreference> {
  const stored = await browser.storage.local.get(LANGUAGE_KEY);
  const parsed = LanguagePreferenceSchema.safeParse(stored[LANGUAGE_KEY] ?? 'auto');
  keepLanguageChoice(parsed.success ? parsed.data : 'auto');
  return languageChoice();
}

/** Keeps a long-lived context (the service worker) in step when the choice changes. */
export function followLanguage(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LANGUAGE_KEY in changes) void loadLanguage();
  });
}

/** The user's choice, from the options page (src/options/LanguageSetting.tsx). */
export async function chooseLanguage(preference: LanguagePreference): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_KEY]: preference });
  keepLanguageChoice(preference);
}

/** Calls `changed` after the choice changed anywhere (another tab's options page), once it is loaded here. */
export function onLanguageChange(changed: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LANGUAGE_KEY in changes) void loadLanguage().then(changed, changed);
  });
}
