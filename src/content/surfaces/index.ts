import type { ErrorSurface } from './types';
import { antDesign } from './ant-design';
import { aria } from './aria';
import { bootstrap } from './bootstrap';
import { elementUi } from './element-ui';
import { inlineErrors } from './inline-error';
import { layui } from './layui';
import { maintenancePage } from './maintenance-page';

export type { ErrorSurface } from './types';

/**
 * Every error surface the content script watches, in priority order: UI-kit surfaces first, then hand-made inline
 * errors, then generic live regions, then the whole-page notice. Add a surface by adding a module and listing it
 * here; tests/unit/content/surfaces.test.ts checks that every entry has a test case.
 */
export const SURFACES: readonly ErrorSurface[] = [
  ...elementUi,
  ...layui,
  ...antDesign,
  ...bootstrap,
  ...inlineErrors,
  ...aria,
  maintenancePage,
];
