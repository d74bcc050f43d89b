import type { ErrorSurface } from './types';
import { FORM_CONTROLS, textIn } from './text';

// Hand-made error boxes of older portals ($('#errorMsg').text(...).show()).

/** A wrapper that holds fields (".form-group.has-error", ".el-form-item.is-error") is not a message. */
function messageText(el: Element): string {
  return el.querySelector(FORM_CONTROLS) ? '' : textIn(el, { skip: 'button' });
}

export const inlineErrorClass: ErrorSurface = {
  id: 'inline-error-class',
  surface: 'inline',
  selector: '.error, .err-msg, .error-msg, .errorMsg, #errorMsg, .tip-error, .login-error',
  textOf: messageText,
};

// Any class containing "error", but only inside a form or a login box: on the rest of a page the word is too common.
export const loginBoxError: ErrorSurface = {
  id: 'login-box-error',
  surface: 'inline',
  selector: [
    'form [class*="error" i]',
    '[class*="login" i] [class*="error" i]',
    '[id*="login" i] [class*="error" i]',
  ].join(', '),
  textOf: messageText,
};

export const inlineErrors: readonly ErrorSurface[] = [inlineErrorClass, loginBoxError];
