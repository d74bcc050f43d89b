// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { SURFACES } from '../../../src/content/surfaces';
import { textIn } from '../../../src/content/surfaces/text';
import { watchErrors, type FoundMessage } from '../../../src/content/watch-errors';

/** Replaces the body with our own fixed markup (test data only; product code never parses HTML). */
function setBody(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

/** Runs the real watcher's initial scan once, synchronously, over the whole registry. */
function scan(): FoundMessage[] {
  const found: FoundMessage[] = [];
  let work: (() => void) | null = null;
  const watcher = watchErrors(document, (msgs) => found.push(...msgs), {
    schedule: (run) => {
      work = run;
      return () => undefined;
    },
  });
  (work as (() => void) | null)?.();
  watcher.stop();
  return found;
}

interface Case {
  surfaceId: string;
  markup: string;
  text: string;
}

// One case per registered surface, in the markup its UI kit produces.
const CASES: Case[] = [
  {
    surfaceId: 'element-ui-message',
    markup:
      '<div role="alert" class="el-message el-message--error"><i class="el-message__icon el-icon-error"></i>' +
      '<p class="el-message__content">账号或密码错误，您还有<b>3</b>次机会</p></div>',
    text: '账号或密码错误，您还有3次机会',
  },
  {
    surfaceId: 'element-ui-message-box',
    markup:
      '<div class="el-message-box__wrapper"><div class="el-message-box"><div class="el-message-box__header">' +
      '<div class="el-message-box__title"><span>提示</span></div><button class="el-message-box__headerbtn">×</button></div>' +
      '<div class="el-message-box__content"><div class="el-message-box__message"><p>连续认证错误次数过多，您的账号已被锁定</p></div></div>' +
      '<div class="el-message-box__btns"><button>取消</button><button>确定</button></div></div></div>',
    text: '提示 连续认证错误次数过多，您的账号已被锁定',
  },
  {
    surfaceId: 'element-ui-notification',
    markup:
      '<div class="el-notification right"><div class="el-notification__group"><h2 class="el-notification__title">登录失败</h2>' +
      '<div class="el-notification__content"><p>短信验证码错误</p></div></div></div>',
    text: '登录失败 短信验证码错误',
  },
  {
    surfaceId: 'element-ui-field-error',
    markup:
      '<form class="el-form"><div class="el-form-item is-error"><div class="el-form-item__content"><input class="el-input__inner">' +
      '<div class="el-form-item__error">请输入统一社会信用代码</div></div></div></form>',
    text: '请输入统一社会信用代码',
  },
  {
    surfaceId: 'layui-msg',
    markup:
      '<div class="layui-layer layui-layer-dialog layui-layer-border layui-layer-msg" type="dialog">' +
      '<div class="layui-layer-content">验证码错误，请重新输入</div><span class="layui-layer-setwin"></span></div>',
    text: '验证码错误，请重新输入',
  },
  {
    surfaceId: 'layui-dialog',
    markup:
      '<div class="layui-layer layui-layer-dialog"><div class="layui-layer-title">信息</div>' +
      '<div class="layui-layer-content layui-layer-padding"><i class="layui-layer-ico layui-layer-ico2"></i>用户名或密码错误</div>' +
      '<span class="layui-layer-setwin"><a class="layui-layer-close">×</a></span><div class="layui-layer-btn"><a>确定</a></div></div>',
    text: '信息 用户名或密码错误',
  },
  {
    surfaceId: 'ant-message',
    markup:
      '<div class="ant-message"><div class="ant-message-notice"><div class="ant-message-notice-content">' +
      '<div class="ant-message-custom-content ant-message-error"><span class="anticon anticon-close-circle">x</span>' +
      '<span>验证码已过期，请重新获取</span></div></div></div></div>',
    text: '验证码已过期，请重新获取',
  },
  {
    surfaceId: 'ant-notification',
    markup:
      '<div class="ant-notification-notice"><div class="ant-notification-notice-message">登录失败</div>' +
      '<div class="ant-notification-notice-description">网络异常，请稍后重试</div></div>',
    text: '登录失败 网络异常，请稍后重试',
  },
  {
    surfaceId: 'ant-modal-confirm',
    markup:
      '<div class="ant-modal ant-modal-confirm ant-modal-confirm-error"><div class="ant-modal-content"><div class="ant-modal-body">' +
      '<span class="ant-modal-confirm-title">提示</span><div class="ant-modal-confirm-content">证书已过期，请更新证书</div>' +
      '<div class="ant-modal-confirm-btns"><button>知道了</button></div></div></div></div>',
    text: '提示 证书已过期，请更新证书',
  },
  {
    surfaceId: 'ant-field-error',
    markup:
      '<form class="ant-form"><div class="ant-form-item"><input><div class="ant-form-item-explain">' +
      '<div role="alert" class="ant-form-item-explain-error">请输入密码</div></div></div></form>',
    text: '请输入密码',
  },
  {
    surfaceId: 'bootstrap-alert',
    markup: '<div class="alert alert-danger" role="alert">用户名或密码错误<button type="button" class="btn-close">×</button></div>',
    text: '用户名或密码错误',
  },
  {
    surfaceId: 'bootstrap-invalid-feedback',
    markup: '<form class="was-validated"><input required><div class="invalid-feedback">请输入手机号码</div></form>',
    text: '请输入手机号码',
  },
  {
    surfaceId: 'inline-error-class',
    markup: '<div class="login"><span id="errorMsg">未检测到证书客户端，请插入UKey</span></div>',
    text: '未检测到证书客户端，请插入UKey',
  },
  {
    surfaceId: 'login-box-error',
    markup: '<form><input><p class="loginFormErrorText">验证码错误</p><button>登录</button></form>',
    text: '验证码错误',
  },
  {
    surfaceId: 'role-alert',
    markup: '<div role="alert">会话已过期，请重新登录</div>',
    text: '会话已过期，请重新登录',
  },
  {
    surfaceId: 'aria-live',
    markup: '<div aria-live="assertive"><span>系统繁忙，请稍后再试</span></div>',
    text: '系统繁忙，请稍后再试',
  },
  {
    surfaceId: 'maintenance-page',
    markup: '<h1>系统升级维护公告</h1><p>系统正在升级维护，暂停服务，预计18:00恢复。</p>',
    text: '系统升级维护公告系统正在升级维护，暂停服务，预计18:00恢复。',
  },
];

afterEach(() => {
  document.body.replaceChildren();
});

describe('surface registry', () => {
  it('has unique ids and a test case for every registered surface (and none for an unknown one)', () => {
    const ids = SURFACES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(CASES.map((c) => c.surfaceId).sort()).toEqual([...ids].sort());
  });

  it('lists the whole-page surface last, so every specific surface wins over it', () => {
    expect(SURFACES.at(-1)?.wholePage).toBe(true);
    expect(SURFACES.filter((s) => s.wholePage)).toHaveLength(1);
  });
});

describe.each(CASES)('$surfaceId', ({ surfaceId, markup, text }) => {
  it('its module finds the message and reads its text', () => {
    setBody(markup);
    const surface = SURFACES.find((s) => s.id === surfaceId);
    if (!surface) throw new Error(`unregistered ${surfaceId}`);
    const texts = Array.from(document.querySelectorAll(surface.selector), (el) => surface.textOf(el)).filter(Boolean);
    expect(texts).toContain(text);
  });

  it('the whole registry reports it once, attributed to this surface', () => {
    setBody(markup);
    const found = scan();
    expect(found.map((m) => [m.surfaceId, m.text])).toEqual([[surfaceId, text]]);
  });
});

describe('what is not a message', () => {
  it.each([
    ['a success toast', '<div class="el-message el-message--success"><p class="el-message__content">登录成功</p></div><form><input></form>'],
    ['an Ant success message', '<div class="ant-message-notice"><div class="ant-message-success"><span>登录成功</span></div></div><form><input></form>'],
    ['a layui page layer (a whole form)', '<div class="layui-layer layui-layer-page"><div class="layui-layer-content"><form><input></form></div></div>'],
    ['a field wrapper with an error class', '<form><div class="form-group has-error"><label>密码</label><input></div></form>'],
    ['a class containing "error" outside any form or login box', '<nav><a class="error-report-link">错误举报</a></nav><form><input></form>'],
    ['a short page that has a form', '<form><input placeholder="账号"><button>登录</button></form>'],
    ['a field marked with an error class (never its content)', '<form><textarea class="error">我的备注</textarea><input class="error-input"></form>'],
    ['script and template text', '<div role="alert"><script>var e="密码错误"</script><template><p>密码错误</p></template></div><form><input></form>'],
  ])('%s', (_name, markup) => {
    setBody(markup);
    expect(scan()).toEqual([]);
  });

  it('a long page without a form is not a notice page', () => {
    setBody(`<main><p>${'办税指南内容。'.repeat(120)}</p></main>`);
    expect(scan()).toEqual([]);
  });
});

describe('text', () => {
  it('folds whitespace, keeps "还有<b>3</b>次" joined and bounds the length to 2,000', () => {
    setBody(`<div id="t">\n\t  还有<b>3</b>次 \n  机会 ${'长'.repeat(5000)}</div>`);
    const text = textIn(document.getElementById('t') as Element);
    expect(text.startsWith('还有3次 机会 长')).toBe(true);
    expect(text).toHaveLength(2000);
  });

  it('an aria-live container around a toast does not report it a second time', () => {
    setBody('<div aria-live="polite"><div class="el-message el-message--error"><p class="el-message__content">密码错误</p></div></div>');
    expect(scan().map((m) => m.surfaceId)).toEqual(['element-ui-message']);
  });
});
