// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HintContent } from '../../../src/core/diagnose/types';
import { showHint, type HintCallbacks, type HintHandle } from '../../../src/content/hint';
import { placeHint } from '../../../src/content/hint/place';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../../src/content/hint/attribute';

const XSS = '<img src=x onerror="window.__xss=1">';

function content(overrides: Partial<HintContent> = {}): HintContent {
  return {
    categories: ['password-wrong', 'account-locked'],
    lang: 'zh-CN',
    title: '密码错误',
    explanation: '输入的密码与账号不匹配。',
    steps: ['检查大小写和输入法', '仍不确定时用“忘记密码”重置'],
    warning: '只剩 1 次机会：再错将锁定账号',
    message: '账号或密码错误，您还有1次机会',
    diagnostic: '门户：测试\n类别：password-wrong\n信息：账号或密码错误',
    labels: {
      copy: '复制诊断信息',
      copied: '已复制',
      dismiss: '关闭',
      notHelpful: '没有帮助…',
      muteQuestion: '以后不再显示哪些提示？',
      muteKind: '本网站的这类问题',
      muteSite: '本网站的所有提示',
      stepsHeading: '怎么办',
      region: '登录助手提示',
    },
    ...overrides,
  };
}

/**
 * A click as the browser makes it for Enter/Space on a focused button (isTrusted, detail 0): the hint ignores
 * clicks a page script makes (click-guard.ts), and happy-dom's element.click() is such a script click.
 */
function userClick(button: HTMLButtonElement): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, detail: 0 });
  Object.defineProperty(event, 'isTrusted', { value: true });
  button.dispatchEvent(event);
}

/**
 * happy-dom lets tests reach the closed shadow root by wrapping attachShadow; the product code keeps its own
 * reference only. (A real page cannot do this once our content script has run first — see the report.)
 */
function captureShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

function callbacks() {
  return {
    onDismiss: vi.fn<() => void>(),
    onNotHelpful: vi.fn<(scope: 'kind' | 'site') => void>(),
  } satisfies HintCallbacks;
}

let handle: HintHandle | null = null;

afterEach(() => {
  handle?.remove();
  handle = null;
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const host = () => document.querySelector(HINT_HOST_SELECTOR) as HTMLElement | null;

describe('showHint', () => {
  it('renders title, message, explanation, warning, numbered steps and three real buttons', () => {
    const roots = captureShadowRoots();
    handle = showHint(content(), null, callbacks());
    const root = roots[0] as ShadowRoot;
    expect(root.mode).toBe('closed');
    const panel = root.querySelector('.panel') as HTMLElement;
    expect(panel.getAttribute('lang')).toBe('zh-CN');
    expect(panel.getAttribute('role')).toBe('region');
    expect(panel.getAttribute('aria-live')).toBe('polite');
    expect(panel.getAttribute('aria-label')).toBe('登录助手提示');
    expect(root.querySelector('.title')?.textContent).toBe('密码错误');
    expect(root.querySelector('.quote')?.textContent).toBe('账号或密码错误，您还有1次机会');
    expect(root.querySelector('.warning strong')?.textContent).toBe('只剩 1 次机会：再错将锁定账号');
    expect(Array.from(root.querySelectorAll('ol > li'), (li) => li.textContent)).toEqual([
      '检查大小写和输入法',
      '仍不确定时用“忘记密码”重置',
    ]);
    const buttons = Array.from(root.querySelectorAll('button'));
    expect(buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      '关闭',
      '复制诊断信息',
      '没有帮助…',
    ]);
    expect(buttons.every((b) => b.type === 'button')).toBe(true);
    expect(document.activeElement).not.toBe(host()); // it does not steal focus
  });

  it('shows page text literally: an XSS payload creates no element anywhere', () => {
    const roots = captureShadowRoots();
    handle = showHint(
      content({ title: `标题${XSS}`, message: `密码错误${XSS}`, steps: [XSS], warning: XSS }),
      null,
      callbacks(),
    );
    const root = roots[0] as ShadowRoot;
    expect(root.querySelector('.quote')?.textContent).toBe(`密码错误${XSS}`);
    expect(root.querySelector('.title')?.textContent).toBe(`标题${XSS}`);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('marks its host with the categories, isolates it with all: initial, and stays above the page', () => {
    handle = showHint(content(), null, callbacks());
    const el = host();
    expect(el?.getAttribute(HINT_HOST_ATTRIBUTE)).toBe('password-wrong account-locked');
    const style = el?.getAttribute('style') ?? '';
    expect(style).toContain('all: initial !important');
    expect(style).toContain('position: fixed !important');
    expect(style).toContain('z-index: 2147483647 !important');
    expect(document.querySelectorAll(HINT_HOST_SELECTOR)).toHaveLength(1);
  });

  it('styles itself with an adopted style sheet', () => {
    const roots = captureShadowRoots();
    handle = showHint(content(), null, callbacks());
    const root = roots[0] as ShadowRoot;
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.querySelector('style')).toBeNull();
  });

  it('buttons call their callbacks; dismiss and "not helpful" remove the hint', () => {
    const roots = captureShadowRoots();
    const cb = callbacks();
    handle = showHint(content(), null, cb);
    const root = roots[0] as ShadowRoot;
    (root.querySelector('.not-helpful') as HTMLButtonElement).click(); // a script's click counts for nothing
    expect(root.querySelector('.mute')).toBeNull();
    userClick(root.querySelector('.not-helpful') as HTMLButtonElement);
    // "not helpful" asks what to stop showing; each answer says what it silences
    const choices = [...root.querySelectorAll('.mute button')].map((b) => [b.className, b.textContent]);
    expect(choices).toEqual([
      ['mute-kind', '本网站的这类问题'],
      ['mute-site', '本网站的所有提示'],
    ]);
    expect(root.querySelector('.mute-question')?.textContent).toBe('以后不再显示哪些提示？');
    expect(root.activeElement?.className).toBe('mute-kind');
    expect(cb.onNotHelpful).not.toHaveBeenCalled();
    (root.querySelector('.mute-site') as HTMLButtonElement).click(); // the choices are guarded too
    expect(cb.onNotHelpful).not.toHaveBeenCalled();
    userClick(root.querySelector('.mute-site') as HTMLButtonElement);
    expect(cb.onNotHelpful.mock.calls).toEqual([['site']]);
    expect(host()).toBeNull();

    const cbKind = callbacks();
    handle = showHint(content(), null, cbKind);
    const rootKind = roots[1] as ShadowRoot;
    userClick(rootKind.querySelector('.not-helpful') as HTMLButtonElement);
    userClick(rootKind.querySelector('.mute-kind') as HTMLButtonElement);
    expect(cbKind.onNotHelpful.mock.calls).toEqual([['kind']]);
    expect(host()).toBeNull();

    const cb2 = callbacks();
    handle = showHint(content(), null, cb2);
    const root2 = roots[2] as ShadowRoot;
    userClick(root2.querySelector('.close') as HTMLButtonElement);
    expect(cb2.onDismiss).toHaveBeenCalledTimes(1);
    expect(host()).toBeNull();
  });

  it('copies the diagnostic text to the clipboard and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const roots = captureShadowRoots();
    handle = showHint(content(), null, callbacks());
    const button = (roots[0] as ShadowRoot).querySelector('.copy') as HTMLButtonElement;
    userClick(button);
    await vi.waitFor(() => expect(button.textContent).toBe('已复制'));
    expect(writeText).toHaveBeenCalledWith(content().diagnostic);
  });

  it('Escape inside the hint dismisses it', () => {
    const roots = captureShadowRoots();
    const cb = callbacks();
    handle = showHint(content(), null, cb);
    const button = (roots[0] as ShadowRoot).querySelector('.copy') as HTMLButtonElement;
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(cb.onDismiss).toHaveBeenCalledTimes(1);
    expect(host()).toBeNull();
  });

  it('update replaces the content and the categories; remove is idempotent', () => {
    const roots = captureShadowRoots();
    handle = showHint(content(), null, callbacks());
    handle.update(
      content({
        categories: ['captcha-wrong'],
        title: '验证码错误',
        steps: ['刷新验证码'],
        warning: undefined,
        lang: 'en',
      }),
    );
    const root = roots[0] as ShadowRoot;
    expect(root.querySelector('.title')?.textContent).toBe('验证码错误');
    expect(root.querySelectorAll('li')).toHaveLength(1);
    expect(root.querySelector('.warning')).toBeNull();
    expect(root.querySelector('.panel')?.getAttribute('lang')).toBe('en');
    expect(host()?.getAttribute(HINT_HOST_ATTRIBUTE)).toBe('captcha-wrong');
    handle.remove();
    handle.remove();
    expect(host()).toBeNull();
  });

  it('shows one hint at a time', () => {
    const first = showHint(content(), null, callbacks());
    handle = showHint(content({ categories: ['network'] }), null, callbacks());
    expect(document.querySelectorAll(HINT_HOST_SELECTOR)).toHaveLength(1);
    expect(host()?.getAttribute(HINT_HOST_ATTRIBUTE)).toBe('network');
    first.remove(); // a stale handle does not remove the new hint
    expect(host()).not.toBeNull();
  });

  it('puts itself back when the page removes or restyles it, then gives up when the page keeps fighting', async () => {
    vi.useFakeTimers();
    try {
      handle = showHint(content(), null, callbacks());
      host()?.remove();
      await vi.advanceTimersByTimeAsync(1000);
      expect(host()).not.toBeNull();
      host()?.setAttribute('style', 'display: none');
      await vi.advanceTimersByTimeAsync(1000);
      expect(host()?.getAttribute('style')).toContain('display: block !important');
      for (let i = 0; i < 10; i += 1) {
        host()?.remove();
        await vi.advanceTimersByTimeAsync(5000);
      }
      expect(host()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('docks at the top without an anchor, and for a whole-page anchor', () => {
    handle = showHint(content(), document.body, callbacks());
    expect(host()?.getAttribute('style')).toContain('top: 8px !important');
  });
});

describe('placeHint', () => {
  const viewport = { width: 1200, height: 800 };
  const size = { width: 360, height: 200 };
  const form = { left: 400, top: 200, right: 780, bottom: 500 };
  const fields = [
    { left: 400, top: 200, right: 780, bottom: 240 },
    { left: 400, top: 260, right: 780, bottom: 300 },
    { left: 400, top: 460, right: 780, bottom: 500 },
  ];

  it('goes below the error when that covers no field', () => {
    const anchor = { left: 400, top: 520, right: 780, bottom: 540 };
    expect(placeHint({ anchor, form, avoid: fields, size, viewport })).toEqual({ side: 'below', top: 548, left: 400 });
  });

  it('goes right of the form when below would cover its fields, then left, then docks at the top', () => {
    const anchor = { left: 400, top: 150, right: 780, bottom: 180 }; // a toast above the form
    expect(placeHint({ anchor, form, avoid: fields, size, viewport })).toMatchObject({ side: 'right', left: 788 });
    const wideRight = { ...form, right: 1000 };
    expect(placeHint({ anchor, form: wideRight, avoid: fields, size, viewport })).toMatchObject({
      side: 'left',
      left: 32,
    });
    const full = { left: 100, top: 200, right: 1100, bottom: 500 };
    expect(placeHint({ anchor, form: full, avoid: [full], size, viewport })).toEqual({
      side: 'top',
      top: 8,
      left: 420,
    });
  });

  it('without an anchor, docks at the top unless that covers the form; then beside the form', () => {
    const small = { width: 360, height: 150 };
    expect(placeHint({ anchor: null, form, avoid: fields, size: small, viewport })).toEqual({
      side: 'top',
      top: 8,
      left: 420,
    });
    const high = [{ left: 400, top: 20, right: 780, bottom: 60 }];
    expect(placeHint({ anchor: null, form: { ...form, top: 20 }, avoid: high, size, viewport }).side).toBe('right');
  });

  it('when every spot covers something, takes the one that covers least (not the error itself)', () => {
    const toastBox = { left: 300, top: 20, right: 900, bottom: 70 }; // a wide toast above the form
    const place = placeHint({ anchor: toastBox, form, avoid: [...fields, toastBox], size, viewport });
    // top would cover the whole toast; right covers 112 px of its width, left 92 px
    expect(place.side).toBe('left');
  });

  it('an error in a dialog wider than the form: goes beside the dialog rather than over its buttons', () => {
    const tall = { width: 360, height: 540 };
    const dialog = { left: 402, top: 320, right: 878, bottom: 460 }; // a layui dialog over the form
    const anchor = { left: 420, top: 380, right: 860, bottom: 400 };
    const wideForm = { ...form, left: 300 }; // no room left of the form
    const wide = { width: 1280, height: 800 };
    const place = placeHint({
      anchor,
      form: wideForm,
      avoid: [...fields, anchor, dialog],
      dialog,
      size: tall,
      viewport: wide,
    });
    const box = { left: place.left, right: place.left + 360, top: place.top, bottom: place.top + 540 };
    expect(box.left >= dialog.right || box.right <= dialog.left).toBe(true);
    expect(place.side).toBe('right');
    expect(place.left).toBe(dialog.right + 8);
  });

  it('docks at the top when there is no anchor or it is off screen', () => {
    expect(placeHint({ anchor: null, form: null, avoid: [], size, viewport }).side).toBe('top');
    const offscreen = { left: -10000, top: 10, right: -9999, bottom: 11 };
    expect(placeHint({ anchor: offscreen, form: null, avoid: [], size, viewport }).side).toBe('top');
  });

  it('stays inside the viewport', () => {
    const anchor = { left: 1100, top: 100, right: 1190, bottom: 120 };
    const place = placeHint({ anchor, form: null, avoid: [], size, viewport });
    expect(place.left + size.width).toBeLessThanOrEqual(viewport.width - 8);
  });
});
