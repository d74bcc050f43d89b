import type { HintContent, Surface } from '../core/diagnose/types';
import type { HintHandle, MuteScope } from './hint';
import { type HintUi, hintUi, hintUiNow } from './hint-ui';
import { send } from './messaging';
import { onAbort } from './on-abort';

/** Errors that vanish by design (a toast after 3 s, a native alert once closed): their hint stays to be read. */
const TRANSIENT: ReadonlySet<Surface> = new Set(['toast', 'alert']);

export interface ShownError {
  anchor: Element | null;
  surface: Surface | null;
  /** from a snapshot answer (the look-alike warning), not from an error on the page */
  fromSnapshot: boolean;
}

/**
 * The hint's lifecycle on this page: one hint at a time; a new error replaces it; it goes when its error goes (unless
 * the user has started using it) and when the page moves on (route change, logged in). Whenever it goes without the
 * user, the background hears `gone`, so the badge and the popup's findings clear with it.
 */
export function hintSession(signal: AbortSignal) {
  let hint: HintHandle | null = null;
  /** what the hint shows now (an update may have replaced the categories it opened with) */
  let shown: HintContent | null = null;
  let fromSnapshot = false;
  /** the look-alike warning comes with every snapshot; once closed it stays closed on this page */
  let pageWarningClosed = false;
  let stopFollowing: (() => void) | null = null;
  /** counts shows and clears: a show still waiting for the hint's code (./hint-ui.ts) draws only if it is the last */
  let turn = 0;

  function close(action: 'dismissed' | 'not-helpful' | 'gone', scope?: MuteScope): void {
    stopFollowing?.();
    stopFollowing = null;
    hint?.remove();
    hint = null;
    if (fromSnapshot && action !== 'gone') pageWarningClosed = true;
    if (shown) void send({ type: 'hint-feedback', action, categories: shown.categories, ...(scope ? { scope } : {}) });
    shown = null;
  }

  function show(content: HintContent, error: ShownError): void {
    if (signal.aborted || (error.fromSnapshot && pageWarningClosed)) return;
    shown = content;
    fromSnapshot = error.fromSnapshot;
    const mine = ++turn;
    const ui = hintUiNow();
    if (ui) draw(ui, content, error);
    // the first hint of this frame: its code is on its way from the background
    else void hintUi().then((loaded) => loaded && mine === turn && !signal.aborted && draw(loaded, content, error));
  }

  function draw(ui: HintUi, content: HintContent, error: ShownError): void {
    if (hint?.isShown()) hint.update(content, error.anchor);
    else {
      hint = ui.showHint(content, error.anchor, {
        onDismiss: () => close('dismissed'),
        onNotHelpful: (scope) => close('not-helpful', scope),
      });
    }
    stopFollowing?.();
    stopFollowing = null;
    const anchor = error.anchor;
    if (anchor && error.surface && !TRANSIENT.has(error.surface) && error.surface !== 'page') {
      stopFollowing = ui.followError(
        anchor,
        () => {
          if (hint && !hint.touched()) close('gone');
        },
        signal,
      );
    }
  }

  /** The page moved on (another route, logged in): the hint and what it said are over. */
  function clear(): void {
    turn += 1;
    if (hint || shown) close('gone');
  }

  onAbort(signal, () => {
    stopFollowing?.();
    hint?.remove();
    hint = null;
  });
  return { show, clear };
}
