import browser from 'webextension-polyfill';
import type { Lang } from '../core/categories';

/**
 * The language of everything the core writes (advice, portal names): the locale the browser picked for our
 * _locales strings, read back through the `langCode` message, so a page never mixes languages.
 * (chrome.i18n.getUILanguage() can disagree with the locale getMessage() uses, e.g. with --lang on Linux.)
 */
export function uiLang(): Lang {
  return browser.i18n.getMessage('langCode') === 'en' ? 'en' : 'zh-CN';
}
