/**
 * Companies in Firefox ESR with dist/firefox: a GBK company list imported through the options page (preview refuses
 * the mistyped row, the confirmation saves only the fine one), and a certificate a few days from expiry raises its
 * reminder (alarms and notifications exist in Firefox too).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../harness/firefox';

const GOOD_CODE = '91110000600037341L';
const TYPO_CODE = '91110000600037342L';
const CSV = [
  '单位名称,统一社会信用代码,证书到期日',
  `北京某某科技有限公司,${GOOD_CODE},2027/3/31`,
  `错码商贸有限公司,${TYPO_CODE},`,
].join('\r\n');
const chinaDate = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

let session: FirefoxSession;
const dir = mkdtempSync(join(tmpdir(), 'companies-csv-'));
beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Firefox ESR: companies', () => {
  it('imports a GBK list: the bad row refused in the preview, only the fine one saved', async () => {
    const file = join(dir, 'list.csv');
    writeFileSync(file, iconv.encode(CSV, 'gbk'));
    const blank = await session.openExtensionPage('options.html');
    await blank.evaluate(() => chrome.storage.local.set({ companyProfiles: [] }));
    await blank.close();
    const options = await session.openExtensionPage('options.html');
    await (await options.waitForSelector('[data-import-open]'))!.click();
    const input = (await options.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    const summary = await options.waitForSelector('[data-import-summary]');
    expect(await summary!.evaluate((el) => el.textContent)).toContain('1 行可以导入，1 行被拒绝');
    expect(await options.$eval('[data-import-row="3"]', (el) => el.getAttribute('data-status'))).toBe('refused');
    await (await options.waitForSelector('[data-import-confirm]'))!.click();
    await options.waitForSelector('[data-import-done]');
    const stored = (await options.evaluate(() => chrome.storage.local.get('companyProfiles'))) as {
      companyProfiles: { creditCode: string }[];
    };
    expect(stored.companyProfiles.map((p) => p.creditCode)).toEqual([GOOD_CODE]);
    await session.screenshot(options, 'firefox-companies-imported');
    await options.close();
  });

  it('a certificate 6 days from expiry raises one reminder', async () => {
    const options = await session.openExtensionPage('options.html');
    const expiry = chinaDate(6);
    await options.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { seen: string[] }).seen = seen;
      browser.notifications.onClosed.addListener((id) => void seen.push(`closed:${id}`));
    });
    await options.evaluate(
      (certExpiry) =>
        chrome.storage.local.set({
          reminderFired: [],
          companyProfiles: [
            { id: 'bj', name: '北京某某科技有限公司', creditCode: '91110000600037341L', usualPortals: [], certExpiry },
          ],
        }),
      expiry,
    );
    const deadline = Date.now() + 10_000;
    let fired: unknown = null;
    while (Date.now() < deadline) {
      fired = (
        (await options.evaluate(() => browser.storage.local.get('reminderFired'))) as { reminderFired?: unknown }
      ).reminderFired;
      if (Array.isArray(fired) && fired.length > 0) break;
      await new Promise((done) => setTimeout(done, 200));
    }
    expect(fired).toEqual([`bj|cert|${expiry}|30`, `bj|cert|${expiry}|7`]);
    // headless Firefox has no desktop to show it on and closes it at once: its events prove it was created, once
    await new Promise((done) => setTimeout(done, 1000));
    const seen = (await options.evaluate(() => (globalThis as any).seen)) as string[];
    expect(seen.filter((event) => event.startsWith('closed:'))).toEqual([`closed:reminder:bj|cert|${expiry}|7`]);
    await options.close();
  });
});
