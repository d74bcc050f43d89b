/**
 * The strings of the language the extension speaks, without reading storage: the choice is kept here once known
 * (src/shared/language.ts reads and checks it; the popup is told it by the background's first view), and every
 * lookup answers from it. No zod and no storage code, so a page that must paint fast (the popup) can use it.
 */
import { ext as browser } from './ext';
import type { Lang } from '../core/categories';
import { localeText, type LocaleEntry } from './locale-text';
import zhCN from '../../public/_locales/zh_CN/messages.json';
import en from '../../public/_locales/en/messages.json';

export type LanguagePreference = 'auto' | 'zh-CN' | 'en';

type Catalogue = Record<string, LocaleEntry | undefined>;
const BUNDLED: Record<Lang, Catalogue> = { 'zh-CN': zhCN as Catalogue, en: en as Catalogue };

let chosen: LanguagePreference = 'auto';

/** Keeps a choice already read and checked (language.ts, or the background's view for the popup). */
export function keepLanguageChoice(preference: LanguagePreference): void {
  chosen = preference;
}

/** The language of everything we show; never mixes: the chosen one, else the locale the browser picked. */
export function currentLang(): Lang {
  if (chosen !== 'auto') return chosen;
  return browser.i18n.getMessage('langCode') === 'en' ? 'en' : 'zh-CN';
}

/** The choice as kept here ('auto' until one is read). */
export function languageChoice(): LanguagePreference {
  return chosen;
}

/** One _locales string in the current language ($1… substituted like chrome.i18n does); the name if missing. */
export function message(name: string, substitutions: string[] = []): string {
  if (chosen === 'auto') return browser.i18n.getMessage(name, substitutions) || name;
  const entry = BUNDLED[chosen][name] ?? BUNDLED['zh-CN'][name];
  return entry ? localeText(entry, substitutions) : name;
}
