import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { textIn, textOfPart, titled } from './text';

// toastr: every toast is a `.toast.toast-<type>` inside `#toast-container`; success toasts are no failure.
const toast: ErrorSurface = {
  id: 'toastr-toast',
  surface: 'toast',
  selector: '#toast-container > .toast:not(.toast-success)',
  textOf: (el) =>
    titled(textOfPart(el, '.toast-title'), textOfPart(el, '.toast-message')) || textIn(el, { skip: 'button' }),
};

export const kit: Kit = {
  surfaces: [toast],
};

export const about: KitAbout = {
  id: 'toastr',
  name: 'toastr',
  source: 'CodeSeven/toastr toastr.js (containerId toast-container, toast-title, toast-message, toast-error)',
};

export const examples: readonly KitExample[] = [
  {
    surfaceId: 'toastr-toast',
    markup:
      '<div id="toast-container" class="toast-top-right" aria-live="polite" role="alert"><div class="toast toast-error">' +
      '<button type="button" class="toast-close-button">×</button><div class="toast-title">登录失败</div>' +
      '<div class="toast-message">图形验证码不正确</div></div></div>',
    text: '登录失败 图形验证码不正确',
  },
];
