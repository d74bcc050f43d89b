import type { HintContent } from '../../core/diagnose/types';
import type { MuteScope } from './index';

/** What the panel's buttons do; each is called only for a click the user could see (click-guard.ts). */
export interface PanelActions {
  /** whether a click is the user's own, on a button they could see */
  accepts(event: Event): boolean;
  dismiss(): void;
  copy(button: HTMLButtonElement): void;
  notHelpful(scope: MuteScope): void;
  /** the panel changed size (the mute choice opened): place it again */
  relayout(): void;
}

/** The panel element in our shadow root: a live region, so screen readers hear a new hint. */
export function emptyPanel(root: ShadowRoot): HTMLElement {
  const panel = (root.host.ownerDocument ?? document).createElement('section');
  panel.className = 'panel';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-live', 'polite');
  root.append(panel);
  return panel;
}

/**
 * Draws the hint's content into `panel`: title, the page's message, explanation, warning, steps and the actions.
 * All text goes in through textContent: page messages are hostile.
 */
export function renderPanel(panel: HTMLElement, content: HintContent, actions: PanelActions): void {
  const doc = panel.ownerDocument;
  const { labels } = content;
  panel.setAttribute('aria-label', labels.region);
  panel.setAttribute('lang', content.lang);

  const close = button(doc, 'close', '×', actions.dismiss, actions.accepts);
  close.setAttribute('aria-label', labels.dismiss);
  close.title = labels.dismiss;
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'h2', 'title', content.title), close);

  const parts: Node[] = [head];
  if (content.message) parts.push(el(doc, 'blockquote', 'quote', content.message));
  if (content.explanation) parts.push(el(doc, 'p', 'explanation', content.explanation));
  if (content.warning) {
    const warning = el(doc, 'p', 'warning');
    warning.append(el(doc, 'strong', '', content.warning));
    parts.push(warning);
  }
  if (content.steps.length > 0) {
    parts.push(el(doc, 'h3', 'steps-heading', labels.stepsHeading));
    const list = el(doc, 'ol', 'steps');
    for (const step of content.steps) list.append(el(doc, 'li', '', step));
    parts.push(list);
  }
  parts.push(actionRow(doc, content, actions));
  panel.replaceChildren(...parts);
}

/** Copy and "not helpful"; "not helpful" first asks what to stop showing, so the label says what happens. */
function actionRow(doc: Document, content: HintContent, actions: PanelActions): HTMLElement {
  const { labels } = content;
  const row = el(doc, 'div', 'actions');
  const copy = button(doc, 'copy', labels.copy, () => actions.copy(copy), actions.accepts);
  const notHelpful = button(
    doc,
    'not-helpful',
    labels.notHelpful,
    () => {
      const question = el(doc, 'p', 'mute-question', labels.muteQuestion);
      question.id = 'mute-question';
      const kind = button(doc, 'mute-kind', labels.muteKind, () => actions.notHelpful('kind'), actions.accepts);
      const site = button(doc, 'mute-site', labels.muteSite, () => actions.notHelpful('site'), actions.accepts);
      const group = el(doc, 'div', 'mute');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-labelledby', question.id);
      group.append(question, kind, site);
      row.replaceChildren(copy, group);
      kind.focus();
      actions.relayout();
    },
    actions.accepts,
  );
  row.append(copy, notHelpful);
  return row;
}

function button(
  doc: Document,
  className: string,
  text: string,
  onClick: () => void,
  accepts: PanelActions['accepts'],
): HTMLButtonElement {
  const node = el(doc, 'button', className, text);
  node.type = 'button';
  node.addEventListener('click', (event) => {
    if (accepts(event)) onClick();
  });
  return node;
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
