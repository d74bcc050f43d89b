// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installAlertCapture } from '../../../src/content/main-world/install-alert-capture';
import { NATIVE_DIALOG_EVENT } from '../../../src/content/main-world/event';
import { listenNativeDialogs } from '../../../src/content/native-dialogs';

type Win = Window & typeof globalThis;
const win = window as unknown as Win;

let received: string[];
let listener: { stop(): void };
let shown: unknown[][];

beforeEach(() => {
  received = [];
  shown = [];
  listener = listenNativeDialogs(window, (text) => received.push(text));
  // stand-ins for the browser's dialogs (happy-dom has none): record what would be shown
  // (they convert the message like WebIDL's DOMString: ToString, which throws for a Symbol)
  win.alert = function alert(message?: unknown) {
    shown.push(['alert', message === undefined ? undefined : `${message as string}`]);
  } as typeof window.alert;
  win.confirm = function confirm(message?: string) {
    shown.push(['confirm', message === undefined ? undefined : `${message}`]);
    return message === 'yes?';
  };
});

afterEach(() => {
  listener.stop();
});

describe('main-world alert capture', () => {
  it('forwards alert() and confirm() texts and keeps their behaviour and return value', () => {
    installAlertCapture(win);
    window.alert('您输入的密码不正确，请重新输入！');
    expect(window.confirm('yes?')).toBe(true);
    expect(window.confirm('no?')).toBe(false);
    expect(shown).toEqual([
      ['alert', '您输入的密码不正确，请重新输入！'],
      ['confirm', 'yes?'],
      ['confirm', 'no?'],
    ]);
    expect(received).toEqual(['您输入的密码不正确，请重新输入！', 'yes?', 'no?']);
  });

  it('looks like the original: same name and length, the original source text, not constructible', () => {
    const before = window.alert;
    installAlertCapture(win);
    expect(window.alert).not.toBe(before);
    expect(window.alert.name).toBe('alert');
    expect(window.alert.length).toBe(before.length);
    expect(window.confirm.name).toBe('confirm');
    expect(String(window.alert)).toBe(Function.prototype.toString.call(before));
    expect('prototype' in window.alert).toBe(false);
    expect(Object.getOwnPropertyDescriptor(window, 'alert')?.enumerable).toBe(
      Object.getOwnPropertyDescriptor(window, 'confirm')?.enumerable,
    );
  });

  it('converts the message once, like the dialog, and bounds what it forwards to 2,000 characters', () => {
    installAlertCapture(win);
    let conversions = 0;
    const message = {
      toString() {
        conversions += 1;
        return `错误${'x'.repeat(5000)}`;
      },
    };
    window.alert(message as unknown as string);
    expect(conversions).toBe(1);
    expect(received[0]).toHaveLength(2000);
    expect(shown[0]?.[1]).toHaveLength(5002); // the page's dialog still shows all of it
  });

  it('forwards nothing for alert() without a message, and does not swallow the dialog’s own errors', () => {
    installAlertCapture(win);
    window.alert();
    window.alert(undefined);
    expect(received).toEqual([]);
    expect(shown).toEqual([
      ['alert', undefined],
      ['alert', undefined],
    ]);
    expect(() => window.alert(Symbol('x') as unknown as string)).toThrow(TypeError);
  });
});

describe('listenNativeDialogs', () => {
  it('accepts only string details, folds whitespace and bounds the length', () => {
    window.dispatchEvent(new CustomEvent(NATIVE_DIALOG_EVENT, { detail: { text: '对象' } }));
    window.dispatchEvent(new CustomEvent(NATIVE_DIALOG_EVENT, { detail: 42 }));
    window.dispatchEvent(new CustomEvent(NATIVE_DIALOG_EVENT));
    window.dispatchEvent(new CustomEvent(NATIVE_DIALOG_EVENT, { detail: '   ' }));
    window.dispatchEvent(new CustomEvent(NATIVE_DIALOG_EVENT, { detail: '验证码\n\n错误' }));
    window.dispatchEvent(new CustomEvent(NATIVE_DIALOG_EVENT, { detail: 'y'.repeat(10_000) }));
    expect(received).toEqual(['验证码 错误', 'y'.repeat(2000)]);
  });

  it('treats a forged event as ordinary page text (it is just text)', () => {
    window.dispatchEvent(new CustomEvent(NATIVE_DIALOG_EVENT, { detail: '<img src=x onerror=alert(1)>' }));
    expect(received).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('reports one dialog once even when the capture was installed twice', () => {
    installAlertCapture(win);
    installAlertCapture(win);
    window.alert('密码错误');
    expect(shown).toHaveLength(1);
    expect(received).toEqual(['密码错误']);
  });

  it('stops listening', () => {
    listener.stop();
    window.dispatchEvent(new CustomEvent(NATIVE_DIALOG_EVENT, { detail: '密码错误' }));
    expect(received).toEqual([]);
  });
});
