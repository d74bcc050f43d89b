import type { HintContent } from '../../core/diagnose/types';
import { clickGuard } from './click-guard';
import { copyText } from './copy';
import { surroundings } from './around';
import { guardedHost } from './host';
import { placeHint } from './place';
import { followViewport } from './viewport';
import { pageScheme } from './scheme';

export { HINT_HOST_ATTRIBUTE } from './attribute';

export interface HintCallbacks {
  onDismiss(): void;
  onNotHelpful(): void;
  /** called with the diagnostic text when the user presses "复制诊断信息" (the hint copies it itself) */
  onCopy(text: string): void;
}

export interface HintHandle {
  /** replaces the content (and, when given, the anchor); the panel stays where focus and screen readers have it */
  update(content: HintContent, anchor?: Element | null): void;
  /** removes the hint; safe to call more than once */
  remove(): void;
  /** false once the hint was removed: by the user, by remove(), or because the page kept fighting it */
  isShown(): boolean;
  /** the user has clicked, typed or tabbed into the hint */
  touched(): boolean;
}

const COPIED_FEEDBACK_MS = 2000;

let current: HintHandle | null = null;

/**
 * Shows the inline hint next to `anchor` (docked at the top of the viewport when there is none or no room).
 * One hint per page: showing a new one removes the previous one.
 *
 * The host resists page tampering (./host.ts); the panel keeps clear of the error, its dialog and the form
 * (./around.ts, ./place.ts). All text goes in through textContent: page messages are hostile.
 */
export function showHint(content: HintContent, anchor: Element | null, callbacks: HintCallbacks): HintHandle {
  current?.remove();
  const doc = anchor?.ownerDocument ?? document;
  const win = doc.defaultView ?? window;
  let anchorEl = anchor;
  let shown = content;
  let removed = false;
  const guarded = guardedHost(doc, () => remove());
  const { host, root } = guarded;
  const panel = doc.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-live', 'polite');
  root.append(panel);
  // a click counts only where the user could see what they clicked (click-guard.ts)
  const clicks = clickGuard(host, panel, win);
  const onClick = (action: () => void) => (event: Event) => {
    if (clicks.accepts(event)) action();
  };

  const render = (next: HintContent): void => {
    shown = next;
    const labels = next.labels;
    panel.setAttribute('aria-label', labels.region);
    panel.setAttribute('lang', next.lang);
    panel.dataset['scheme'] = pageScheme(doc);

    const title = el(doc, 'h2', 'title', next.title);
    const close = el(doc, 'button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', labels.dismiss);
    close.title = labels.dismiss;
    close.addEventListener('click', onClick(dismiss));
    const head = el(doc, 'div', 'head');
    head.append(title, close);

    const parts: Node[] = [head];
    if (next.message) parts.push(el(doc, 'blockquote', 'quote', next.message));
    if (next.explanation) parts.push(el(doc, 'p', 'explanation', next.explanation));
    if (next.warning) {
      const warning = el(doc, 'p', 'warning');
      warning.append(el(doc, 'strong', '', next.warning));
      parts.push(warning);
    }
    if (next.steps.length > 0) {
      parts.push(el(doc, 'h3', 'steps-heading', labels.stepsHeading));
      const list = el(doc, 'ol', 'steps');
      for (const step of next.steps) list.append(el(doc, 'li', '', step));
      parts.push(list);
    }

    const copy = el(doc, 'button', 'copy', labels.copy);
    copy.type = 'button';
    copy.addEventListener('click', onClick(() => {
      const text = shown.diagnostic;
      callbacks.onCopy(text);
      void copyText(text, root, doc).then((ok) => {
        if (!ok || removed || !copy.isConnected) return;
        copy.textContent = shown.labels.copied;
        win.setTimeout(() => {
          if (copy.isConnected) copy.textContent = shown.labels.copy;
        }, COPIED_FEEDBACK_MS);
      });
    }));
    const notHelpful = el(doc, 'button', 'not-helpful', labels.notHelpful);
    notHelpful.type = 'button';
    notHelpful.addEventListener('click', onClick(() => {
      remove();
      callbacks.onNotHelpful();
    }));
    const actions = el(doc, 'div', 'actions');
    actions.append(copy, notHelpful);
    parts.push(actions);

    panel.replaceChildren(...parts);
    guarded.label(next.categories.join(' '));
  };

  function dismiss(): void {
    const hadFocus = root.activeElement !== null;
    remove();
    // keyboard users go back to where they were (the field they were typing in), not to the top of the page
    if (hadFocus && focusBefore?.isConnected) (focusBefore as HTMLElement).focus?.();
    callbacks.onDismiss();
  }

  const onKey = (event: Event): void => {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    event.stopPropagation();
    dismiss();
  };
  root.addEventListener('keydown', onKey);
  // once the user has clicked, typed or tabbed into the hint it is theirs: it no longer goes with its error
  let touched = false;
  let focusBefore: Element | null = doc.activeElement;
  const onTouch = (event: Event): void => {
    touched = true;
    const from = (event as FocusEvent).relatedTarget;
    if (event.type === 'focusin' && from instanceof Element && from !== host) focusBefore = from;
  };
  for (const type of ['pointerdown', 'keydown', 'focusin']) root.addEventListener(type, onTouch);

  const reposition = (): void => {
    if (removed) return;
    // a vanished toast keeps its last place: the hint must stay readable after the toast is gone
    if (anchorEl && !anchorEl.isConnected) return;
    const rect = host.getBoundingClientRect();
    guarded.place(placeHint(surroundings(anchorEl, doc, { width: rect.width || 360, height: rect.height || 240 })));
  };
  const viewport = followViewport(win, reposition);

  function remove(): void {
    if (removed) return;
    removed = true;
    viewport.stop();
    clicks.stop();
    root.removeEventListener('keydown', onKey);
    for (const type of ['pointerdown', 'keydown', 'focusin']) root.removeEventListener(type, onTouch);
    guarded.remove();
    if (current === handle) current = null;
  }

  render(content);
  guarded.attach();
  reposition();
  viewport.settleSoon();

  const handle: HintHandle = {
    update(next, nextAnchor) {
      if (removed) return;
      if (nextAnchor !== undefined) anchorEl = nextAnchor;
      render(next);
      guarded.followModal();
      reposition();
      viewport.settleSoon();
    },
    remove,
    isShown: () => !removed,
    touched: () => touched,
  };
  current = handle;
  return handle;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
