import browser, { type Runtime } from 'webextension-polyfill';

/** The origin of an address, '' when there is none: the extension may not read a tab's address outside its hosts. */
function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

/**
 * Whether the sender's tab still shows the site the message came from. A handler saves the tab's state after its
 * awaits; a navigation to another site in between (tabs.onUpdated has already cleared the tab) would otherwise put
 * the old page's findings and "!" on the new one. Compared by origin: a single-page app's own route and query
 * changes stay the same page. A tab that is gone shows nothing.
 */
export async function stillShowing(tabId: number, sender: Runtime.MessageSender): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    return originOf(tab?.url) === originOf(sender.tab?.url);
  } catch {
    return false;
  }
}
