/**
 * Custom portals and the language setting in real Chromium with the built extension. A made-up city housing-fund
 * site outside gov.cn (tests/fixtures/sites/gjj.example-city.cn), which the registry lacks, is added in the options
 * page; the extension then registers its content scripts there, recognises the login page (badge, popup) and
 * explains a failed login; removing it unregisters them. Switching to English in the options page makes the next
 * hint English.
 *
 * The permission: headless Chromium cannot answer a permission prompt (tests/harness/local-access.ts says what was
 * tried), so this file loads a COPY of dist/chrome whose manifest grants the fixture host at install, as if the user
 * had allowed it: `permissions.request` then resolves true at once, exactly as on a real "Allow". The code is
 * dist/chrome byte for byte. The refused path (nothing saved, the page says so) is a unit test
 * (tests/unit/custom-portals/options.test.tsx).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_LOGIN_MARK } from '../../src/core/badge';
import { DIST, launchExtension, waitForBadge, waitForTabState, type ExtensionSession } from '../harness/extension';
import { readHint } from '../harness/hint';
import { chooseLanguageInOptions } from '../harness/language';

const HOST = 'gjj.example-city.cn';
const LOGIN = `http://${HOST}/dwzx/`;
const PORTAL_ID = `housing-fund/custom-${HOST}`;
const SHOTS = resolve(import.meta.dirname, '../../test-results/portals');

let session: ExtensionSession;
let copyDir = '';

/** dist/chrome with the fixture host granted at install (see above why). */
function extensionWithHostGranted(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'login-assistant-custom-')), 'extension');
  cpSync(DIST, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    path,
    JSON.stringify(
      {
        ...manifest,
        host_permissions: [...((manifest.host_permissions as string[] | undefined) ?? []), `*://${HOST}/*`],
      },
      null,
      2,
    ),
  );
  return dir;
}

beforeAll(async () => {
  copyDir = extensionWithHostGranted();
  session = await launchExtension({ extensionDir: copyDir });
});
afterAll(async () => {
  await session?.close();
  if (copyDir) rmSync(join(copyDir, '..'), { recursive: true, force: true });
});

async function openOptions(): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('[data-custom-portals]').waitFor();
  return options;
}

async function registered(): Promise<chrome.scripting.RegisteredContentScript[]> {
  return session.worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith('custom-portals:')),
  );
}

async function tryAdd(options: Page, url: string, name = '某市公积金单位网厅'): Promise<string> {
  await options.locator('#custom-portal-url').fill(url);
  await options.locator('#custom-portal-name').fill(name);
  await options.locator('#custom-portal-kind').selectOption('housing-fund');
  await options.locator('[data-add-custom-portal]').click();
  await expect.poll(() => options.locator('[data-custom-portal-status]').innerText()).not.toBe('');
  return options.locator('[data-custom-portal-status]').innerText();
}

/** The text of our note under a field (its host carries the category credit-code-wrong), read through its closed root. */
async function noteText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { backendNodeId: number; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    for (const stack = [root]; stack.length; ) {
      const node = stack.pop()!;
      const at = node.attributes?.indexOf('data-login-assistant-hint') ?? -1;
      if (at >= 0 && node.attributes![at + 1] === 'credit-code-wrong' && node.shadowRoots?.[0]) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.shadowRoots[0].backendNodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId!,
          functionDeclaration: 'function () { return this.textContent; }',
          returnByValue: true,
        });
        return String(result.value);
      }
      stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
    }
    return '';
  } finally {
    await cdp.detach();
  }
}

describe('custom portals', () => {
  it('before it is added, the city site is an ordinary site: no script, no recognition, no badge', async () => {
    expect(await registered()).toEqual([]);
    const page = await session.open(LOGIN);
    await page.waitForTimeout(800);
    expect((await session.badgeOf(page)).text).toBe('');
    await page.close();
  });

  it('the options page refuses a registered portal (naming it) and a look-alike, saving nothing', async () => {
    const options = await openOptions();
    expect(await tryAdd(options, 'https://tpass.beijing.chinatax.gov.cn:8443/#/login')).toContain('北京');
    expect(await tryAdd(options, 'https://etax-chinatax.gov.cn.login-tax.top/')).toContain('模仿');
    expect(await tryAdd(options, 'ftp://gjj.example-city.cn/')).toContain('https://');
    expect(await options.locator('[data-custom-portals]').getAttribute('data-custom-portals')).toBe('0');
    await session.screenshot(options, 'options-refused', SHOTS);
    await options.close();
  });

  it('added with its permission: its content scripts are registered like the manifest ones', async () => {
    const options = await openOptions();
    expect(await tryAdd(options, `http://${HOST}/dwzx/`)).toContain('已添加');
    await options.locator(`[data-custom-portal="${HOST}"]`).waitFor();
    await session.screenshot(options, 'options-added', SHOTS);
    await options.close();
    await expect.poll(async () => (await registered()).length).toBe(2);
    const scripts = (await registered()).sort((a, b) => a.id.localeCompare(b.id));
    expect(scripts[0]).toMatchObject({
      id: 'custom-portals:0',
      matches: [`*://${HOST}/*`],
      js: ['content.js'],
      allFrames: true,
      runAt: 'document_idle',
      matchOriginAsFallback: true,
      persistAcrossSessions: true,
    });
    expect(scripts[1]).toMatchObject({
      id: 'custom-portals:1',
      matches: [`*://${HOST}/*`],
      js: ['native-dialogs.js'],
      allFrames: true,
      runAt: 'document_start',
      world: 'MAIN',
      matchOriginAsFallback: true,
    });
  });

  it('its login page is recognised (badge, popup) and a failed login gets the hint', async () => {
    const page = await session.open(LOGIN);
    const state = await waitForTabState(session, page, (s) => (s?.recognition?.isLoginPage ? s : null));
    expect(state.trust).toBe('official');
    expect(state.recognition?.portal).toMatchObject({ id: PORTAL_ID, kind: 'housing-fund', region: 'custom' });
    expect((await waitForBadge(session, page, BADGE_LOGIN_MARK)).text).toBe(BADGE_LOGIN_MARK);

    const popup = await session.openPopup(page);
    expect(await popup.locator('body').innerText()).toContain('某市公积金单位网厅');
    expect(await popup.locator('[data-check="official-entry"]').getAttribute('data-status')).toBe('pass');
    expect(await popup.locator('[data-check="official-entry"]').innerText()).toContain('你添加的网站');
    await session.screenshot(popup, 'popup-custom-portal', SHOTS);
    await popup.close();

    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(async () => (await readHint(page)).categories, { timeout: 8000 }).toContain('password-wrong');
    const hint = await readHint(page);
    expect(hint.lang).toBe('zh-CN');
    expect(hint.title).toMatch(/[\u4e00-\u9fff]/);
    expect((await waitForBadge(session, page, '!')).text).toBe('!');
    await session.screenshot(page, 'hint-zh', SHOTS);

    // English, chosen in the options page: the hint on screen may stay, the next one is English
    await chooseLanguageInOptions(session, 'en');
    await page.bringToFront();
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(async () => (await readHint(page)).lang, { timeout: 8000 }).toBe('en');
    const english = await readHint(page);
    expect(english.categories).toContain('password-wrong');
    expect(english.title).not.toMatch(/[\u4e00-\u9fff]/);
    expect(english.buttons.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
    await session.screenshot(page, 'hint-en', SHOTS);

    // the note under a mistyped credit code, on the same page that was open during the switch, is English too
    await page.locator('#account').fill('91110000600073341L');
    await page.locator('#pw').focus();
    await expect.poll(() => noteText(page), { timeout: 5000 }).toContain('check character');
    expect(await noteText(page)).not.toMatch(/[\u4e00-\u9fff]/);
    await session.screenshot(page, 'field-note-en', SHOTS);
    await chooseLanguageInOptions(session, 'zh-CN');
    await page.close();
  });

  it('removed: its scripts are unregistered and its pages are ordinary again', async () => {
    const options = await openOptions();
    await options.locator(`[data-custom-portal="${HOST}"] button`).click();
    await expect.poll(() => options.locator('[data-custom-portals]').getAttribute('data-custom-portals')).toBe('0');
    await session.screenshot(options, 'options-removed', SHOTS);
    await options.close();
    await expect.poll(async () => (await registered()).length).toBe(0);
    // The permission itself stays here: this copy's manifest grants it at install, and Chromium refuses to remove a
    // permission the manifest requires. That removal asks for exactly this origin is a unit test
    // (tests/unit/custom-portals/options.test.tsx); with a real "Allow" the grant is optional and goes with it.
    const page = await session.open(LOGIN);
    await page.waitForTimeout(800);
    expect((await session.badgeOf(page)).text).toBe('');
    const tabId = await session.tabIdOf(page);
    expect(await session.worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId)).toEqual({});
    await page.close();
  });
});
