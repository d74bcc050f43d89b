import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { FORM_CONTROLS, textIn, textOfPart, titled } from './text';

const alert: ErrorSurface = {
  id: 'bootstrap-alert',
  surface: 'inline',
  selector: '.alert-danger, .alert-warning',
  textOf: (el) => textIn(el, { skip: 'button, .close, .btn-close' }),
};

// `.invalid-feedback` is display:none until the form is validated; the watcher's visibility check is what tells
// "shown" apart from "present".
const fieldError: ErrorSurface = {
  id: 'bootstrap-invalid-feedback',
  surface: 'field',
  selector: '.invalid-feedback',
  textOf: (el) => textIn(el),
};

// bootbox-style alerts are a .modal-dialog with a short body; a modal that holds a form (login box) is no message
const modal: ErrorSurface = {
  id: 'bootstrap-modal',
  surface: 'dialog',
  selector: '.modal-dialog',
  textOf: (el) =>
    el.querySelector(FORM_CONTROLS)
      ? ''
      : titled(textOfPart(el, '.modal-title'), textOfPart(el, '.modal-body', { max: 600 })),
};

export const kit: Kit = {
  surfaces: [alert, fieldError, modal],
  dialogs: ['.modal-dialog'],
  tabs: [{ item: '.nav-tabs > li, .nav-tabs .nav-link', active: '.active' }],
};

export const about: KitAbout = {
  id: 'bootstrap',
  name: 'Bootstrap 3–5',
  source: 'twbs/bootstrap scss/_alert.scss, _forms (invalid-feedback), _modal.scss, _nav.scss (nav-link.active)',
};

export const examples: readonly KitExample[] = [
  {
    surfaceId: 'bootstrap-alert',
    markup:
      '<div class="alert alert-danger" role="alert">用户名或密码错误<button type="button" class="btn-close">×</button></div>',
    text: '用户名或密码错误',
  },
  {
    surfaceId: 'bootstrap-invalid-feedback',
    markup: '<form class="was-validated"><input required><div class="invalid-feedback">请输入手机号码</div></form>',
    text: '请输入手机号码',
  },
  {
    surfaceId: 'bootstrap-modal',
    markup:
      '<div class="modal fade in" style="display:block"><div class="modal-dialog"><div class="modal-content">' +
      '<div class="modal-header"><button class="close">×</button><h4 class="modal-title">提示</h4></div>' +
      '<div class="modal-body">数字证书已过期，请联系CA机构更新</div><div class="modal-footer"><button>确定</button></div></div></div></div>',
    text: '提示 数字证书已过期，请联系CA机构更新',
  },
];
