/**
 * Asks the background for what the popup paints first (`popup-view`, src/shared/popup-view.ts): one message, sent
 * before the page's language is even read. Which tab: the one named by `?tab=ID` when the popup is opened as a
 * page of its own (headless Chromium has no toolbar, so the end-to-end tests do that), else the active tab. A popup
 * opened as a page gets no activeTab grant, so it may also be told the address with `&url=` — only an extension
 * page or the user can open it, and the address is only ever judged (trust), never fetched.
 */
import type { MessageOf } from '../shared/messages';
import { ext } from '../shared/ext';
import type { PopupView } from '../shared/popup-view';
import { ask, isRefusal } from '../shared/protocol';

interface ClientHints {
  brands?: { brand: string; version: string }[];
  platform?: string;
}

/** What `navigator` says (user-agent client hints where the browser has them); the background judges it. */
function navigatorFacts(): MessageOf<'popup-view'>['navigator'] {
  const hints = (navigator as Navigator & { userAgentData?: ClientHints }).userAgentData;
  return {
    ...(hints?.brands ? { brands: hints.brands.slice(0, 20) } : {}),
    ...(hints?.platform ? { platform: hints.platform } : {}),
    userAgent: navigator.userAgent.slice(0, 1000),
    cookiesEnabled: navigator.cookieEnabled,
    online: navigator.onLine,
  };
}

/** The first view, or null when the background could not answer (the popup then says it knows no page). */
export async function requestView(search: string): Promise<PopupView | null> {
  const params = new URLSearchParams(search);
  const requested = Number(params.get('tab'));
  const message: MessageOf<'popup-view'> = {
    type: 'popup-view',
    tabId: Number.isInteger(requested) && requested > 0 ? requested : null,
    url: params.get('url')?.slice(0, 4096) ?? null,
    navigator: navigatorFacts(),
  };
  const reply = await ask((request) => ext.runtime.sendMessage(request), message).catch(() => null);
  // a refused message (see Refusal) is no view: the popup then says it knows no page
  return reply === null || isRefusal(reply) ? null : reply;
}
