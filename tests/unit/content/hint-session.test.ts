// @vitest-environment happy-dom
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HintContent } from '../../../src/core/diagnose/types';
import { hintSession } from '../../../src/content/hint-session';
// the hint's code, as the background injects it into a frame (src/content/hint-ui.ts)
import '../../../src/content/hint/ui';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../../src/content/hint/attribute';

const HOST = HINT_HOST_SELECTOR;

function content(categories: HintContent['categories']): HintContent {
  return {
    categories,
    lang: 'zh-CN',
    title: '提示',
    explanation: '',
    steps: ['第一步'],
    warning: '',
    message: '用户名或密码错误',
    diagnostic: '',
    labels: {
      copy: '复制',
      copied: '已复制',
      dismiss: '关闭',
      notHelpful: '没有帮助',
      muteQuestion: '不再显示？',
      muteKind: '这类',
      muteSite: '全部',
      stepsHeading: '步骤',
      region: '提示',
    },
  };
}

function errorBox(text: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'error';
  box.textContent = text;
  document.body.append(box);
  return box;
}

/** What the session told the background. */
function feedback() {
  const sent: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return { ok: true };
  });
  return sent;
}

const settle = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  for (const host of document.querySelectorAll(HOST)) host.remove();
});

describe('the hint belongs to its error', () => {
  it('goes when its inline error goes, and tells the background (badge and popup clear)', async () => {
    const sent = feedback();
    const controller = new AbortController();
    const hints = hintSession(controller.signal);
    const box = errorBox('用户名或密码错误');
    hints.show(content(['password-wrong']), { anchor: box, surface: 'inline', fromSnapshot: false });
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
    box.remove();
    await settle(700);
    expect(document.querySelectorAll(HOST)).toHaveLength(0);
    expect(sent).toContainEqual({ type: 'hint-feedback', action: 'gone', categories: ['password-wrong'] });
    controller.abort();
  });

  it('stays after a toast vanished (it is there to be read), until a route change clears it', async () => {
    const sent = feedback();
    const controller = new AbortController();
    const hints = hintSession(controller.signal);
    const toast = errorBox('验证码错误');
    hints.show(content(['captcha-wrong']), { anchor: toast, surface: 'toast', fromSnapshot: false });
    toast.remove();
    await settle(700);
    expect(document.querySelectorAll(HOST)).toHaveLength(1);
    hints.clear();
    expect(document.querySelectorAll(HOST)).toHaveLength(0);
    expect(sent).toContainEqual({ type: 'hint-feedback', action: 'gone', categories: ['captcha-wrong'] });
    controller.abort();
  });

  it('a new error replaces the hint: one hint, the new categories', () => {
    feedback();
    const controller = new AbortController();
    const hints = hintSession(controller.signal);
    hints.show(content(['captcha-wrong']), { anchor: errorBox('验证码错误'), surface: 'toast', fromSnapshot: false });
    hints.show(content(['account-locked']), { anchor: errorBox('账号已锁定'), surface: 'dialog', fromSnapshot: false });
    const hosts = document.querySelectorAll(HOST);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.getAttribute(HINT_HOST_ATTRIBUTE)).toBe('account-locked');
    controller.abort();
  });

  it('the content script stopping removes the hint', () => {
    feedback();
    const controller = new AbortController();
    const hints = hintSession(controller.signal);
    hints.show(content(['password-wrong']), { anchor: errorBox('密码错误'), surface: 'inline', fromSnapshot: false });
    controller.abort();
    expect(document.querySelectorAll(HOST)).toHaveLength(0);
  });
});

describe('"not helpful" tells the background what the user chose to silence', () => {
  /** A click as the browser makes it for Enter on a focused button (isTrusted, detail 0). */
  const userClick = (button: Element | null | undefined) => {
    const event = new MouseEvent('click', { bubbles: true, composed: true, detail: 0 });
    Object.defineProperty(event, 'isTrusted', { value: true });
    button?.dispatchEvent(event);
  };

  for (const scope of ['kind', 'site'] as const) {
    it(`sends scope '${scope}' with the categories shown`, async () => {
      const sent = feedback();
      const roots: ShadowRoot[] = [];
      const original = Element.prototype.attachShadow;
      vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
        const root = original.call(this, init);
        roots.push(root);
        return root;
      });
      const controller = new AbortController();
      const hints = hintSession(controller.signal);
      hints.show(content(['captcha-wrong']), {
        anchor: errorBox('验证码错误'),
        surface: 'inline',
        fromSnapshot: false,
      });
      userClick(roots[0]?.querySelector('.not-helpful'));
      userClick(roots[0]?.querySelector(`.mute-${scope}`));
      await vi.waitFor(() => expect(sent).toHaveLength(1));
      expect(sent).toEqual([{ type: 'hint-feedback', action: 'not-helpful', categories: ['captcha-wrong'], scope }]);
      expect(document.querySelectorAll(HOST)).toHaveLength(0);
      controller.abort();
    });
  }
});
