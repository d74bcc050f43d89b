/**
 * "Not helpful" says what it silences: in real Chromium the hint asks "this kind of problem on this site" or "every
 * hint on this site", by keyboard as well as by mouse, and closes once the user has chosen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HINT_HOST_SELECTOR } from '../../src/content/hint/attribute';
import { launchExtension, waitForTabState, type ExtensionSession } from '../harness/extension';
import { clickHintButton, readHint } from '../harness/hint';

const SCREENSHOTS = new URL('../../test-results/refactor/', import.meta.url).pathname;
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('"not helpful" asks what to stop showing', () => {
  it('offers the two scopes, labelled, then closes on the choice', async () => {
    const page = await session.open('http://zzjb.rsj.sh.gov.cn/');
    await waitForTabState(session, page, (s) => s?.recognition);
    await page.getByRole('button', { name: '登录' }).click();
    const before = await readHint(page);
    expect(before.buttons).toEqual(['关闭提示', '复制诊断信息', '没有帮助…']);
    await clickHintButton(page, '.not-helpful');
    await expect
      .poll(async () => (await readHint(page)).buttons)
      .toEqual(['关闭提示', '复制诊断信息', '本网站的这类问题', '本网站的所有提示']);
    expect((await readHint(page)).text).toContain('以后不再显示哪些提示？');
    await session.screenshot(page, 'mute-choice', SCREENSHOTS);
    // the first answer has the focus: Escape still closes without muting anything
    await page.keyboard.press('Escape');
    await page.locator(HINT_HOST_SELECTOR).waitFor({ state: 'detached' });
    expect(await session.worker.evaluate(() => chrome.storage.local.get('mutedHints'))).toEqual({});

    await page.getByRole('button', { name: '登录' }).click();
    await readHint(page);
    await clickHintButton(page, '.not-helpful');
    await clickHintButton(page, '.mute-site');
    await expect.poll(() => page.locator(HINT_HOST_SELECTOR).count()).toBe(0);
    await page.close();
  });
});
