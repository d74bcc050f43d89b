import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { FORM_CONTROLS, textIn, textOfPart, titled } from './text';

// Element UI (Vue 2) and Element Plus share these class names. The new national e-tax login (tpass) is an Element UI
// app: its errors come as el-message toasts, el-form-item__error field errors and an el-message-box on lockout.

const message: ErrorSurface = {
  id: 'element-ui-message',
  surface: 'toast',
  // success toasts ("登录成功") are never a failure; info/warning/error all are candidates
  selector: '.el-message:not(.el-message--success)',
  textOf: (el) => textOfPart(el, '.el-message__content') || textIn(el, { skip: '.el-message__closeBtn, i' }),
};

const messageBox: ErrorSurface = {
  id: 'element-ui-message-box',
  surface: 'dialog',
  selector: '.el-message-box',
  textOf: (el) => titled(textOfPart(el, '.el-message-box__title'), textOfPart(el, '.el-message-box__message')),
};

// this.$alert-like messages built on el-dialog (the component renders role="dialog" on .el-dialog itself); a dialog
// that holds a form (a login or role-choice dialog) is not a message
const dialog: ErrorSurface = {
  id: 'element-ui-dialog',
  surface: 'dialog',
  selector: '.el-dialog',
  textOf: (el) =>
    el.querySelector(FORM_CONTROLS)
      ? ''
      : titled(textOfPart(el, '.el-dialog__title'), textOfPart(el, '.el-dialog__body')),
};

const notification: ErrorSurface = {
  id: 'element-ui-notification',
  surface: 'toast',
  selector: '.el-notification',
  textOf: (el) => titled(textOfPart(el, '.el-notification__title'), textOfPart(el, '.el-notification__content')),
};

const fieldError: ErrorSurface = {
  id: 'element-ui-field-error',
  surface: 'field',
  selector: '.el-form-item__error',
  textOf: (el) => textIn(el),
};

export const kit: Kit = {
  surfaces: [message, messageBox, dialog, notification, fieldError],
  dialogs: ['.el-message-box', '.el-dialog'],
  tabs: [{ item: '.el-tabs__item', active: '.is-active' }],
};

export const about: KitAbout = {
  id: 'element-ui',
  name: 'Element UI / Element Plus',
  source: 'ElemeFE/element packages/{message,message-box,dialog,notification,form,tabs}/src/*.vue',
};

export const examples: readonly KitExample[] = [
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
    surfaceId: 'element-ui-dialog',
    markup:
      '<div class="el-dialog__wrapper"><div role="dialog" aria-modal="true" aria-label="登录提示" class="el-dialog">' +
      '<div class="el-dialog__header"><span class="el-dialog__title">登录提示</span><button class="el-dialog__headerbtn">×</button></div>' +
      '<div class="el-dialog__body"><span>该账号未注册，请先注册</span></div>' +
      '<div class="el-dialog__footer"><button>确定</button></div></div></div>',
    text: '登录提示 该账号未注册，请先注册',
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
];
