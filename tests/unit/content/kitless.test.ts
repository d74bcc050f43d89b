// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isReddish, kitlessMessage } from '../../../src/content/watch/kitless';
import { watchErrors, type FoundMessage } from '../../../src/content/watch-errors';

/** Replaces the body with our own fixed markup (test data only; product code never parses HTML). */
function setBody(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

afterEach(() => document.body.replaceChildren());

describe('isReddish', () => {
  it.each(['rgb(255, 0, 0)', 'rgb(204, 0, 0)', 'rgb(228, 57, 60)', 'rgba(245, 108, 108, 1)', 'rgb(255, 51, 51)'])(
    '%s is red',
    (c) => {
      expect(isReddish(c)).toBe(true);
    },
  );
  it.each([
    'rgb(0, 0, 0)',
    'rgb(153, 153, 153)',
    'rgb(255, 165, 0)',
    'rgb(139, 69, 19)',
    'rgba(255, 0, 0, 0.2)',
    'red',
    '',
  ])('%s is not', (c) => {
    expect(isReddish(c)).toBe(false);
  });
});

describe('kitlessMessage', () => {
  const never = () => false;

  it('reads red text next to the login form', () => {
    setBody('<form><input><span id="e" style="color: rgb(255, 0, 0)">用户名或密码错误</span></form>');
    expect(kitlessMessage(document.getElementById('e')!, false, never)).toEqual({
      text: '用户名或密码错误',
      kind: 'red-text',
    });
  });

  it('reads an element the page just revealed beside a field, whatever its colour', () => {
    setBody('<form><input><p class="tips" id="t">您的密码已过期</p></form>');
    expect(kitlessMessage(document.getElementById('t')!, true, never)).toEqual({
      text: '您的密码已过期',
      kind: 'revealed-text',
    });
    expect(kitlessMessage(document.getElementById('t')!, false, never)).toBeNull();
  });

  it('leaves alone a bare asterisk, text that stood there from the start, text far from any field, and long blocks', () => {
    setBody(
      '<form><input><span id="star" style="color: rgb(255, 0, 0)">*</span><span id="old" style="color: rgb(255, 0, 0)">请勿使用他人账号</span></form>' +
        '<div><div><div><div><div><p id="far" style="color: rgb(255, 0, 0)">新闻：系统升级</p></div></div></div></div></div>' +
        `<form><input><p id="long" style="color: rgb(255, 0, 0)">${'说明文字'.repeat(60)}</p></form>`,
    );
    expect(kitlessMessage(document.getElementById('star')!, true, never)).toBeNull();
    expect(kitlessMessage(document.getElementById('old')!, true, (t) => t === '请勿使用他人账号')).toBeNull();
    expect(kitlessMessage(document.getElementById('far')!, true, never)).toBeNull();
    expect(kitlessMessage(document.getElementById('long')!, true, never)).toBeNull();
  });
});

describe('the watcher', () => {
  function watch(found: FoundMessage[], present: (t: string) => boolean = () => false) {
    let work: (() => void) | null = null;
    const run = () => {
      const w = work;
      work = null;
      w?.();
    };
    const watcher = watchErrors(document, (m) => found.push(...m), {
      isVisible: () => true,
      presentAtStart: present,
      schedule: (w) => {
        work = w;
        return () => undefined;
      },
    });
    run();
    return { run, watcher };
  }
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  it('reports red text written into an empty box after start, not the red notice that was there', async () => {
    setBody(
      '<form><input><p style="color: rgb(255, 0, 0)" id="notice">请勿使用他人账号</p><span id="err" style="color: rgb(255, 0, 0)"></span></form>',
    );
    const found: FoundMessage[] = [];
    const { run, watcher } = watch(found, (t) => t === '请勿使用他人账号');
    document.getElementById('notice')!.className = 'blink';
    document.getElementById('err')!.textContent = '验证码错误';
    await tick();
    run();
    expect(found.map((m) => [m.surfaceId, m.text])).toEqual([['red-text', '验证码错误']]);
    watcher.stop();
  });

  it('reports red text again when the page empties its box and writes the same error a moment later', async () => {
    // a second failed login, under a second apart: the site clears its message, then shows it again
    setBody('<form><input><p id="tips" style="color: rgb(221, 0, 0)"></p></form>');
    const found: FoundMessage[] = [];
    const { run, watcher } = watch(found);
    const tips = document.getElementById('tips')!;
    for (const text of ['用户名或密码错误', '', '用户名或密码错误']) {
      tips.textContent = text;
      await tick();
      run();
    }
    expect(found.map((m) => m.text)).toEqual(['用户名或密码错误', '用户名或密码错误']);
    watcher.stop();
  });

  it('finds a kit error inside an open shadow root, added after start', async () => {
    setBody('<main></main>');
    const found: FoundMessage[] = [];
    const { run, watcher } = watch(found);
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const form = document.createElement('form');
    form.append(document.createElement('input'));
    root.append(form);
    document.body.append(host);
    await tick();
    run(); // the root is found with its host
    const error = document.createElement('div');
    error.className = 'el-form-item__error';
    error.textContent = '用户名或密码错误';
    form.append(error);
    await tick();
    run();
    expect(found.map((m) => [m.surfaceId, m.text])).toEqual([['element-ui-field-error', '用户名或密码错误']]);
    watcher.stop();
  });

  it('stops with its AbortSignal', async () => {
    setBody('<form><input></form>');
    const found: FoundMessage[] = [];
    const controller = new AbortController();
    let work: (() => void) | null = null;
    watchErrors(document, (m) => found.push(...m), {
      isVisible: () => true,
      signal: controller.signal,
      schedule: (w) => {
        work = w;
        return () => {
          work = null;
        };
      },
    });
    const initial = work as (() => void) | null;
    work = null;
    initial?.();
    controller.abort();
    const toast = document.createElement('div');
    toast.className = 'el-message el-message--error';
    toast.textContent = '密码错误';
    document.body.append(toast);
    await tick();
    expect(work).toBeNull();
    expect(found).toEqual([]);
  });
});
