/**
 * The background against a hostile page: overlapping messages keep the failure counter exact, a flooding tab does
 * not hold up another tab, corrupted storage costs only its own key, and page text is kept with identifiers masked.
 */
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { HANDLERS, saved } from '../../../src/background/handlers';
import { route } from '../../../src/background/route';
import { readFailures } from '../../../src/shared/storage/failures';
import { readTabState } from '../../../src/background/tab-state';
import { tabQueues } from '../../../src/background/tab-queue';
import { emptySnapshot, type PageSnapshot } from '../../../src/core/snapshot';

vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string) => (name === 'langCode' ? 'zh-CN' : name));

const URL_ = 'https://tpass.beijing.chinatax.gov.cn:8443/#/login';
const sender = (tabId: number, url = URL_) => ({
  id: browser.runtime.id,
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
const wrong = (text = '账号或密码错误') => ({
  type: 'page-messages' as const,
  messages: [{ text, surface: 'toast' as const }],
});

describe('per-tab order', () => {
  it('overlapping messages of one tab and of two tabs of the same portal count every failure exactly once', async () => {
    await route({ type: 'page-snapshot', snapshot: loginSnapshot(URL_) }, sender(1) as never);
    await route({ type: 'page-snapshot', snapshot: loginSnapshot(URL_) }, sender(2) as never);
    // straight to the handlers, overlapping (the counter itself must be exact), and through the router
    const answers = await Promise.all([
      ...Array.from({ length: 6 }, () => HANDLERS['page-messages'](wrong(), sender(1) as never)),
      ...Array.from({ length: 4 }, () => HANDLERS['page-messages'](wrong(), sender(2) as never)),
      ...Array.from({ length: 5 }, () => route(wrong(), sender(1) as never)),
    ]);
    expect(answers.every((a) => (a as { hint: unknown }).hint !== null)).toBe(true);
    // the answers went before the writes (src/background/memory.ts): once they land, storage holds every failure
    await saved();
    expect(await readFailures('e-tax/beijing')).toBe(15);
  });

  it('a tab runs its tasks in arrival order, another tab does not wait for it, a full queue drops only error reports', async () => {
    const queues = tabQueues(3);
    const order: string[] = [];
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const first = queues.run(1, async () => {
      await blocked;
      order.push('1a');
    });
    const second = queues.run(1, async () => void order.push('1b'));
    await queues.run(2, async () => void order.push('2a'));
    expect(order).toEqual(['2a']);
    void queues.run(1, async () => 'third');
    expect(queues.pending(1)).toBe(3);
    expect(await queues.run(1, async () => 'kept', { droppable: true, dropped: 'dropped' })).toBe('dropped');
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['2a', '1a', '1b']);
  }, 2000);
});

describe('corrupted storage', () => {
  it('a malformed tab entry reads as no state; the next message starts afresh and other keys are untouched', async () => {
    await browser.storage.session.set({
      'tab:7': {
        url: URL_,
        documentId: 'doc-7',
        trust: 'official',
        recognition: { modes: 'password' },
        findings: 3,
        hint: null,
        updatedAt: 1,
      },
      'tab:8': 'junk',
      'failures:e-tax/beijing': 'many',
    });
    expect(await readTabState(7)).toBeNull();
    expect(await readTabState(8)).toBeNull();
    expect(await readFailures('e-tax/beijing')).toBe(0);
    await route({ type: 'page-snapshot', snapshot: loginSnapshot(URL_) }, sender(7) as never);
    const answer = (await route(wrong(), sender(7) as never)) as { hint: { categories: string[] } };
    expect(answer.hint.categories).toContain('password-wrong');
    expect((await readTabState(7))?.recognition?.modes).toEqual(['password']);
    expect(
      await route({ type: 'get-tab-state', tabId: 8 }, {
        id: browser.runtime.id,
        url: browser.runtime.getURL('popup.html'),
      } as never),
    ).toBeNull();
  });
});

describe('masking of kept and copied page text', () => {
  it('a resident ID inside an error is masked in the tab state, the hint quote and the diagnostic', async () => {
    const id = '110101199003071234';
    await HANDLERS['page-snapshot']({ type: 'page-snapshot', snapshot: loginSnapshot(URL_) }, sender(3) as never);
    const answer = (await HANDLERS['page-messages'](wrong(`账号${id}或密码错误`), sender(3) as never)) as {
      hint: { message: string; diagnostic: string };
    };
    expect(answer.hint.message).toBe('账号1101**********1234或密码错误');
    expect(answer.hint.diagnostic).toContain('1101**********1234');
    await saved();
    const all = JSON.stringify(await browser.storage.session.get(null));
    expect(all).toContain('1101**********1234');
    expect(all).not.toContain(id);
    expect(JSON.stringify(answer)).not.toContain(id);
  });
});

describe('settings under overlapping changes', () => {
  it('"not helpful" from two tabs at once keeps both portals muted', async () => {
    const { mute, readMutes } = await import('../../../src/shared/storage/mutes');
    await Promise.all([
      mute('e-tax/beijing', 'kind', ['password-wrong']),
      mute('e-tax/shanghai', 'kind', ['captcha-wrong']),
      mute('e-tax/beijing', 'kind', ['account-locked']),
    ]);
    expect(await readMutes()).toEqual({
      'e-tax/beijing': { scope: 'kind', categories: ['account-locked', 'password-wrong'] },
      'e-tax/shanghai': { scope: 'kind', categories: ['captcha-wrong'] },
    });
  });
});
