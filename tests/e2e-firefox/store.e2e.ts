/**
 * Settings that last, in Firefox ESR: a profile from before storage versions (mutedHints, one broken company) is
 * migrated and repaired when the options page opens, which says what it reset; Firefox has no managed storage
 * without a native manifest, and the page works without it; a broken settings file is refused.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';

let session: FirefoxSession;
const dir = mkdtempSync(join(tmpdir(), 'store-firefox-'));
beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Firefox ESR: stored settings', () => {
  it('migrates version 1 and repairs a broken company, says so, and refuses a broken settings file', async () => {
    const setup = await session.openExtensionPage('options.html');
    const writeOldLayout = () =>
      setup.evaluate(async () => {
        const version = async () => (await chrome.storage.local.get('storageVersion')).storageVersion;
        // this page (and the background, on install) migrates the empty profile when it opens: that migration's
        // write of the current version must land before the old layout, or it marks the old layout migrated
        for (let i = 0; i < 100 && (await version()) !== 2; i += 1) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 300));
        // the old layout in one write, marked as version 1: a remove and then a set would let a background that
        // wakes on the first change migrate a half-written layout (a failure seen only in full runs)
        await chrome.storage.local.set({
          storageVersion: 1,
          companyProfiles: [{ id: 'a', name: '甲公司', creditCode: '91110000600037341L', usualPortals: [] }, 'junk'],
          mutedHints: { 'e-tax/beijing': ['password-wrong'] },
        });
        await new Promise((r) => setTimeout(r, 300));
        return version();
      });
    expect(await writeOldLayout()).toBe(1);
    await setup.close();
    const options = await session.openExtensionPage('options.html');
    await options.waitForSelector('[data-storage-notice]', { timeout: 10_000 });
    const notice = await options.$eval('[data-storage-notice]', (el) => (el as HTMLElement).innerText);
    expect(notice).toContain('单位资料：1 项无法读取');
    await options.waitForSelector('[data-muted="1"]');
    const mute = await options.$eval('[data-mute="e-tax/beijing"]', (el) => (el as HTMLElement).innerText);
    expect(mute).toContain('北京');
    expect(mute).toContain('这类问题');
    expect(await options.$$eval('[data-profile]', (els) => els.length)).toBe(1);
    const stored = await options.evaluate(() => chrome.storage.local.get(['storageVersion', 'mutedHints', 'mutes']));
    expect(stored).toEqual({
      storageVersion: 2,
      mutes: { 'e-tax/beijing': { scope: 'kind', categories: ['password-wrong'] } },
    });

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "login-assistant-settings", "version": 2, "settings": {"companyProf');
    const input = (await options.$('input[data-import]')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(broken);
    await options.waitForSelector('[data-backup-result="refused"]', { timeout: 10_000 });
    expect(await options.$$eval('[data-profile]', (els) => els.length)).toBe(1);
    await session.screenshot(options, 'firefox-store-options');
    await options.close();
  });
});
