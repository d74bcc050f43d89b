// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../src/content/snapshot';
import { COLLECT_LIMITS } from '../../../src/core/page-limits';
import { pickCaMarkers } from '../../../src/core/recognise/ca-markers';
import { PageSnapshotSchema } from '../../../src/shared/messages';

function load(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

const SECRET = 'S3cret-Pa55-徐';

describe('collectSnapshot', () => {
  beforeEach(() => {
    document.title = '';
  });

  it('never reads or reports any field value', () => {
    const doc = load(`<title>登录</title><form class="login">
      <input type="text" placeholder="用户名" value="${SECRET}-user">
      <input type="password" id="pwd" placeholder="密码" value="${SECRET}">
      <input type="text" placeholder="请输入短信验证码" value="${SECRET}-sms">
      <input type="text" class="yzm" placeholder="验证码" value="${SECRET}-captcha">
      <textarea placeholder="备注">${SECRET}-textarea</textarea>
      <button type="submit">登录</button></form>`);
    const inputs = [...doc.querySelectorAll('input, textarea')] as HTMLInputElement[];
    for (const input of inputs) {
      input.value = `${SECRET}-typed`;
      // Any read of .value fails the test.
      Object.defineProperty(input, 'value', {
        get() {
          throw new Error('collector read .value');
        },
        set() {},
      });
    }
    const snap = collectSnapshot(doc, 'https://tpass.beijing.chinatax.gov.cn:8443/#/login');
    const json = JSON.stringify(snap);
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain('S3cret');
    expect(snap.fields.map((f) => f.placeholder)).toEqual(['用户名', '密码', '请输入短信验证码', '验证码', '备注']);
    expect(snap.fields[1]).toMatchObject({ tag: 'input', type: 'password', id: 'pwd' });
  });

  it('reads labels, skips hidden and non-text inputs, bounds field count', () => {
    const many = Array.from({ length: 200 }, (_, i) => `<input name="f${i}">`).join('');
    const doc =
      load(`<div class="el-form-item"><label class="el-form-item__label">单位编号</label><input id="dwbh"></div>
      <label for="pw">登录密码</label><input id="pw" type="password">
      <input type="hidden" name="token"><input type="checkbox" name="remember">
      <input type="text" name="ghost" style="display:none">
      <div hidden><input name="inHidden"></div>
      <input aria-label="证件号码" name="zjhm">${many}`);
    const snap = collectSnapshot(doc, 'https://example.gov.cn/');
    expect(snap.fields[0]).toMatchObject({ label: '单位编号', id: 'dwbh' });
    expect(snap.fields[1]).toMatchObject({ label: '登录密码', type: 'password' });
    expect(snap.fields[2]).toMatchObject({ label: '证件号码', name: 'zjhm' });
    const names = snap.fields.map((f) => f.name);
    expect(names).not.toContain('token');
    expect(names).not.toContain('remember');
    expect(names).not.toContain('ghost');
    expect(names).not.toContain('inHidden');
    expect(snap.fields.length).toBeLessThanOrEqual(60);
  });

  it('collects buttons, tabs with the active one, visible dialogs only', () => {
    const doc = load(`<div class="el-tabs__header">
        <div class="el-tabs__item is-active">账号密码登录</div><div class="el-tabs__item">扫码登录</div>
        <div role="tab" aria-selected="false">证书登录</div></div>
      <button>登 录</button><input type="submit" value="提交"><a href="#">忘记密码</a>
      <a href="/news/1">这是一条很长很长的新闻标题不是按钮</a><button style="display:none">隐藏按钮</button>
      <div class="el-dialog__wrapper" style="display:none"><div class="el-dialog" aria-label="用户协议">用户协议内容</div></div>
      <div class="el-dialog__wrapper"><div class="el-dialog" role="dialog" aria-label="身份类型选择"><span>法定代表人</span><span>社保经办人</span></div></div>`);
    const snap = collectSnapshot(doc, 'https://tpass.beijing.chinatax.gov.cn:8443/#/login');
    expect(snap.buttons).toEqual(['登 录', '提交', '忘记密码']);
    expect(snap.tabs).toEqual([
      { label: '账号密码登录', active: true },
      { label: '扫码登录', active: false },
      { label: '证书登录', active: false },
    ]);
    expect(snap.dialogs).toEqual(['身份类型选择 法定代表人 社保经办人']);
  });

  it("detects a QR code and reports the scripts' and plug-ins' names, the CA markers among them", () => {
    const doc = load(`<div class="drag"><div class="handler"></div><div class="drag_text">请按住滑块拖动</div></div>
      <img src="/api/captcha?t=1" alt=""><div id="qrcodeDiv"><canvas></canvas></div>
      <script src="/static/js/XTXSAB.js?v=2"></script><script src="/app.js#token=abc"></script>
      <object classid="clsid:3F367B74-92D9-4C5E-AB93-234F8A91D5E6"></object><embed type="application/x-xtx-axhost">`);
    const snap = collectSnapshot(doc, 'https://yzt.beijing.gov.cn/');
    expect(snap.hasQrCode).toBe(true);
    // file names only: no path, query or fragment leaves the page; the background keeps the markers
    expect(snap.caMarkers).toEqual([
      'script:XTXSAB.js',
      'script:app.js',
      'clsid:3F367B74-92D9-4C5E-AB93-234F8A91D5E6',
      'mime:application/x-xtx-axhost',
    ]);
    expect(pickCaMarkers(snap.caMarkers)).toEqual([
      'script:XTXSAB.js',
      'clsid:3F367B74-92D9-4C5E-AB93-234F8A91D5E6',
      'mime:application/x-xtx-axhost',
    ]);
  });

  it("bounds the scripts' and plug-ins' names in count and length", () => {
    const scripts = Array.from({ length: 400 }, (_, i) => `<script src="/js/s${i}.js?u=1"></script>`).join('');
    const plugins = Array.from({ length: 100 }, (_, i) => `<object classid="clsid:${i}${'A'.repeat(300)}"></object>`);
    const doc = load(`<h1>登录</h1><script src="/${'x'.repeat(500)}.js"></script>${scripts}${plugins.join('')}`);
    const names = collectSnapshot(doc, 'https://a.gov.cn/').caMarkers;
    expect(names).toHaveLength(COLLECT_LIMITS.caNames);
    expect(names.filter((n) => n.startsWith('script:'))).toHaveLength(COLLECT_LIMITS.scripts);
    expect(Math.max(...names.map((n) => n.length))).toBe('script:'.length + COLLECT_LIMITS.label);
    expect(names[1]).toBe('script:s0.js');
    expect(PageSnapshotSchema.safeParse(collectSnapshot(doc, 'https://a.gov.cn/')).success).toBe(true);
  });

  it('reports nothing of the kind on a plain page', () => {
    const doc = load('<h1>博客</h1><p>一篇文章</p><img src="/cat.png"><script>var secret = "x";</script>');
    const snap = collectSnapshot(doc, 'https://www.example.com/');
    expect(snap).toMatchObject({ hasQrCode: false, caMarkers: [], fields: [], tabs: [], dialogs: [] });
    expect(snap.text).toBe('博客 一篇文章');
  });

  it('bounds and folds text, skipping scripts, styles and hidden parts', () => {
    const doc = load(`<form class="login"><h2>单位   登录</h2><style>.x{}</style><script>var token="abc"</script>
      <p hidden>隐藏提示</p><p>${'很长的文字'.repeat(3000)}</p></form>`);
    const snap = collectSnapshot(doc, 'https://example.gov.cn/');
    expect(snap.text.startsWith('单位 登录 很长的文字')).toBe(true);
    expect(snap.text).not.toContain('token');
    expect(snap.text).not.toContain('隐藏提示');
    expect(snap.text.length).toBeLessThanOrEqual(4000);
  });
});

describe('where the form may be', () => {
  it('reads fields, buttons and active tabs inside an open shadow root', () => {
    const doc = load('<title>登录</title><login-box></login-box>');
    const root = doc.querySelector('login-box')!.attachShadow({ mode: 'open' });
    const form = doc.createElement('form');
    const tabs = doc.createElement('div');
    tabs.innerHTML =
      '<div role="tab" aria-selected="false">密码登录</div><div role="tab" aria-selected="true">证书登录</div>';
    const pin = doc.createElement('input');
    pin.type = 'password';
    pin.placeholder = '请输入证书PIN码';
    const button = doc.createElement('button');
    button.textContent = '登录';
    form.append(tabs, pin, button);
    root.append(form);
    const snapshot = collectSnapshot(doc, 'http://rsj.liuzhou.gov.cn/');
    expect(snapshot.fields.map((f) => f.placeholder)).toEqual(['请输入证书PIN码']);
    expect(snapshot.buttons).toContain('登录');
    expect(snapshot.tabs).toEqual([
      { label: '密码登录', active: false },
      { label: '证书登录', active: true },
    ]);
  });

  it('marks the active tab with each kit’s own marker', () => {
    const doc = load(
      '<div class="ivu-tabs-nav"><div class="ivu-tabs-tab">账号登录</div><div class="ivu-tabs-tab ivu-tabs-tab-active">扫码登录</div></div>' +
        '<ul class="layui-tab-title"><li class="layui-this">密码登录</li><li>证书登录</li></ul>',
    );
    const active = collectSnapshot(doc, 'http://a.gov.cn/')
      .tabs.filter((t) => t.active)
      .map((t) => t.label);
    expect(active).toEqual(['扫码登录', '密码登录']);
  });
});
