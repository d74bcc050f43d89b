import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { textOfPart, titled } from './text';

// SweetAlert2: `.swal2-popup` (also `.swal2-toast` in toast mode) inside `.swal2-container`; the body is
// `.swal2-html-container` (v11) or `.swal2-content` (v7–v10). A success icon marks a success message.
function popupText(el: Element): string {
  if (el.querySelector('.swal2-icon-success, .swal2-success.swal2-icon-show')) return '';
  const body = textOfPart(el, '.swal2-html-container') || textOfPart(el, '.swal2-content');
  return titled(textOfPart(el, '.swal2-title'), body) || textOfPart(el, '.swal2-title');
}

const toast: ErrorSurface = {
  id: 'sweetalert2-toast',
  surface: 'toast',
  selector: '.swal2-popup.swal2-toast',
  textOf: popupText,
};

const popup: ErrorSurface = {
  id: 'sweetalert2-popup',
  surface: 'dialog',
  selector: '.swal2-popup:not(.swal2-toast)',
  textOf: popupText,
};

export const kit: Kit = {
  surfaces: [toast, popup],
  dialogs: ['.swal2-popup'],
};

export const about: KitAbout = {
  id: 'sweetalert2',
  name: 'SweetAlert2',
  source: 'sweetalert2/sweetalert2 src/utils/classes.js (swal2- prefix: popup, toast, title, html-container, icon)',
};

export const examples: readonly KitExample[] = [
  {
    surfaceId: 'sweetalert2-popup',
    markup:
      '<div class="swal2-container swal2-center swal2-backdrop-show"><div class="swal2-popup swal2-modal swal2-icon-error swal2-show" role="dialog">' +
      '<div class="swal2-icon swal2-error swal2-icon-show"><span class="swal2-x-mark"></span></div>' +
      '<h2 class="swal2-title">登录失败</h2><div class="swal2-html-container">账户已被冻结，请联系管理员</div>' +
      '<div class="swal2-actions"><button class="swal2-confirm">确定</button></div></div></div>',
    text: '登录失败 账户已被冻结，请联系管理员',
  },
  {
    surfaceId: 'sweetalert2-toast',
    markup:
      '<div class="swal2-container swal2-top-end"><div class="swal2-popup swal2-toast swal2-icon-error" role="alert">' +
      '<div class="swal2-icon swal2-error"></div><h2 class="swal2-title">验证码错误</h2></div></div>',
    text: '验证码错误',
  },
];
