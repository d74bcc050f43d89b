/**
 * The pipe, end to end in real Chromium: content script → background (zod-checked message, per-tab state) →
 * badge → popup, on a fixture page at a real portal host name; and nothing at all on an ordinary site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, waitForBadge, type ExtensionSession } from '../harness/extension';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('foundation', () => {
  it('recognises an e-tax login page: badge mark, popup shows the official portal and the login page', async () => {
    const page = await session.open('http://tpass.beijing.chinatax.gov.cn:8443/#/login');
    const badge = await waitForBadge(session, page, '✓');
    expect(badge.text).toBe('✓');
    await session.screenshot(page, 'foundation-tpass-login');

    const popup = await session.openPopup(page);
    await expect.poll(() => popup.locator('[data-trust]').getAttribute('data-trust')).toBe('official');
    expect(await popup.locator('[data-trust]').innerText()).toContain('北京');
    expect(await popup.locator('[data-page]').getAttribute('data-page')).toBe('pageLogin');
    await session.screenshot(popup, 'foundation-popup');
  });

  it('does nothing on an ordinary site: no state, no badge, popup says ordinary site', async () => {
    const page = await session.open('http://www.example.com/');
    await page.waitForTimeout(500);
    const tabId = await session.tabIdOf(page);
    const stored = await session.worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`), tabId);
    expect(stored).toEqual({});
    expect((await session.badgeOf(page)).text).toBe('');
    const popup = await session.openPopup(page);
    expect(await popup.locator('[data-trust]').getAttribute('data-trust')).toBe('unknown');
    expect(await popup.locator('[data-trust]').innerText()).toContain('普通网站');
    expect(await popup.locator('[data-page]').count()).toBe(0);
  });

  it('leaving a portal page for another site clears the badge and the popup forgets the portal', async () => {
    const page = await session.open('http://tpass.shanghai.chinatax.gov.cn:8443/#/login');
    await waitForBadge(session, page, '✓');
    await page.getByRole('button', { name: '登录' }).click();
    await waitForBadge(session, page, '!');
    await page.goto('http://www.example.com/');
    expect((await waitForBadge(session, page, '')).text).toBe('');
    const popup = await session.openPopup(page);
    expect(await popup.locator('[data-trust]').getAttribute('data-trust')).toBe('unknown');
    expect(await popup.locator('[data-findings]').count()).toBe(0);
  });
});
