import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { textOfPart, titled } from './text';

// layui's `layer`: layer.msg() gives `.layui-layer.layui-layer-dialog.layui-layer-msg` (no title, closes itself),
// layer.alert()/confirm() a `.layui-layer-dialog` with `.layui-layer-title`, layer.tips() `.layui-layer-tips`.
// Page layers (`.layui-layer-page`, custom HTML such as a whole login form) and iframe layers are not messages.

const message: ErrorSurface = {
  id: 'layui-msg',
  surface: 'toast',
  selector: '.layui-layer-msg, .layui-layer-tips',
  textOf: (el) => textOfPart(el, '.layui-layer-content', { skip: '.layui-layer-TipsG' }),
};

const dialog: ErrorSurface = {
  id: 'layui-dialog',
  surface: 'dialog',
  selector: '.layui-layer-dialog:not(.layui-layer-msg)',
  textOf: (el) => titled(textOfPart(el, '.layui-layer-title'), textOfPart(el, '.layui-layer-content')),
};

export const kit: Kit = {
  surfaces: [message, dialog],
  dialogs: ['.layui-layer'],
  tabs: [{ item: '.layui-tab-title > li', active: '.layui-this' }],
};

export const about: KitAbout = {
  id: 'layui',
  name: 'layui (layer)',
  source:
    'layui/layui src/modules/layer.js (class names layui-layer-*), src/modules/element.js (layui-tab-title, layui-this)',
};

export const examples: readonly KitExample[] = [
  {
    surfaceId: 'layui-msg',
    markup:
      '<div class="layui-layer layui-layer-dialog layui-layer-border layui-layer-msg" type="dialog">' +
      '<div class="layui-layer-content">验证码错误，请重新输入</div><span class="layui-layer-setwin"></span></div>',
    text: '验证码错误，请重新输入',
  },
  {
    surfaceId: 'layui-dialog',
    markup:
      '<div class="layui-layer layui-layer-dialog"><div class="layui-layer-title">信息</div>' +
      '<div class="layui-layer-content layui-layer-padding"><i class="layui-layer-ico layui-layer-ico2"></i>用户名或密码错误</div>' +
      '<span class="layui-layer-setwin"><a class="layui-layer-close">×</a></span><div class="layui-layer-btn"><a>确定</a></div></div>',
    text: '信息 用户名或密码错误',
  },
];
