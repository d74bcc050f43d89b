import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { FORM_CONTROLS, textOfPart, titled } from './text';

// jQuery UI dialog: `.ui-dialog.ui-widget` > `.ui-dialog-titlebar .ui-dialog-title` + `.ui-dialog-content`.
const dialog: ErrorSurface = {
  id: 'jquery-ui-dialog',
  surface: 'dialog',
  selector: '.ui-dialog.ui-widget',
  textOf: (el) =>
    el.querySelector(FORM_CONTROLS)
      ? ''
      : titled(textOfPart(el, '.ui-dialog-title'), textOfPart(el, '.ui-dialog-content')),
};

export const kit: Kit = {
  surfaces: [dialog],
  dialogs: ['.ui-dialog'],
  tabs: [{ item: '.ui-tabs-nav > li', active: '.ui-tabs-active' }],
};

export const about: KitAbout = {
  id: 'jquery-ui',
  name: 'jQuery UI',
  source: 'jquery/jquery-ui ui/widgets/dialog.js, ui/widgets/tabs.js (ui-tabs-active)',
};

export const examples: readonly KitExample[] = [
  {
    surfaceId: 'jquery-ui-dialog',
    markup:
      '<div class="ui-dialog ui-corner-all ui-widget ui-widget-content ui-front" role="dialog" style="display:block">' +
      '<div class="ui-dialog-titlebar ui-widget-header"><span class="ui-dialog-title">提示信息</span>' +
      '<button class="ui-dialog-titlebar-close">关闭</button></div>' +
      '<div class="ui-dialog-content ui-widget-content">您的密码已过期，请修改密码后登录</div>' +
      '<div class="ui-dialog-buttonpane"><button>确定</button></div></div>',
    text: '提示信息 您的密码已过期，请修改密码后登录',
  },
];
