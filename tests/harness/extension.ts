/**
 * Launches Debian's Chromium headless with the built extension (dist/chrome) and the fixture sites at real portal
 * host names, and gives tests what a user would look at: the page, the toolbar badge, the popup.
 * Used by the e2e tests (tests/e2e, one fixture page plus one test per case) and by the demo.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_FLAGS } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { chooseLanguageInOptions } from './language';
import type { TabState } from '../../src/background/tab-state';

export type TabStateView = TabState;

export const DIST = resolve(import.meta.dirname, '../../dist/chrome');
export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: FixtureServer;
  /** the first-run page (welcome.html) opened on install; the harness closed it so each test starts clean */
  welcomeOpened: boolean;
  /** opens a fixture page at its real URL (the port is ignored by the host mapping) */
  open(url: string): Promise<Page>;
  /** the id the extension knows the page's tab by */
  tabIdOf(page: Page): Promise<number>;
  badgeOf(page: Page): Promise<{ text: string; color: number[] }>;
  /** the popup, opened as a page of its own for the given tab (headless Chromium has no toolbar) */
  openPopup(page: Page): Promise<Page>;
  /** saves a full-page PNG (to test-results/screenshots unless a folder is given) and returns its path */
  screenshot(page: Page, name: string, dir?: string): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  colorScheme?: 'light' | 'dark';
  headless?: boolean;
  /** the unpacked extension to load (default dist/chrome); see tests/harness/local-access.ts */
  extensionDir?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const server = await startFixtureServer();
  const extensionDir = options.extensionDir ?? DIST;
  // Chromium on Linux takes its UI language (and so the extension's locale) from LANGUAGE/LANG
  const locale = options.locale ?? 'zh-CN';
  const home = mkdtempSync(join(tmpdir(), 'login-assistant-e2e-'));
  const context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    env: {
      ...process.env,
      LANGUAGE: locale.replace('-', '_'),
      LANG: `${locale.replace('-', '_')}.UTF-8`,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_CACHE_HOME: join(home, '.cache'),
    },
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${server.resolverRules}`,
      `--lang=${locale}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const welcomeOpened = await closeWelcome(context);
  // The launch locale alone decides nothing when Chromium lacks that translation (no chromium-l10n): the
  // extension's own language choice does, so the tests speak the language they assert on, on every machine.
  // English is chosen as a user chooses it, in the options page (tests/harness/language.ts).
  if (locale.startsWith('en')) await chooseLanguageInOptions({ context, extensionId, worker }, 'en');
  else await worker.evaluate(() => chrome.storage.local.set({ language: 'zh-CN' }));

  const session: ExtensionSession = {
    context,
    worker,
    extensionId,
    server,
    welcomeOpened,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async tabIdOf(page) {
      await page.bringToFront();
      return worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab!.id!;
      });
    },
    async badgeOf(page) {
      const tabId = await session.tabIdOf(page);
      return worker.evaluate(async (id) => {
        const text = await chrome.action.getBadgeText({ tabId: id });
        const color = await chrome.action.getBadgeBackgroundColor({ tabId: id });
        return { text, color: [...color] };
      }, tabId);
    },
    async openPopup(page) {
      const tabId = await session.tabIdOf(page);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      // activeTab is granted by a click on the toolbar, which headless Chromium lacks: pass the address it grants
      const url = encodeURIComponent(page.url());
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}&url=${url}`);
      await popup.locator('main[aria-busy="false"]').waitFor();
      return popup;
    },
    async screenshot(page, name, dir = SCREENSHOTS) {
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
  return session;
}

/** Waits (up to 5 s) for the first-run tab the extension opens on install, and closes it. */
async function closeWelcome(context: BrowserContext): Promise<boolean> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((page) => page.url().endsWith('/welcome.html'));
    if (welcome) {
      // let it finish loading first: a page closed while it loads can leave the extension's process without its
      // locale messages (every getMessage then answers '')
      await welcome
        .locator('main')
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
      await welcome.close();
      return true;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  return false;
}

/** The background's state for the page's tab (what the popup shows), once `accept` is true of it. */
export async function waitForTabState<T>(
  session: ExtensionSession,
  page: Page,
  accept: (state: TabStateView | null) => T | undefined | null | false,
  timeoutMs = 10_000,
): Promise<T> {
  const tabId = await session.tabIdOf(page);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stored = await session.worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId);
    const state = (stored[`tab:${tabId}`] as TabStateView | undefined) ?? null;
    const accepted = accept(state);
    if (accepted) return accepted;
    if (Date.now() > deadline) throw new Error(`tab state never matched; last: ${JSON.stringify(state)}`);
    await page.waitForTimeout(100);
  }
}

/** Waits until the badge of the page's tab shows `text` (the background sets it after the page reported). */
export async function waitForBadge(session: ExtensionSession, page: Page, text: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last = await session.badgeOf(page);
  while (last.text !== text && Date.now() < deadline) {
    await page.waitForTimeout(100);
    last = await session.badgeOf(page);
  }
  return last;
}
