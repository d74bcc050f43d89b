// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ATTEMPT_WINDOW_MS, attemptMarker } from '../../../src/content/attempts';

/** Replaces the body with our own fixed markup (test data only; product code never parses HTML). */
function setBody(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

const FORM =
  '<form><ul class="tab"><li class="on" id="tab1">密码登录</li><li id="tab2">证书登录</li></ul>' +
  '<input id="user"><a class="login-btn" id="go">登 录</a><button type="button" id="ok">登录</button>' +
  '<span id="plain">说明</span></form>';

/** A user's event: the browser marks those trusted; happy-dom lets a test say so. */
function userEvent(target: Element, event: Event): void {
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}
const click = (id: string) => userEvent(document.getElementById(id)!, new MouseEvent('click', { bubbles: true }));
const key = (id: string, k: string) =>
  userEvent(document.getElementById(id)!, new KeyboardEvent('keydown', { key: k, bubbles: true }));

const RED = { surfaceId: 'red-text' };
const controller = new AbortController();
let clock = 0;
const marker = () => attemptMarker(document, controller.signal, () => clock);

afterEach(() => {
  document.body.replaceChildren();
  clock = 0;
});

describe('attemptMarker', () => {
  it('a click on a button or a button-like link marks what appears in the next moments, and no longer', () => {
    setBody(FORM);
    const answers = marker();
    expect(answers(RED)).toBe(false);
    click('ok');
    clock = ATTEMPT_WINDOW_MS - 1;
    expect(answers(RED)).toBe(true);
    clock = ATTEMPT_WINDOW_MS;
    expect(answers(RED)).toBe(false);
    click('go');
    expect(answers(RED)).toBe(true);
  });

  it('Enter in a field is an attempt; other keys and clicks on plain text are not', () => {
    setBody(FORM);
    const answers = marker();
    key('user', 'a');
    click('plain');
    expect(answers(RED)).toBe(false);
    key('user', 'Enter');
    expect(answers(RED)).toBe(true);
  });

  it('a click on a login-mode tab is none, and ends the attempt before it', () => {
    setBody(FORM);
    const answers = marker();
    click('tab2');
    expect(answers(RED)).toBe(false);
    click('ok');
    expect(answers(RED)).toBe(true);
    click('tab1');
    expect(answers(RED)).toBe(false);
  });

  it('a click the page makes itself (not trusted) is no attempt', () => {
    setBody(FORM);
    const answers = marker();
    document.getElementById('ok')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    document.getElementById('ok')!.click();
    expect(answers(RED)).toBe(false);
  });

  it('text only revealed beside a field or announced politely may be the next step: never marked', () => {
    setBody(FORM);
    const answers = marker();
    click('ok');
    expect(answers({ surfaceId: 'revealed-text' })).toBe(false);
    expect(answers({ surfaceId: 'aria-live' })).toBe(false);
    expect(answers({ surfaceId: 'inline-error-class' })).toBe(true);
  });

  it('stops following when the content script goes away', () => {
    setBody(FORM);
    const ending = new AbortController();
    const answers = attemptMarker(document, ending.signal, () => clock);
    ending.abort();
    click('ok');
    expect(answers(RED)).toBe(false);
  });
});
