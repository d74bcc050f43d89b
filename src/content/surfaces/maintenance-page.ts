import type { ErrorSurface } from './types';
import { textIn } from './text';

/** A page whose whole text is shorter than this, with no form, is a notice page rather than an application. */
export const NOTICE_PAGE_MAX_CHARS = 600;

// Maintenance / upgrade / 503 pages are bare: a heading and two sentences, no form. The test is structural and
// cheap (one querySelector, a text walk that stops early); the keywords (维护/升级/503/暂停服务/系统繁忙) are the rules
// engine's business, so a short page without a matching rule simply yields no finding.
export const maintenancePage: ErrorSurface = {
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
