import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { textIn, textOfPart, titled } from './text';

// Ant Design v4/v5 class names (the `ant-` prefix is the default; apps with a custom prefix are not covered).

const message: ErrorSurface = {
  id: 'ant-message',
  surface: 'toast',
  selector: '.ant-message-notice',
  textOf: (el) => (el.querySelector('.ant-message-success') ? '' : textIn(el, { skip: '.anticon' })),
};

const notification: ErrorSurface = {
  id: 'ant-notification',
  surface: 'toast',
  selector: '.ant-notification-notice',
  textOf: (el) =>
    titled(textOfPart(el, '.ant-notification-notice-message'), textOfPart(el, '.ant-notification-notice-description')),
};

const modalConfirm: ErrorSurface = {
  id: 'ant-modal-confirm',
  surface: 'dialog',
  selector: '.ant-modal-confirm',
  textOf: (el) => titled(textOfPart(el, '.ant-modal-confirm-title'), textOfPart(el, '.ant-modal-confirm-content')),
};

const fieldError: ErrorSurface = {
  id: 'ant-field-error',
  surface: 'field',
  selector: '.ant-form-item-explain-error',
  textOf: (el) => textIn(el),
};

export const kit: Kit = {
  surfaces: [message, notification, modalConfirm, fieldError],
  dialogs: ['.ant-modal'],
  tabs: [{ item: '.ant-tabs-tab', active: '.ant-tabs-tab-active' }],
};

export const about: KitAbout = {
  id: 'ant-design',
  name: 'Ant Design',
  source: 'ant-design/ant-design components/{message,notification,modal,form,tabs}/style (ant-* class names)',
};

export const examples: readonly KitExample[] = [
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
];
