import browser from 'webextension-polyfill';

/** A UI string from _locales (zh_CN default, en second), picked by the browser's language like chrome.i18n does. */
export function t(name: string, ...substitutions: string[]): string {
  return browser.i18n.getMessage(name, substitutions) || name;
}
