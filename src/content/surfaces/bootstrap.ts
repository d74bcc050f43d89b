import type { ErrorSurface } from './types';
import { textIn } from './text';

export const bootstrapAlert: ErrorSurface = {
  id: 'bootstrap-alert',
  surface: 'inline',
  selector: '.alert-danger, .alert-warning',
  textOf: (el) => textIn(el, { skip: 'button, .close, .btn-close' }),
};

// `.invalid-feedback` is display:none until the form is validated; the watcher's visibility check is what tells
// "shown" apart from "present".
export const bootstrapFieldError: ErrorSurface = {
  id: 'bootstrap-invalid-feedback',
  surface: 'field',
  selector: '.invalid-feedback',
  textOf: (el) => textIn(el),
};

export const bootstrap: readonly ErrorSurface[] = [bootstrapAlert, bootstrapFieldError];
