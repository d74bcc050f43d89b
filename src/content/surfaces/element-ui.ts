import type { ErrorSurface } from './types';
import { textIn, textOfPart, titled } from './text';

// Element UI (Vue 2) and Element Plus share these class names. The new national e-tax login (tpass) is an Element UI
// app: its errors come as el-message toasts, el-form-item__error field errors and an el-message-box on lockout.

export const elementMessage: ErrorSurface = {
  id: 'element-ui-message',
  surface: 'toast',
  // success toasts ("登录成功") are never a failure; info/warning/error all are candidates
  selector: '.el-message:not(.el-message--success)',
  textOf: (el) => textOfPart(el, '.el-message__content') || textIn(el, { skip: '.el-message__closeBtn, i' }),
};

export const elementMessageBox: ErrorSurface = {
  id: 'element-ui-message-box',
  surface: 'dialog',
  selector: '.el-message-box',
  textOf: (el) => titled(textOfPart(el, '.el-message-box__title'), textOfPart(el, '.el-message-box__message')),
};

export const elementNotification: ErrorSurface = {
  id: 'element-ui-notification',
  surface: 'toast',
  selector: '.el-notification',
  textOf: (el) => titled(textOfPart(el, '.el-notification__title'), textOfPart(el, '.el-notification__content')),
};

export const elementFieldError: ErrorSurface = {
  id: 'element-ui-field-error',
  surface: 'field',
  selector: '.el-form-item__error',
  textOf: (el) => textIn(el),
};

export const elementUi: readonly ErrorSurface[] = [elementMessage, elementMessageBox, elementNotification, elementFieldError];
