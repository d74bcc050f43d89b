import type { Lang } from '../core/categories';
import { currentLang } from './language-text';

/**
 * The language of everything the core writes (advice, portal names): the user's stored choice, else the locale
 * the browser picked for our _locales strings (read back through the `langCode` message), so a page never mixes
 * languages. (chrome.i18n.getUILanguage() can disagree with the locale getMessage() uses, e.g. with --lang on Linux.)
 */
export function uiLang(): Lang {
  return currentLang();
}
