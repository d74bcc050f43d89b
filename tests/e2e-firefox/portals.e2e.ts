/**
 * The language setting and a custom portal in Firefox ESR. English, chosen in the options page with a click, makes
 * the next hint English without reloading the extension. A city site the registry lacks, added in the options page,
 * gets our scripts and is recognised. Read from outside (host attribute, stored tab state), as
 * tests/harness/firefox.ts explains. The add-on is a copy of dist/firefox whose manifest grants the fixture host at
 * install (a permission prompt cannot be answered headless; tests/e2e/settings-portals.e2e.ts says more).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_LOGIN_MARK } from '../../src/core/badge';
import { FIREFOX_DIST, launchFirefox, type FirefoxSession } from '../harness/firefox';

const CITY = 'gjj.example-city.cn';
const CITY_LOGIN = `http://${CITY}/dwzx/`;
let copyDir = '';

function addonWithHostGranted(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'login-assistant-ff-custom-')), 'extension');
  cpSync(FIREFOX_DIST, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    path,
    JSON.stringify(
      {
        ...manifest,
        host_permissions: [...((manifest.host_permissions as string[] | undefined) ?? []), `*://${CITY}/*`],
      },
      null,
      2,
    ),
  );
  return dir;
}

const URL = 'http://login.kits-fixture.gov.cn/red-tips/';
let session: FirefoxSession;

beforeAll(async () => {
  copyDir = addonWithHostGranted();
  session = await launchFirefox('zh-CN', copyDir);
});
afterAll(async () => {
  await session?.close();
  if (copyDir) rmSync(join(copyDir, '..'), { recursive: true, force: true });
});

async function hintLangAfterLogin(): Promise<string | undefined> {
  const page = await session.open(URL);
  await session.waitForTabState(URL, (s) => s.recognition?.isLoginPage === true);
  await page.click('#login');
  await page.waitForSelector('[data-login-assistant-hint]', { timeout: 10_000 });
  const { state } = await session.waitForTabState(URL, (s) => s.hint !== null);
  await page.close();
  return state.hint?.lang;
}

describe('Firefox ESR: the language setting', () => {
  it('English chosen in the options page: the next hint is English', async () => {
    expect(await hintLangAfterLogin()).toBe('zh-CN');
    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('[data-language-setting] input[value="en"]');
    await options.click('[data-language-setting] input[value="en"]');
    await options.waitForSelector('html[lang="en"]', { timeout: 5_000 });
    expect(await options.evaluate(async () => (await chrome.storage.local.get('language')).language)).toBe('en');
    expect(await options.$eval('h1', (h) => h.textContent)).not.toMatch(/[\u4e00-\u9fff]/);
    await session.screenshot(options, 'firefox-options-english');
    await options.close();
    expect(await hintLangAfterLogin()).toBe('en');
  });

  it('a custom portal added in the options page is recognised on its own host', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('[data-custom-portals]');
    await options.type('#custom-portal-url', CITY_LOGIN);
    await options.type('#custom-portal-name', 'City housing fund');
    await options.select('#custom-portal-kind', 'housing-fund');
    await options.click('[data-add-custom-portal]');
    await options.waitForSelector(`[data-custom-portal="${CITY}"]`, { timeout: 10_000 });
    const deadline = Date.now() + 10_000;
    let ids: string[] = [];
    while (ids.length < 2 && Date.now() < deadline) {
      ids = await options.evaluate(async () =>
        (await chrome.scripting.getRegisteredContentScripts())
          .map((s) => s.id)
          .filter((id) => id.startsWith('custom-portals:')),
      );
      await new Promise((done) => setTimeout(done, 100));
    }
    expect(ids.sort()).toEqual(['custom-portals:0', 'custom-portals:1']);
    await session.screenshot(options, 'firefox-options-custom-portal');
    await options.close();
    const page = await session.open(CITY_LOGIN);
    const { tabId, state } = await session.waitForTabState(CITY_LOGIN, (s) => s.recognition?.isLoginPage === true);
    expect(state.recognition?.portal?.id).toBe(`housing-fund/custom-${CITY}`);
    expect(await session.badgeOf(tabId)).toBe(BADGE_LOGIN_MARK);
    await page.close();
  });
});
