import type { ErrorSurface } from './types';
import { textOfPart, titled } from './text';

// layui's `layer`: layer.msg() gives `.layui-layer.layui-layer-dialog.layui-layer-msg` (no title, closes itself),
// layer.alert()/confirm() a `.layui-layer-dialog` with `.layui-layer-title`, layer.tips() `.layui-layer-tips`.
// Page layers (`.layui-layer-page`, custom HTML such as a whole login form) and iframe layers are not messages.

export const layuiMessage: ErrorSurface = {
  id: 'layui-msg',
  surface: 'toast',
  selector: '.layui-layer-msg, .layui-layer-tips',
  textOf: (el) => textOfPart(el, '.layui-layer-content', { skip: '.layui-layer-TipsG' }),
};

export const layuiDialog: ErrorSurface = {
  id: 'layui-dialog',
  surface: 'dialog',
  selector: '.layui-layer-dialog:not(.layui-layer-msg)',
  textOf: (el) => titled(textOfPart(el, '.layui-layer-title'), textOfPart(el, '.layui-layer-content')),
};

export const layui: readonly ErrorSurface[] = [layuiMessage, layuiDialog];
