/**
 * The service worker: routes messages (sender-checked, zod-parsed) to the handler map and keeps the per-tab
 * state and badge in step with navigation.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { MessageSchema } from '../shared/messages';
import { HANDLERS } from './handlers';
import { SENDER_OF, senderKind } from './sender';
import { forgetTab } from './tab-state';
import { syncGuard } from './guard';
import { followLanguage, loadLanguage } from '../shared/language';

// the user's language choice, read before any handler writes a text
const languageReady = loadLanguage().catch(() => 'auto');
followLanguage();

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return Promise.resolve({ error: 'invalid message' });
  const message = parsed.data;
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL(''));
  if (kind === null || SENDER_OF[message.type] !== kind) return Promise.resolve({ error: 'sender not allowed' });
  const handler = HANDLERS[message.type] as (m: typeof message, s: typeof sender) => Promise<unknown>;
  return languageReady.then(() => handler(message, sender)).catch((error: unknown) => ({ error: String(error) }));
});

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

browser.permissions.onAdded.addListener(() => void syncGuard());
browser.permissions.onRemoved.addListener(() => void syncGuard());
browser.runtime.onStartup.addListener(() => void syncGuard());
browser.runtime.onInstalled.addListener(() => void syncGuard());
