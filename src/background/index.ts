/**
 * The service worker: routes messages (sender-checked, zod-parsed) to the handler map and keeps the per-tab
 * state and badge in step with navigation.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { route } from './route';
import { forgetTab } from './tab-state';
import { followCustomPortals, syncContentScripts } from './custom-portals';
import { followLanguage, loadLanguage } from '../shared/language';
import { repairStorage } from '../shared/storage/repair';
import { startReminders } from './reminders';

// the user's language choice, read before any handler writes a text
const languageReady = loadLanguage().catch(() => 'auto');
followLanguage();
// certificate and password reminders: one alarm, checked on it, on startup and when the profiles change
startReminders();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
  languageReady.then(() => route(raw, sender)),
);

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// A new document in a tab: what we knew about the old one no longer holds (the new page says hello itself).
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) {
    void forgetTab(tabId);
    void browser.action.setBadgeText({ tabId, text: '' });
  }
});

// the guard's and the custom portals' scripts follow the permissions and the list (custom-portals.ts)
browser.permissions.onAdded.addListener(() => void syncContentScripts());
browser.permissions.onRemoved.addListener(() => void syncContentScripts());
browser.runtime.onStartup.addListener(() => void syncContentScripts());
// the IT department's policy can switch the guard off (storage.managed changes when the policy does)
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') void syncContentScripts();
});
browser.runtime.onInstalled.addListener(() => void syncContentScripts());
followCustomPortals();
// an install or update brings stored settings to the current layout and repairs what cannot be read (src/shared/storage)
browser.runtime.onInstalled.addListener(() => void repairStorage().catch(() => undefined));
// first run: say in three lines what the extension does and offer the look-alike guard (src/welcome)
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
});
