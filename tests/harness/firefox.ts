/**
 * Launches Debian's Firefox ESR headless with the built extension (dist/firefox, as a temporary add-on) and drives
 * it with puppeteer-core over WebDriver BiDi (no geckodriver, no downloaded browser). Firefox has no host-resolver
 * rules, so every http request goes through a proxy pref to our fixture server, which answers by the request's
 * host. A fixed moz-extension:// address (the uuids pref) lets the test open the popup, and from that extension
 * page read the badge and the stored tab state. A closed shadow root stays closed to the test here: assertions
 * are on the hint's host attribute and the stored state, the way tests/e2e-firefox reads them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH } from './firefox-path';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { SCREENSHOTS } from './extension';
import type { TabState } from '../../src/background/tab-state';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');
const GECKO_ID = (
  JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;
/** any fixed uuid: the extension's pages then live at moz-extension://<uuid>/ */
const EXTENSION_UUID = '6d1f0c1e-3b7a-4f51-9a57-0c2f5e1b7a11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxSession {
  browser: Browser;
  server: FixtureServer;
  open(url: string): Promise<Page>;
  /** an extension page of ours (popup.html, options.html …) in a tab of its own */
  openExtensionPage(path: string): Promise<Page>;
  /** the tab id and stored state of the tab showing `url`, once `accept` holds (read from an extension page) */
  waitForTabState(
    url: string,
    accept: (state: TabState) => boolean,
    timeoutMs?: number,
  ): Promise<{ tabId: number; state: TabState }>;
  badgeOf(tabId: number): Promise<string>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

function prefs(port: number, language: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.allow_hijacking_localhost': false,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    'intl.locale.requested': language,
    'intl.accept_languages': language,
  };
}

/** `extensionDir`: the unpacked add-on to install (default dist/firefox; a copy with other grants, same id). */
export async function launchFirefox(
  language: 'zh-CN' | 'en' = 'zh-CN',
  extensionDir = FIREFOX_DIST,
): Promise<FirefoxSession> {
  const server = await startFixtureServer();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(server.port, language),
  });
  await browser.installExtension(extensionDir);
  let helper: Page | null = null;
  const session: FirefoxSession = {
    browser,
    server,
    async open(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // page.goto never settles on a moz-extension:// page; the BiDi navigate command does
      await (
        page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<unknown> } }
      ).browsingContext.navigate(`${EXTENSION_ORIGIN}/${path}`, 'complete');
      return page;
    },
    async waitForTabState(url, accept, timeoutMs = 10_000) {
      helper ??= await session.openExtensionPage('options.html');
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const stored = (await helper.evaluate(() => chrome.storage.session.get(null))) as Record<string, TabState>;
        const tabs = Object.entries(stored).filter(([key, s]) => key.startsWith('tab:') && s?.url === url);
        const entry = tabs.find(([, s]) => accept(s));
        if (entry) return { tabId: Number(entry[0].slice(4)), state: entry[1] };
        if (Date.now() > deadline) throw new Error(`tab state never matched for ${url}; last: ${JSON.stringify(tabs)}`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    async badgeOf(tabId) {
      helper ??= await session.openExtensionPage('options.html');
      return helper.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async screenshot(page, name) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`) as `${string}.png`;
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
  // Firefox speaks en-US without a language pack, whatever intl.locale.requested says: pin the extension's own choice
  helper = await session.openExtensionPage('options.html');
  await helper.evaluate((lang) => chrome.storage.local.set({ language: lang }), language);
  return session;
}
