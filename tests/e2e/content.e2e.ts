/**
 * The first hint on a page, and what the badge and the popup say about it (src/background/memory.ts,
 * src/background/hint-code.ts): content.js carries no hint code, the background brings it with its first answer;
 * the background answers before it writes, and the popup, which reads the same memory, lists what the hint shows as
 * soon as the badge says "!". Two failed tries count two.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, launchExtension, waitForBadge, type ExtensionSession } from '../harness/extension';
import { readHint } from '../harness/hint';

const TPASS = 'http://tpass.shanghai.chinatax.gov.cn:8443/#/login';
const SHOTS = resolve(import.meta.dirname, '../../test-results/content');
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('the first hint and the popup', () => {
  it('the hint code ships apart from content.js', () => {
    // the panel's "not helpful" choice ("mute-site") exists only in the hint's code
    expect(readFileSync(resolve(DIST, 'content.js'), 'utf8')).not.toContain('mute-site');
    expect(readFileSync(resolve(DIST, 'hint.js'), 'utf8')).toContain('mute-site');
  });

  it('brings its code with the first answer; badge and popup agree with the hint at once, each try counted once', async () => {
    const page = await session.open(TPASS);
    await waitForBadge(session, page, '✓');
    await page.getByRole('button', { name: '登录' }).click();
    const hint = await readHint(page);
    expect(hint.categories).toContain('password-wrong');
    expect((await waitForBadge(session, page, '!')).text).toBe('!');
    const popup = await session.openPopup(page);
    await expect.poll(() => popup.locator('[data-category="password-wrong"]').count()).toBe(1);
    await session.screenshot(popup, 'content-first-hint-popup', SHOTS);

    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(async () => (await readHint(page)).message).toContain('2次');
    const tabId = await session.tabIdOf(page);
    // what the popup asks the background: the state and the lockout guard's count, from the worker's memory
    const state = (await popup.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: id }),
      tabId,
    )) as { findings: { category: string; message: string }[]; failures: number };
    expect(state.findings.map((f) => f.category)).toEqual((await readHint(page)).categories);
    expect(state.findings[0]?.message).toContain('2次');
    expect(state.failures).toBe(2);
    await session.screenshot(page, 'content-second-hint', SHOTS);
    await popup.close();
    await page.close();
  });
});
