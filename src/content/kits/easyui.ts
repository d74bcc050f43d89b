import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { textIn, textOfPart, titled } from './text';

// jQuery EasyUI: $.messager.alert()/confirm() open a `.panel.window.messager-window` whose body is
// `.messager-body` (icon `.messager-icon.messager-error`, buttons `.messager-button`); $.messager.show() slides in
// a `.messager-body` window at the corner. The title sits in the panel header above the body.
const messager: ErrorSurface = {
  id: 'easyui-messager',
  surface: 'dialog',
  selector: '.messager-body',
  textOf: (el) => {
    const panel = el.closest('.panel') ?? el.parentElement;
    const body = textIn(el, { skip: '.messager-button, .messager-icon, input' });
    return titled(panel ? textOfPart(panel, '.panel-title') : '', body);
  },
  anchorOf: (el) => el.closest('.panel') ?? el,
};

export const kit: Kit = {
  surfaces: [messager],
  dialogs: ['.messager-window', '.window'],
  tabs: [{ item: '.tabs-header .tabs > li', active: '.tabs-selected' }],
};

export const about: KitAbout = {
  id: 'easyui',
  name: 'jQuery EasyUI',
  source:
    'jQuery EasyUI jquery.messager.js / themes/default/easyui.css (messager-body, messager-window, panel-title, tabs-selected)',
};

export const examples: readonly KitExample[] = [
  {
    surfaceId: 'easyui-messager',
    markup:
      '<div class="panel window panel-htop messager-window" style="display:block"><div class="panel-header panel-header-noborder window-header">' +
      '<div class="panel-title">提示</div><div class="panel-tool"><a class="panel-tool-close"></a></div></div>' +
      '<div class="messager-body panel-body panel-body-noborder window-body"><div class="messager-icon messager-error"></div>' +
      '<div>用户名或密码错误！</div><div style="clear:both;"></div><div class="dialog-button messager-button"><a class="l-btn">确定</a></div></div></div>',
    text: '提示 用户名或密码错误！',
  },
];
