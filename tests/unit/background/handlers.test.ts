import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { HANDLERS, saved } from '../../../src/background/handlers';
import { readTabState } from '../../../src/background/tab-state';
import { emptySnapshot, type PageSnapshot } from '../../../src/core/snapshot';

// fake-browser has no locale files: answer message names as themselves, and say the UI is Chinese
vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => (name === 'langCode' ? 'zh-CN' : name));

const sender = (url: string, tabId = 5) => ({
  id: 'test',
  url,
  frameId: 0,
  tab: { id: tabId },
  documentId: `doc-${tabId}`,
});

function loginSnapshot(url: string): PageSnapshot {
  return {
    ...emptySnapshot(url),
    title: '电子税务局 统一身份认证',
    text: '企业业务 账号密码登录 登录',
    fields: [
      {
        tag: 'input',
        type: 'text',
        name: 'nsrsbh',
        id: '',
        placeholder: '统一社会信用代码/纳税人识别号',
        label: '',
        autocomplete: '',
      },
      {
        tag: 'input',
        type: 'text',
        name: 'account',
        id: '',
        placeholder: '居民身份证号码/手机号码/用户名',
        label: '',
        autocomplete: '',
      },
      {
        tag: 'input',
        type: 'password',
        name: 'password',
        id: '',
        placeholder: '个人用户密码',
        label: '',
        autocomplete: '',
      },
    ],
    buttons: ['登录'],
  };
}

describe('background handlers', () => {
  it('page-hello: watches portals and government sites, not ordinary ones (and keeps no state for them)', async () => {
    expect(
      await HANDLERS['page-hello']({ type: 'page-hello' }, sender('https://www.example.com/', 1) as never),
    ).toEqual({ watch: false });
    expect(await readTabState(1)).toBeNull();
    expect(
      await HANDLERS['page-hello']({ type: 'page-hello' }, sender('https://www.hunan.gov.cn/', 2) as never),
    ).toEqual({ watch: true });
    expect((await readTabState(2))?.trust).toBe('government');
  });

  it('page-snapshot on a look-alike login page: an in-page warning with the official entry, red badge', async () => {
    const url = 'https://etax-chinatax.gov.cn.login-tax.top/';
    const answer = (await HANDLERS['page-snapshot'](
      { type: 'page-snapshot', snapshot: loginSnapshot(url) },
      sender(url) as never,
    )) as {
      hint: { categories: string[]; steps: string[] } | null;
    };
    expect(answer.hint?.categories).toEqual(['lookalike-portal']);
    expect(answer.hint?.steps.at(-1)).toMatch(/官方入口: https:\/\/[a-z.]+chinatax\.gov\.cn/);
    await saved();
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('!');
  });

  it("page-snapshot of a login page brings the hint's code to that frame at once, once; a page that is not a login page gets none", async () => {
    const executeScript = vi.fn(async () => []);
    Object.assign(browser, { scripting: { executeScript } });
    const login = 'https://tpass.hubei.chinatax.gov.cn:8443/#/login';
    await HANDLERS['page-snapshot'](
      { type: 'page-snapshot', snapshot: loginSnapshot(login) },
      sender(login, 31) as never,
    );
    await HANDLERS['page-snapshot'](
      { type: 'page-snapshot', snapshot: loginSnapshot(login) },
      sender(login, 31) as never,
    );
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 31, documentIds: ['doc-31'] }, files: ['hint.js'] });
    const news = 'https://www.some-city.gov.cn/news/2.html';
    await HANDLERS['page-snapshot'](
      { type: 'page-snapshot', snapshot: { ...emptySnapshot(news), text: '新闻' } },
      sender(news, 32) as never,
    );
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('page-snapshot refuses a snapshot of another origin than the sender', async () => {
    const snapshot = loginSnapshot('https://evil.example/');
    await expect(
      HANDLERS['page-snapshot'](
        { type: 'page-snapshot', snapshot },
        sender('https://tpass.beijing.chinatax.gov.cn:8443/') as never,
      ),
    ).rejects.toThrow(/another origin/);
  });

  it("page-snapshot keeps only the CA markers among the page's script and plug-in names", async () => {
    const url = 'https://yzt.beijing.gov.cn/';
    const snapshot = {
      ...loginSnapshot(url),
      caMarkers: ['script:jquery.min.js', 'script:XTXSAB.js', 'clsid:D27CDB6E-AE6D-11CF-96B8-444553540000'],
    };
    await HANDLERS['page-snapshot']({ type: 'page-snapshot', snapshot }, sender(url, 7) as never);
    await saved();
    expect((await readTabState(7))?.caMarkers).toEqual(['script:XTXSAB.js']);
  });

  it('page-messages: findings, a counted failure per portal, the lockout warning, and muted categories stay away', async () => {
    const url = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
    await HANDLERS['page-snapshot']({ type: 'page-snapshot', snapshot: loginSnapshot(url) }, sender(url) as never);
    const wrong = {
      type: 'page-messages' as const,
      messages: [{ text: '账号或密码错误，您还有1次机会', surface: 'toast' as const }],
    };
    const first = (await HANDLERS['page-messages'](wrong, sender(url) as never)) as {
      hint: { categories: string[]; warning?: string };
    };
    expect(first.hint.categories).toContain('password-wrong');
    // the lockout guard: one try left, so reset rather than guess (the e-tax hotline named)
    expect(first.hint.warning).toMatch(/^只剩 1 次机会。.*忘记密码.*12366/);
    await saved();
    expect(await browser.storage.session.get('failures:e-tax/beijing')).toEqual({ 'failures:e-tax/beijing': 1 });
    // the tab keeps what the hint shows, with the page's message (the popup lists these)
    const kept = (await readTabState(5))?.findings ?? [];
    expect(kept.map((f) => f.category)).toEqual(first.hint.categories);
    expect([kept[0]?.category, kept[0]?.message]).toEqual(['password-wrong', '账号或密码错误，您还有1次机会']);
    expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('!');

    await HANDLERS['hint-feedback'](
      { type: 'hint-feedback', action: 'not-helpful', categories: first.hint.categories as never },
      sender(url) as never,
    );
    expect((await readTabState(5))?.findings).toEqual([]);
    const again = (await HANDLERS['page-messages'](wrong, sender(url) as never)) as { hint: unknown };
    expect(again.hint).toBeNull();
  });

  it('on an unlisted government site, only a recognised login page is diagnosed', async () => {
    const url = 'https://www.some-city.gov.cn/news/1.html';
    const error = {
      type: 'page-messages' as const,
      messages: [{ text: '系统繁忙，请稍后再试', surface: 'page' as const }],
    };
    await HANDLERS['page-snapshot'](
      { type: 'page-snapshot', snapshot: { ...emptySnapshot(url), text: '新闻' } },
      sender(url, 11) as never,
    );
    expect(await HANDLERS['page-messages'](error, sender(url, 11) as never)).toEqual({ hint: null });
    const login = 'https://wsbs.some-city.gov.cn/login';
    await HANDLERS['page-snapshot'](
      { type: 'page-snapshot', snapshot: loginSnapshot(login) },
      sender(login, 12) as never,
    );
    const answer = (await HANDLERS['page-messages'](error, sender(login, 12) as never)) as {
      hint: { categories: string[] };
    };
    expect(answer.hint.categories[0]).toBe('maintenance');
  });

  it('page-messages with text that is no error changes nothing', async () => {
    const url = 'https://si.12333.gov.cn/';
    const answer = await HANDLERS['page-messages'](
      { type: 'page-messages', messages: [{ text: '忘记密码？', surface: 'inline' }] },
      sender(url, 9) as never,
    );
    expect(answer).toEqual({ hint: null });
    expect(await readTabState(9)).toBeNull();
  });
});
