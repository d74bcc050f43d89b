import { kit as antDesign } from './ant-design';
import { kit as aria } from './aria';
import { kit as artdialog } from './artdialog';
import { kit as bootstrap } from './bootstrap';
import { kit as easyui } from './easyui';
import { kit as elementUi } from './element-ui';
import { kit as inlineError } from './inline-error';
import { kit as iview } from './iview';
import { kit as jqueryUi } from './jquery-ui';
import { kit as layui } from './layui';
import { kit as maintenancePage } from './maintenance-page';
import { kit as sweetalert2 } from './sweetalert2';
import { kit as toastr } from './toastr';
import { kit as zui } from './zui';
import type { ErrorSurface, Kit, KitTabs } from './types';

export type { ErrorSurface, Kit } from './types';

/**
 * Every UI kit the content script knows, in priority order: the kits first, then hand-made inline errors, then
 * generic ARIA regions, then the whole-page notice. Add a kit by adding one file in this folder and listing it here;
 * tests/unit/content/kits.test.ts fails for a file that is not listed and runs every kit's examples.
 */
export const KITS: readonly Kit[] = [
  elementUi,
  layui,
  antDesign,
  iview,
  sweetalert2,
  toastr,
  easyui,
  artdialog,
  jqueryUi,
  zui,
  bootstrap,
  inlineError,
  aria,
  maintenancePage,
];

/** The watcher's surfaces, in priority order. */
export const SURFACES: readonly ErrorSurface[] = KITS.flatMap((k) => k.surfaces);

/** Containers of a whole dialog, of every kit (one selector). */
export const DIALOG_SELECTOR: string = KITS.flatMap((k) => k.dialogs ?? []).join(', ');

/** Login-mode tabs of every kit. */
export const TABS: readonly KitTabs[] = KITS.flatMap((k) => k.tabs ?? []);
