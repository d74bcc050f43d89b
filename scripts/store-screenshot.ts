/**
 * Store listing screenshots at the size the Chrome Web Store and Edge Add-ons ask for (1280×800): the portal page as
 * the user sees it, with the popup drawn where the browser's toolbar popup opens (top right). Headless Chromium has
 * no toolbar, so the popup is captured from its own page and laid over the portal page here.
 */
import type { Page } from 'playwright-core';

export const STORE_SIZE = { width: 1280, height: 800 } as const;

async function png(page: Page): Promise<string> {
  return (await page.screenshot({ fullPage: false })).toString('base64');
}

/** Writes `path`: the page's 1280×800 view, with the popup (when given) in the top-right corner. */
export async function storeScreenshot(page: Page, popup: Page | null, path: string): Promise<void> {
  await page.setViewportSize(STORE_SIZE);
  const background = await png(page);
  let overlay = '';
  if (popup) {
    const height = await popup.evaluate(() => Math.min(document.documentElement.scrollHeight, 760));
    await popup.setViewportSize({ width: 380, height });
    overlay = await png(popup);
  }
  const canvas = await page.context().newPage();
  await canvas.setViewportSize(STORE_SIZE);
  await canvas.setContent(`<!doctype html><body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
    <img alt="" style="position:absolute;inset:0" src="data:image/png;base64,${background}">
    ${overlay ? `<img alt="" style="position:absolute;top:8px;right:16px;border:1px solid #c9ced6;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.25)" src="data:image/png;base64,${overlay}">` : ''}
  </body>`);
  await canvas.screenshot({ path, fullPage: false });
  await canvas.close();
}
