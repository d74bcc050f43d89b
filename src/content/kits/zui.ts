import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { textOfPart } from './text';

// ZUI (easysoft, a Bootstrap fork): $.zui.messager renders `.messager.messager-<type>` with `.messager-content`.
// Its modals are Bootstrap's `.modal-dialog` (bootstrap.ts reads them).
const messager: ErrorSurface = {
  id: 'zui-messager',
  surface: 'toast',
  selector: '.messager:not(.messager-success)',
  textOf: (el) => textOfPart(el, '.messager-content', { skip: 'i' }),
};

export const kit: Kit = {
  surfaces: [messager],
};

export const about: KitAbout = {
  id: 'zui',
  name: 'ZUI',
  source: 'easysoft/zui src/js/messager.js (template messager messager-{type}, messager-content)',
};

export const examples: readonly KitExample[] = [
  {
    surfaceId: 'zui-messager',
    markup:
      '<div class="messager messager-danger top fade scale in" id="messager-0"><div class="messager-content">' +
      '<i class="icon-exclamation-sign icon"></i> 账号不存在或未激活</div>' +
      '<div class="messager-actions"><button type="button" class="close action">×</button></div></div>',
    text: '账号不存在或未激活',
  },
];
