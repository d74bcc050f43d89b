/**
 * The language the extension speaks. 'auto' (the default) follows the browser, through the locale it picked for
 * our _locales strings; 'zh-CN' or 'en' is the user's own choice, kept in storage.local under `language` and
 * answered from the same messages.json files bundled here, so it holds even when the browser has no such locale
 * (Chromium without its zh-CN translation, Firefox without a language pack).
 */
import { ext as browser } from './ext';
import * as z from 'zod/mini';
import type { Lang } from '../core/categories';
import { localeText, type LocaleEntry } from './locale-text';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import en from '../../public/_locales/en/messages.json';

export const LANGUAGE_KEY = 'language';
export const LanguagePreferenceSchema = z.enum(['auto', 'zh-CN', 'en']);
export type LanguagePreference = z.infer<typeof LanguagePreferenceSchema>;

type Catalogue = Record<string, LocaleEntry | undefined>;
const BUNDLED: Record<Lang, Catalogue> = { 'zh-CN': zhCN as Catalogue, en: en as Catalogue };

let chosen: LanguagePreference = 'auto';

/** Reads the stored choice (a broken value counts as 'auto') and keeps it for the sync lookups below. */
export async function loadLanguage(): Promise<LanguagePreference> {
  const stored = await browser.storage.local.get(LANGUAGE_KEY);
  const parsed = LanguagePreferenceSchema.safeParse(stored[LANGUAGE_KEY] ?? 'auto');
  chosen = parsed.success ? parsed.data : 'auto';
  return chosen;
}

/** Keeps a long-lived context (the service worker) in step when the choice changes. */
export function followLanguage(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LANGUAGE_KEY in changes) void loadLanguage();
  });
}

/** The language of everything we show; never mixes: the chosen one, else the locale the browser picked. */
export function currentLang(): Lang {
  if (chosen !== 'auto') return chosen;
  return browser.i18n.getMessage('langCode') === 'en' ? 'en' : 'zh-CN';
}

/** One _locales string in the current language ($1… substituted like chrome.i18n does); the name if missing. */
export function message(name: string, substitutions: string[] = []): string {
  if (chosen === 'auto') return browser.i18n.getMessage(name, substitutions) || name;
  const entry = BUNDLED[chosen][name] ?? BUNDLED['zh-CN'][name];
  return entry ? localeText(entry, substitutions) : name;
}

/** The user's choice, from the options page (src/options/LanguageSetting.tsx). */
export async function chooseLanguage(preference: LanguagePreference): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_KEY]: preference });
  chosen = preference;
}

/** Calls `changed` after the choice changed anywhere (another tab's options page), once it is loaded here. */
export function onLanguageChange(changed: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LANGUAGE_KEY in changes) void loadLanguage().then(changed, changed);
  });
}
