/**
 * Settings that last, in Chromium with the built extension: the options page's export / import round trip (a
 * broken file is refused and nothing is lost), the message after corrupted storage was repaired, the list of
 * mutes in the user's words, and companies pushed by IT policy shown locked.
 *
 * storage.managed can only be filled by a browser policy, which Chromium reads from /etc (root-only, and shared by
 * everyone on the machine); so the locked case uses a test-only seam: an init script that answers
 * chrome.storage.managed.get with a policy, in the options page only. No product code knows about it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../harness/extension';

const SHOTS = 'test-results/store';
const CODE_A = '91110000600037341L';
const CODE_B = '914403001922038216';
const AGENT_ID = '11010519491231002X';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

async function openOptions(init?: (policy: unknown) => void, policy?: unknown): Promise<Page> {
  const options = await session.context.newPage();
  if (init) await options.addInitScript(init, policy);
  options.on('dialog', (dialog) => void dialog.accept());
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.locator('[data-profiles]').waitFor();
  return options;
}

async function addCompany(options: Page, name: string, code: string, agentId?: string) {
  await options.locator('[data-add-profile]').click();
  await options.getByLabel('单位名称').fill(name);
  await options.getByLabel('统一社会信用代码（或纳税人识别号）').fill(code);
  if (agentId) await options.getByLabel('经办人证件号码（选填）').fill(agentId);
  await options.getByRole('button', { name: '保存' }).click();
  await options.locator(`[data-profile]:has-text("${name}")`).waitFor();
}

/**
 * what the user set: storage.local without the repair notes (`storageReset:*`); an empty custom-portal list is the
 * same setting as none (an import writes every setting, the default list included)
 */
const settings = () =>
  session.worker.evaluate(async () => {
    const local = await chrome.storage.local.get(null);
    for (const key of Object.keys(local)) if (key.startsWith('storageReset:')) delete local[key];
    if (Array.isArray(local.customPortals) && local.customPortals.length === 0) delete local.customPortals;
    return local;
  });

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('options: export and import', () => {
  it('exports two companies, refuses a broken and a foreign file without losing anything, and imports the export back identically', async () => {
    const options = await openOptions();
    await addCompany(options, '北京甲科技有限公司', CODE_A, AGENT_ID);
    await addCompany(options, '深圳乙贸易有限公司', CODE_B);
    await session.screenshot(options, 'options-two-companies', SHOTS);
    const before = await settings();
    expect((before.companyProfiles as unknown[]).length).toBe(2);

    const download = options.waitForEvent('download');
    await options.locator('[data-export]').click();
    const exported = readFileSync(await (await download).path(), 'utf8');
    const backup = JSON.parse(exported) as {
      format: string;
      version: number;
      settings: { companyProfiles: { name: string }[] };
    };
    expect(backup.format).toBe('login-assistant-settings');
    expect(backup.version).toBe(2);
    expect(backup.settings.companyProfiles.map((p) => p.name)).toEqual(['北京甲科技有限公司', '深圳乙贸易有限公司']);
    // the agent ID was not to be remembered: it lives in session storage and never reaches the file
    expect(exported).not.toContain(AGENT_ID);

    await options.locator('[data-import]').setInputFiles(file('broken.json', exported.slice(0, exported.length / 2)));
    const result = options.locator('[data-backup-result]');
    await expect.poll(() => result.getAttribute('data-backup-result')).toBe('refused');
    expect(await result.innerText()).toContain('不是 JSON 文件');
    await session.screenshot(options, 'options-import-refused', SHOTS);
    await options.locator('[data-import]').setInputFiles(file('package.json', '{"name": "x", "version": "1.0.0"}'));
    await expect.poll(() => result.innerText()).toContain('不是本扩展导出的设置文件');
    expect(await settings()).toEqual(before);
    expect(await options.locator('[data-profile]').count()).toBe(2);

    // lose one company, then bring everything back from the file
    await options.getByRole('button', { name: /删除.*深圳乙贸易有限公司/ }).click();
    await expect.poll(() => options.locator('[data-profile]').count()).toBe(1);
    await options.locator('[data-import]').setInputFiles(file('settings.json', exported));
    await expect.poll(() => result.getAttribute('data-backup-result')).toBe('imported');
    expect(await result.innerText()).toContain('已导入：2 家单位');
    await expect.poll(() => options.locator('[data-profile]').count()).toBe(2);
    expect(await settings()).toEqual(before);
    await session.screenshot(options, 'options-imported', SHOTS);
    await options.close();
  });
});

describe('options: repaired storage and mutes', () => {
  it("after corrupted values it says what was reset, keeps the rest, and lists mutes in the user's words", async () => {
    await session.worker.evaluate(async (code) => {
      await chrome.storage.local.set({
        companyProfiles: [
          { id: 'ok', name: '好单位', creditCode: code, usualPortals: [] },
          { id: 7, name: null },
        ],
        mutes: {
          'e-tax/beijing': { scope: 'site' },
          'si.example.gov.cn': { scope: 'kind', categories: ['password-wrong', 'captcha-wrong'] },
          broken: { scope: 'everything' },
        },
        language: 'zh-CN',
      });
    }, CODE_A);
    const options = await openOptions();
    const notice = options.locator('[data-storage-notice]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('单位资料：1 项无法读取');
    expect(await notice.innerText()).toContain('不再显示的提示：1 项无法读取');
    expect(await options.locator('[data-profile]').count()).toBe(1);
    const mutes = options.locator('[data-muted]');
    await expect.poll(() => mutes.getAttribute('data-muted')).toBe('2');
    const site = await options.locator('[data-mute="e-tax/beijing"]').innerText();
    expect(site).toContain('北京');
    expect(site).toContain('这个网站上的所有提示');
    const kind = await options.locator('[data-mute="si.example.gov.cn"]').innerText();
    expect(kind).toMatch(/si\.example\.gov\.cn · 这类问题：.*验证码.*、.*密码/);
    await session.screenshot(options, 'options-reset-and-mutes', SHOTS);

    await options.getByRole('button', { name: /恢复显示：.*北京/ }).click();
    await expect.poll(() => mutes.getAttribute('data-muted')).toBe('1');
    await options.getByRole('button', { name: '知道了' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    const stored = await session.worker.evaluate(() => chrome.storage.local.get(null));
    expect(Object.keys(stored.mutes as object)).toEqual(['si.example.gov.cn']);
    expect(Object.keys(stored).filter((key) => key.startsWith('storageReset:'))).toEqual([]);
    await options.close();
  });
});

/** test-only seam: the options page's chrome.storage.managed answers with the given policy */
function fakePolicy(policy: unknown) {
  const managed = (globalThis as unknown as { chrome: { storage: { managed: { get: unknown } } } }).chrome.storage
    .managed;
  managed.get = (_keys: unknown, callback?: (items: unknown) => void) => {
    if (callback) return void callback(policy);
    return Promise.resolve(policy);
  };
}

describe('options: IT policy', () => {
  it("shows a company from the policy as locked, with no edit or delete, beside the user's own; a bad entry is reported", async () => {
    await session.worker.evaluate(async (code) => {
      await chrome.storage.local.set({
        companyProfiles: [{ id: 'own', name: '自己的单位', creditCode: code, usualPortals: [] }],
      });
    }, CODE_A);
    const policy = {
      companyProfiles: [
        { id: 'hq', name: '集团总部（IT 下发）', creditCode: CODE_B, usualPortals: ['e-tax/beijing'] },
        { id: '', name: 3 },
      ],
      lookalikeGuard: true,
    };
    const options = await openOptions(fakePolicy, policy);
    await expect.poll(() => options.locator('[data-profile]').count()).toBe(2);
    const locked = options.locator('[data-profile="policy:hq"]');
    expect(await locked.locator('[data-locked]').innerText()).toBe('由单位 IT 部门管理');
    expect(await locked.locator('button').count()).toBe(0);
    expect(await options.locator('[data-profile="own"] button').count()).toBe(2);
    expect(await options.locator('[data-policy-ignored]').innerText()).toContain('1 项无法读取');
    // the policy requires the look-alike guard: the card says so and offers only the one click that grants access
    const guard = options.locator('[data-guard]');
    expect(await guard.getAttribute('data-locked')).toBe('true');
    expect(await guard.innerText()).toContain('单位 IT 部门要求开启此项检查');
    expect(await guard.getByRole('button', { name: '关闭' }).count()).toBe(0);
    await session.screenshot(options, 'options-policy-locked', SHOTS);
    // the managed company is not written into the user's own storage, nor into an export
    const download = options.waitForEvent('download');
    await options.locator('[data-export]').click();
    expect(readFileSync(await (await download).path(), 'utf8')).not.toContain('集团总部');
    expect(JSON.stringify(await settings())).not.toContain('集团总部');
    await options.close();
  });
});
