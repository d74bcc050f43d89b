/**
 * Pins the extension's language the way a user does: in the options page, "语言 / Language", one click on
 * 跟随浏览器 / 中文 / English (src/options/LanguageSetting.tsx). Waits until the choice is stored, which is what every
 * other page, the background and the content scripts follow, then closes the options tab.
 */
import type { BrowserContext, Worker } from 'playwright-core';

export type LanguageChoice = 'auto' | 'zh-CN' | 'en';

export async function chooseLanguageInOptions(
  target: { context: BrowserContext; extensionId: string; worker: Worker },
  language: LanguageChoice,
): Promise<void> {
  const options = await target.context.newPage();
  try {
    await options.goto(`chrome-extension://${target.extensionId}/options.html`);
    await options.locator(`[data-language-setting] input[name="language"][value="${language}"]`).check();
    const deadline = Date.now() + 5_000;
    while ((await target.worker.evaluate(() => chrome.storage.local.get('language'))).language !== language) {
      if (Date.now() > deadline) throw new Error(`the options page did not store the language ${language}`);
      await options.waitForTimeout(50);
    }
    // the options page itself re-renders in the chosen language
    if (language !== 'auto') await options.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  } finally {
    await options.close();
  }
}
