import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { FORM_CONTROLS, textIn } from './text';

// Accessible live regions and dialogs: generic, so they come after every UI kit (an el-message also has role="alert").

function regionText(el: Element): string {
  return el.querySelector(FORM_CONTROLS) ? '' : textIn(el, { skip: 'button' });
}

const roleAlert: ErrorSurface = {
  id: 'role-alert',
  surface: 'inline',
  selector: '[role="alert"]',
  textOf: regionText,
};

const alertDialog: ErrorSurface = {
  id: 'role-alertdialog',
  surface: 'dialog',
  selector: '[role="alertdialog"]',
  textOf: regionText,
};

const ariaLive: ErrorSurface = {
  id: 'aria-live',
  surface: 'inline',
  selector: '[aria-live="assertive"], [aria-live="polite"]',
  textOf: regionText,
};

export const kit: Kit = {
  surfaces: [roleAlert, alertDialog, ariaLive],
  dialogs: ['[role="dialog"]', '[role="alertdialog"]', 'dialog[open]'],
  tabs: [{ item: '[role="tab"]', active: '[aria-selected="true"]' }],
};

export const about: KitAbout = {
  id: 'aria',
  name: 'WAI-ARIA roles and the HTML dialog element',
  source: 'WAI-ARIA 1.2 roles alert, alertdialog, dialog, tab (aria-selected); HTML <dialog open>',
};

export const examples: readonly KitExample[] = [
  { surfaceId: 'role-alert', markup: '<div role="alert">会话已过期，请重新登录</div>', text: '会话已过期，请重新登录' },
  {
    surfaceId: 'role-alertdialog',
    markup:
      '<div role="alertdialog" aria-modal="true"><h2>提示</h2><p>证书口令错误，剩余重试次数5次</p><button>确定</button></div>',
    text: '提示证书口令错误，剩余重试次数5次',
  },
  {
    surfaceId: 'aria-live',
    markup: '<div aria-live="assertive"><span>系统繁忙，请稍后再试</span></div>',
    text: '系统繁忙，请稍后再试',
  },
];
