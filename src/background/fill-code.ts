/**
 * Adds the popup's fill-and-probe code (fill.js, src/content/fill/answer-popup.ts) to every frame of a tab, on the
 * popup's click, just before the popup sends it `fill-field` or `probe-network`: content.js does not carry it. It
 * answers only in frames content.js watches, and once however often it is added. The host permission of the page
 * limits where it can go (manifest `host_permissions`), as for the hint's code (./hint-code.ts).
 */
import browser from 'webextension-polyfill';

/** Whether the code reached the tab; false for a tab it may not go into (a browser page, a site not ours). */
export async function bringFillCode(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['fill.js'] });
    return true;
  } catch {
    return false; // not allowed there, or no scripting API (unit tests' fake browser)
  }
}
