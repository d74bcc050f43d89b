import type { ErrorSurface, Kit, KitAbout, KitExample } from './types';
import { textIn } from './text';

/** A page whose whole text is shorter than this, with no form, is a notice page rather than an application. */
export const NOTICE_PAGE_MAX_CHARS = 600;

// Maintenance / upgrade / 503 pages are bare: a heading and two sentences, no form. The test is structural and
// cheap (one querySelector, a text walk that stops early); the keywords (维护/升级/503/暂停服务/系统繁忙) are the rules
// engine's business, so a short page without a matching rule simply yields no finding. The anchor is the notice's
// own text block, so the hint can sit beside it rather than on it.
const page: ErrorSurface = {
  id: 'maintenance-page',
  surface: 'page',
  selector: 'body',
  wholePage: true,
  textOf(el) {
    if (el.ownerDocument.querySelector('form, input, select, textarea, iframe, frameset')) return '';
    const text = textIn(el, { max: NOTICE_PAGE_MAX_CHARS + 1 });
    return text.length > NOTICE_PAGE_MAX_CHARS ? '' : text;
  },
  anchorOf: (el) => el,
};

export const kit: Kit = {
  surfaces: [page],
};

export const about: KitAbout = {
  id: 'maintenance-page',
  name: 'maintenance / notice page',
  source: 'tests/fixtures/sites (short notice pages without a form)',
};

export const examples: readonly KitExample[] = [
  {
    surfaceId: 'maintenance-page',
    markup: '<h1>系统升级维护公告</h1><p>系统正在升级维护，暂停服务，预计18:00恢复。</p>',
    text: '系统升级维护公告系统正在升级维护，暂停服务，预计18:00恢复。',
  },
];
