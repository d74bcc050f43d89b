import type { ErrorSurface } from './types';
import { FORM_CONTROLS, textIn } from './text';

// Accessible live regions: generic, so they come after every UI kit (an el-message also has role="alert").

function regionText(el: Element): string {
  return el.querySelector(FORM_CONTROLS) ? '' : textIn(el, { skip: 'button' });
}

export const roleAlert: ErrorSurface = {
  id: 'role-alert',
  surface: 'inline',
  selector: '[role="alert"]',
  textOf: regionText,
};

export const ariaLive: ErrorSurface = {
  id: 'aria-live',
  surface: 'inline',
  selector: '[aria-live="assertive"], [aria-live="polite"]',
  textOf: regionText,
};

export const aria: readonly ErrorSurface[] = [roleAlert, ariaLive];
