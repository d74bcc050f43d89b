import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { FORM_CONTROLS, textOfPart, titled } from './text';

// artDialog: v6 renders `<div i="dialog" class="ui-dialog">` with `.ui-dialog-title` / `.ui-dialog-content`
// (jQuery UI's dialog shares the prefix but carries .ui-widget, see jquery-ui.ts); v5 uses `d-` names
// (`.d-outer`, `.d-title`, `.d-content`), v4 `aui_` names (`.aui_outer`, `.aui_title`, `.aui_content`).
const dialog: ErrorSurface = {
  id: 'artdialog',
  surface: 'dialog',
  selector: '.ui-dialog:not(.ui-widget), .d-outer, .aui_outer',
  textOf: (el) => {
    if (el.querySelector(FORM_CONTROLS)) return '';
    const title = textOfPart(el, '.ui-dialog-title, .d-title, .aui_title');
    return titled(title, textOfPart(el, '.ui-dialog-content, .d-content, .aui_content'));
  },
};

export const kit: Kit = {
  surfaces: [dialog],
  dialogs: ['.ui-dialog', '.d-outer', '.aui_outer'],
};

export const about: KitAbout = {
  id: 'artdialog',
  name: 'artDialog',
  source: 'aui/artDialog src/dialog-config.js (ui-dialog template), source/artDialog.js (d- template)',
};

export const examples: readonly KitExample[] = [
  {
    surfaceId: 'artdialog',
    markup:
      '<div class="ui-popup ui-popup-modal ui-popup-show"><div i="dialog" class="ui-dialog"><table class="ui-dialog-grid"><tbody>' +
      '<tr><td i="header" class="ui-dialog-header"><button i="close" class="ui-dialog-close">×</button><div i="title" class="ui-dialog-title">系统提示</div></td></tr>' +
      '<tr><td i="body" class="ui-dialog-body"><div i="content" class="ui-dialog-content">校验码错误，请重新输入</div></td></tr>' +
      '<tr><td i="footer" class="ui-dialog-footer"><div i="button" class="ui-dialog-button"><button>确定</button></div></td></tr>' +
      '</tbody></table></div></div>',
    text: '系统提示 校验码错误，请重新输入',
  },
];
