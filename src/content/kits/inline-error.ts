import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { FORM_CONTROLS, textIn } from './text';

// Hand-made error boxes and tabs of older portals ($('#errorMsg').text(...).show(), <ul class="tab"><li class="on">).

/** A wrapper that holds fields (".form-group.has-error", ".el-form-item.is-error") is not a message. */
function messageText(el: Element): string {
  return el.querySelector(FORM_CONTROLS) ? '' : textIn(el, { skip: 'button' });
}

const errorClass: ErrorSurface = {
  id: 'inline-error-class',
  surface: 'inline',
  selector: '.error, .err-msg, .error-msg, .errorMsg, #errorMsg, .tip-error, .login-error',
  textOf: messageText,
};

// Any class containing "error", but only inside a form or a login box: on the rest of a page the word is too common.
const loginBoxError: ErrorSurface = {
  id: 'login-box-error',
  surface: 'inline',
  selector: [
    'form [class*="error" i]',
    '[class*="login" i] [class*="error" i]',
    '[id*="login" i] [class*="error" i]',
  ].join(', '),
  textOf: messageText,
};

export const kit: Kit = {
  surfaces: [errorClass, loginBoxError],
  tabs: [
    {
      item: '.tabs > li, .tab > li, ul[class*="tab"] > li, [class*="tab-item"], [class*="tabItem"], [class*="login-tab"] > *, [class*="loginTab"] > *',
      active: '.active, .current, .on, .selected, .cur, .is-active',
    },
  ],
};

export const about: KitAbout = {
  id: 'inline-error',
  name: 'hand-made markup (no UI kit)',
  source: 'the legacy portals under tests/fixtures/sites (#errorMsg boxes, <li class="on"> tabs)',
};

export const examples: readonly KitExample[] = [
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
];
