import type { ErrorSurface } from './types';
import { textIn, textOfPart, titled } from './text';

// Ant Design v4/v5 class names (the `ant-` prefix is the default; apps with a custom prefix are not covered).

export const antMessage: ErrorSurface = {
  id: 'ant-message',
  surface: 'toast',
  selector: '.ant-message-notice',
  textOf: (el) => (el.querySelector('.ant-message-success') ? '' : textIn(el, { skip: '.anticon' })),
};

export const antNotification: ErrorSurface = {
  id: 'ant-notification',
  surface: 'toast',
  selector: '.ant-notification-notice',
  textOf: (el) =>
    titled(
      textOfPart(el, '.ant-notification-notice-message'),
      textOfPart(el, '.ant-notification-notice-description'),
    ),
};

export const antModalConfirm: ErrorSurface = {
  id: 'ant-modal-confirm',
  surface: 'dialog',
  selector: '.ant-modal-confirm',
  textOf: (el) => titled(textOfPart(el, '.ant-modal-confirm-title'), textOfPart(el, '.ant-modal-confirm-content')),
};

export const antFieldError: ErrorSurface = {
  id: 'ant-field-error',
  surface: 'field',
  selector: '.ant-form-item-explain-error',
  textOf: (el) => textIn(el),
};

export const antDesign: readonly ErrorSurface[] = [antMessage, antNotification, antModalConfirm, antFieldError];
