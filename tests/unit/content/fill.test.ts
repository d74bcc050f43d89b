// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromOurPage, parseTabMessage } from '../../../src/content/fill/answer-popup';
import { fillField } from '../../../src/content/fill/fill-field';
import { findField, judgeField } from '../../../src/content/fill/fields';
import { probeNetwork, SLOW_MS } from '../../../src/content/fill/network-probe';
import { withUsccCheck } from '../ids/helpers';

const CODE = withUsccCheck('91110000600037341');

/** tpass's login form, as tests/fixtures/sites/tpass.beijing.chinatax.gov.cn re-creates it */
const TPASS_FORM = `
  <form class="el-form">
    <div class="el-form-item"><input class="el-input__inner" name="nsrsbh" placeholder="统一社会信用代码/纳税人识别号"></div>
    <div class="el-form-item"><input class="el-input__inner" name="account" placeholder="居民身份证号码/手机号码/用户名"></div>
    <div class="el-form-item"><input class="el-input__inner" name="password" type="password" placeholder="个人用户密码(初始密码为证件号码后六位)"></div>
  </form>`;

function input(html: string): HTMLInputElement {
  document.body.innerHTML = html;
  return document.querySelector('input')!;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('which field is which', () => {
  it('knows the credit-code and ID fields by placeholder, label, name and id', () => {
    expect(judgeField(input('<input placeholder="请输入统一社会信用代码">')).kind).toBe('credit-code');
    expect(judgeField(input('<input placeholder="纳税人识别号">')).kind).toBe('credit-code');
    expect(judgeField(input('<label for="c">社会信用代码</label><input id="c">')).kind).toBe('credit-code');
    expect(judgeField(input('<input name="shxydm">')).kind).toBe('credit-code');
    expect(
      judgeField(input('<div class="el-form-item"><label class="el-form-item__label">身份证号码</label><input></div>'))
        .kind,
    ).toBe('agent-id');
    expect(judgeField(input('<label>证件号码 <input></label>')).kind).toBe('agent-id');
    expect(judgeField(input('<input placeholder="单位名称">')).kind).toBe('other');
  });

  it('tells a pure ID-card field from one that also takes phone numbers, user names or other documents', () => {
    expect(judgeField(input('<input placeholder="请输入身份证号码">')).mixed).toBe(false);
    expect(judgeField(input('<input placeholder="居民身份证号码/手机号码/用户名">')).mixed).toBe(true);
    expect(judgeField(input('<input placeholder="证件号码">')).mixed).toBe(true);
  });

  it('treats password, PIN, SMS and captcha fields as secret, whatever else their hints say', () => {
    for (const html of [
      '<input type="password" placeholder="统一社会信用代码">',
      '<input placeholder="个人用户密码(初始密码为证件号码后六位)">',
      '<input name="certPin" placeholder="证书口令">',
      '<input placeholder="短信验证码">',
      '<input name="yzm" placeholder="验证码">',
      '<input name="captcha">',
    ]) {
      expect(judgeField(input(html)).kind, html).toBe('secret');
    }
  });

  it('finds the first visible, editable field of a kind', () => {
    document.body.innerHTML = `
      <div hidden><input placeholder="统一社会信用代码" id="hidden"></div>
      <input placeholder="统一社会信用代码" id="readonly" readonly>
      <input placeholder="统一社会信用代码" id="live">`;
    expect(findField(document, 'credit-code')?.id).toBe('live');
    expect(findField(document, 'agent-id')).toBeNull();
  });
});

describe('fill into the page', () => {
  it("types the value into the page's field and lets its listeners know", () => {
    document.body.innerHTML = TPASS_FORM;
    const field = document.querySelector<HTMLInputElement>('[name=nsrsbh]')!;
    const heard: string[] = [];
    field.addEventListener('input', () => heard.push(`input:${field.value}`));
    field.addEventListener('change', () => heard.push(`change:${field.value}`));
    expect(fillField(document, 'credit-code', CODE)).toEqual({ ok: true });
    expect(field.value).toBe(CODE);
    expect(heard).toEqual([`input:${CODE}`, `change:${CODE}`]);
  });

  it("goes past a framework's own value property (React keeps one per input), so the framework sees a change", () => {
    document.body.innerHTML = TPASS_FORM;
    const field = document.querySelector<HTMLInputElement>('[name=nsrsbh]')!;
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    // what React does: an instance property that remembers the last value it set itself
    let tracked = '';
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => native.get!.call(field),
      set: (v: string) => {
        tracked = v;
        native.set!.call(field, v);
      },
    });
    let sawChange = false;
    field.addEventListener('input', () => (sawChange = native.get!.call(field) !== tracked));
    expect(fillField(document, 'credit-code', CODE)).toEqual({ ok: true });
    expect(sawChange).toBe(true);
    expect(native.get!.call(field)).toBe(CODE);
  });

  it('fills the agent ID into the account field, never into the password field', () => {
    document.body.innerHTML = TPASS_FORM;
    expect(fillField(document, 'agent-id', '11010519491001001X')).toEqual({ ok: true });
    expect(document.querySelector<HTMLInputElement>('[name=account]')!.value).toBe('11010519491001001X');
    expect(document.querySelector<HTMLInputElement>('[type=password]')!.value).toBe('');
  });

  it('answers no-field when the page has none, refused for a value that is no identifier', () => {
    document.body.innerHTML = '<input type="password" placeholder="统一社会信用代码"><input placeholder="验证码">';
    expect(fillField(document, 'credit-code', CODE)).toEqual({ ok: false, reason: 'no-field' });
    document.body.innerHTML = TPASS_FORM;
    expect(fillField(document, 'credit-code', '<img src=x>')).toEqual({ ok: false, reason: 'refused' });
    expect(fillField(document, 'credit-code', 'A'.repeat(21))).toEqual({ ok: false, reason: 'refused' });
    expect(document.querySelector<HTMLInputElement>('[name=nsrsbh]')!.value).toBe('');
  });
});

describe('messages from the popup', () => {
  it('accepts the two shapes and nothing else', () => {
    expect(parseTabMessage({ type: 'probe-network' })).toEqual({ type: 'probe-network' });
    expect(parseTabMessage({ type: 'fill-field', field: 'agent-id', value: 'x', extra: 1 })).toEqual({
      type: 'fill-field',
      field: 'agent-id',
      value: 'x',
    });
    for (const bad of [
      null,
      'fill-field',
      {},
      { type: 'fill-field', field: 'password', value: 'x' },
      { type: 'fill-field', field: 'credit-code', value: 5 },
      { type: 'fill-field', field: 'credit-code', value: 'x'.repeat(65) },
      { type: 'page-hello' },
    ]) {
      expect(parseTabMessage(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('only from our own extension pages', () => {
    const own = 'chrome-extension://abc/';
    expect(fromOurPage({ id: 'abc', url: `${own}popup.html` }, 'abc', own)).toBe(true);
    // the popup open as a page in a tab (Firefox names that tab)
    expect(fromOurPage({ id: 'abc', url: `${own}popup.html`, tab: { id: 4 } as chrome.tabs.Tab }, 'abc', own)).toBe(
      true,
    );
    // a content script of ours in another tab, another extension, a page pretending
    expect(
      fromOurPage({ id: 'abc', url: 'https://evil.example/', tab: { id: 3 } as chrome.tabs.Tab }, 'abc', own),
    ).toBe(false);
    expect(fromOurPage({ id: 'other', url: 'chrome-extension://other/popup.html' }, 'abc', own)).toBe(false);
    expect(fromOurPage({ id: 'abc', url: 'https://evil.example/' }, 'abc', own)).toBe(false);
  });
});

describe('network probe', () => {
  it('HEAD of the origin, no cookies, no redirects followed; fast or slow by the time it took', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 405 }));
    vi.stubGlobal('fetch', fetch);
    let clock = 0;
    const now = () => clock;
    const pending = probeNetwork('https://tpass.beijing.chinatax.gov.cn', now);
    clock = 120;
    expect(await pending).toEqual({ state: 'fast', ms: 120 });
    expect(fetch).toHaveBeenCalledWith(
      'https://tpass.beijing.chinatax.gov.cn/',
      expect.objectContaining({ method: 'HEAD', credentials: 'omit', redirect: 'manual' }),
    );
    const slow = probeNetwork('https://x.gov.cn', now);
    clock += SLOW_MS + 1;
    expect(await slow).toEqual({ state: 'slow', ms: SLOW_MS + 1 });
  });

  it('unreachable when the request fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await probeNetwork('https://x.gov.cn')).toEqual({ state: 'unreachable' });
  });
});
