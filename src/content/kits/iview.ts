import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { textIn, textOfPart, titled } from './text';

// iView / View UI (Vue): the `ivu-` prefix throughout.
const message: ErrorSurface = {
  id: 'iview-message',
  surface: 'toast',
  selector: '.ivu-message-notice',
  textOf: (el) => (el.querySelector('.ivu-message-success') ? '' : textIn(el, { skip: 'i, .ivu-icon' })),
};

const notice: ErrorSurface = {
  id: 'iview-notice',
  surface: 'toast',
  selector: '.ivu-notice-notice',
  textOf: (el) =>
    titled(textOfPart(el, '.ivu-notice-title'), textOfPart(el, '.ivu-notice-desc')) ||
    textOfPart(el, '.ivu-notice-title'),
};

// this.$Modal.error()/warning(): the confirm body; a plain modal with custom content is the page's own UI
const modal: ErrorSurface = {
  id: 'iview-modal',
  surface: 'dialog',
  selector: '.ivu-modal-confirm',
  textOf: (el) => titled(textOfPart(el, '.ivu-modal-confirm-head-title'), textOfPart(el, '.ivu-modal-confirm-body')),
};

const fieldError: ErrorSurface = {
  id: 'iview-field-error',
  surface: 'field',
  selector: '.ivu-form-item-error-tip',
  textOf: (el) => textIn(el),
};

export const kit: Kit = {
  surfaces: [message, notice, modal, fieldError],
  dialogs: ['.ivu-modal'],
  tabs: [{ item: '.ivu-tabs-tab', active: '.ivu-tabs-tab-active' }],
};

export const about: KitAbout = {
  id: 'iview',
  name: 'iView / View UI',
  source: 'view-design/ViewUI src/components/{message,notice,modal,form,tabs} (ivu- prefix)',
};

export const examples: readonly KitExample[] = [
  {
    surfaceId: 'iview-message',
    markup:
      '<div class="ivu-message"><div class="ivu-message-notice"><div class="ivu-message-notice-content">' +
      '<div class="ivu-message-custom-content ivu-message-error"><i class="ivu-icon ivu-icon-ios-close-circle"></i>' +
      '<span>密码错误，还可尝试4次</span></div></div></div></div>',
    text: '密码错误，还可尝试4次',
  },
  {
    surfaceId: 'iview-notice',
    markup:
      '<div class="ivu-notice"><div class="ivu-notice-notice"><div class="ivu-notice-content"><div class="ivu-notice-with-desc">' +
      '<div class="ivu-notice-title">登录失败</div><div class="ivu-notice-desc">短信验证码已失效</div></div></div></div></div>',
    text: '登录失败 短信验证码已失效',
  },
  {
    surfaceId: 'iview-modal',
    markup:
      '<div class="ivu-modal-wrap"><div class="ivu-modal"><div class="ivu-modal-content"><div class="ivu-modal-body">' +
      '<div class="ivu-modal-confirm"><div class="ivu-modal-confirm-head"><div class="ivu-modal-confirm-head-title">错误</div></div>' +
      '<div class="ivu-modal-confirm-body"><div>该单位尚未开通网上申报业务</div></div>' +
      '<div class="ivu-modal-confirm-footer"><button>确定</button></div></div></div></div></div></div>',
    text: '错误 该单位尚未开通网上申报业务',
  },
  {
    surfaceId: 'iview-field-error',
    markup:
      '<form class="ivu-form"><div class="ivu-form-item ivu-form-item-error"><div class="ivu-form-item-content"><input>' +
      '<div class="ivu-form-item-error-tip">请输入验证码</div></div></div></form>',
    text: '请输入验证码',
  },
];
