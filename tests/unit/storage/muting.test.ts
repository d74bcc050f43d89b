/** "Not helpful" does what its label says: 'kind' silences those problems on this site, 'site' every hint there. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { HANDLERS } from '../../../src/background/handlers';
import { emptySnapshot } from '../../../src/core/snapshot';
import { readMutes } from '../../../src/shared/storage/mutes';
import { forgetMigrated } from '../../../src/shared/storage/store';

vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => (name === 'langCode' ? 'zh-CN' : name));
beforeEach(forgetMigrated);

const BEIJING = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
const SHANGHAI = 'https://tpass.shanghai.chinatax.gov.cn:8443/#/login';
const sender = (url: string, tabId: number) => ({
  id: browser.runtime.id,
  url,
  frameId: 0,
  tab: { id: tabId },
  documentId: `doc-${tabId}`,
});

async function on(url: string, tabId: number) {
  const snapshot = {
    ...emptySnapshot(url),
    title: '电子税务局 统一身份认证',
    text: '账号密码登录 登录',
    buttons: ['登录'],
  };
  await HANDLERS['page-snapshot']({ type: 'page-snapshot', snapshot }, sender(url, tabId) as never);
  return async (text: string) => {
    const answer = (await HANDLERS['page-messages'](
      { type: 'page-messages', messages: [{ text, surface: 'toast' }] },
      sender(url, tabId) as never,
    )) as { hint: { categories: string[] } | null };
    return answer.hint?.categories ?? null;
  };
}

const notHelpful = (url: string, tabId: number, categories: ['password-wrong'], scope?: 'kind' | 'site') =>
  HANDLERS['hint-feedback'](
    { type: 'hint-feedback', action: 'not-helpful', categories, ...(scope ? { scope } : {}) },
    sender(url, tabId) as never,
  );

describe('muting from the hint', () => {
  it("'kind' silences that problem on this site only; other problems and other sites still get their hint", async () => {
    const beijing = await on(BEIJING, 1);
    const shanghai = await on(SHANGHAI, 2);
    expect(await beijing('账号或密码错误')).toContain('password-wrong');
    await notHelpful(BEIJING, 1, ['password-wrong'], 'kind');
    expect(await beijing('账号或密码错误')).toBeNull();
    expect(await beijing('验证码错误')).toContain('captcha-wrong');
    expect(await shanghai('账号或密码错误')).toContain('password-wrong');
  });

  it("'site' silences every hint on this site, and only there", async () => {
    const beijing = await on(BEIJING, 1);
    const shanghai = await on(SHANGHAI, 2);
    await notHelpful(BEIJING, 1, ['password-wrong'], 'site');
    expect(await readMutes()).toEqual({ 'e-tax/beijing': { scope: 'site' } });
    expect(await beijing('账号或密码错误')).toBeNull();
    expect(await beijing('验证码错误')).toBeNull();
    expect(await beijing('证书已过期')).toBeNull();
    expect(await shanghai('验证码错误')).toContain('captcha-wrong');
  });

  it('no scope (an older content script) means "this kind"', async () => {
    const beijing = await on(BEIJING, 1);
    await notHelpful(BEIJING, 1, ['password-wrong']);
    expect(await readMutes()).toEqual({ 'e-tax/beijing': { scope: 'kind', categories: ['password-wrong'] } });
    expect(await beijing('验证码错误')).toContain('captcha-wrong');
  });
});
