import { COLLECT_LIMITS } from '../core/page-limits';
import type { FieldDescription, PageSnapshot } from '../core/snapshot';
import { DIALOG_SELECTOR, TABS } from './kits';
import { walkPage } from './snapshot-walk';

/**
 * The parts of a PageSnapshot and how each is read from the page: the page's structure, never what the user typed.
 * No field's `.value` is read, ever (password, PIN, SMS and captcha values stay in the page); labels come from
 * attributes and label text. Every loop is bounded, each part stops looking once it has enough (cap first, then
 * work), and visibility is checked only on candidate nodes. Each part names the elements it reads (`selector`) so a
 * mutation elsewhere leaves it as it was (./snapshot-dirty.ts).
 */

const LIMITS = {
  ...COLLECT_LIMITS,
  nodes: 30_000, // elements and text nodes visited for one subtree's text
} as const;

const SKIPPED_INPUT_TYPES = new Set([
  'hidden',
  'submit',
  'button',
  'image',
  'reset',
  'checkbox',
  'radio',
  'file',
  'range',
  'color',
]);
const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'reset']);
const SKIPPED_TEXT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'svg',
  'canvas',
  'iframe',
  'object',
]);
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Login-mode tabs and dialog containers come from the UI kits (src/content/kits). */
export const TAB_SELECTOR = TABS.map((t) => t.item).join(',');
const QR_SELECTOR =
  '#qrcodeDiv,[id*="qrcode"],[id*="qrCode"],[id*="QRCode"],[class*="qrcode"],[class*="qrCode"],[class*="qr-code"],img[alt*="二维码"],img[src*="qrcode"],canvas[class*="qr"]';
const TEXT_REGION_SELECTOR =
  'form,.el-form,[class*="login"],[id*="login"],[class*="Login"],h1,h2,h3,header,[class*="header"],[class*="user"],[class*="welcome"],[role="alert"],.el-form-item__error';
const FORM_ITEM = '.el-form-item,.layui-form-item,.form-group,.ant-form-item';
export const BUTTON_SELECTOR = 'button,input[type="submit"],input[type="button"],input[type="reset"],[role="button"],a';
const FIELD_SELECTOR = 'input,select,textarea';
const LABEL_SELECTOR = 'label[for]';
const SCRIPT_SELECTOR = 'script[src]';
const PLUGIN_SELECTOR = 'object,embed';

/**
 * The page's document, with the same-origin frames and open shadow roots its form may sit in, and what one walk
 * over them found for each selector the parts read (./snapshot-walk.ts).
 */
export interface Scope {
  doc: Document;
  roots: readonly ParentNode[];
  found?: ReadonlyMap<string, readonly Element[]>;
}

export function fold(text: string | null | undefined, max: number): string {
  if (!text) return '';
  const bounded = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const folded = bounded.replace(/\s+/g, ' ').trim();
  return folded.length > max ? folded.slice(0, max) : folded;
}

/** checkVisibility where the browser has it (Chrome 105+); the layout box otherwise (older Chromium cores). */
function isVisible(el: Element): boolean {
  // The UA stylesheet hides [hidden]; checked directly too, for engines without it (happy-dom in the tests).
  if (el.closest('[hidden]')) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el, { checkOpacity: true, checkVisibilityCSS: true });
  return el.getClientRects().length > 0;
}

/** The first LIMITS.scan matches of `selector` in the page, in document order, as the walk found them. */
function take(scope: Scope, selector: string): readonly Element[] {
  return scope.found?.get(selector) ?? walkPage(scope.doc, [selector]).found.get(selector) ?? [];
}

/**
 * Text of a subtree from its text nodes, skipping scripts, styles, textareas and `hidden` subtrees; bounded. It
 * moves from node to node (first child, next sibling, parent) rather than stacking each element's children, so a
 * list of 10,000 rows costs the rows it reads before the bounds, not all of them.
 */
function textOf(root: Element, max: number): string {
  let out = '';
  let texts = 0;
  let visited = 1;
  // Folding shrinks whitespace: once the raw text is long enough it is folded, and reading stops when the folded
  // text fills `max` (the same first `max` characters as reading on would give).
  let check = max;
  let node: Node | null = root.firstChild;
  while (node && texts < LIMITS.textNodes && visited < LIMITS.nodes && out.length < max * 4) {
    visited++;
    const type = node.nodeType;
    if (type === 3) {
      texts++;
      out += ` ${node.nodeValue ?? ''}`;
      if (out.length >= check) {
        const folded = fold(out, max);
        if (folded.length >= max) return folded;
        check = out.length + max - folded.length + 16;
      }
    } else if (type === 1 && node.firstChild && !hidesText(node as Element)) {
      node = node.firstChild;
      continue;
    }
    node = nextAfter(node, root);
  }
  return fold(out, max);
}

/** The node after `node`'s subtree inside `root`, or null (no walker object: this runs for every button too). */
function nextAfter(node: Node | null, root: Node): Node | null {
  for (let at = node; at && at !== root; at = at.parentNode) {
    const next = at.nextSibling;
    if (next) return next;
  }
  return null;
}

function hidesText(el: Element): boolean {
  if (SKIPPED_TEXT_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return Boolean(style && HIDING_STYLE.test(style));
}

function labelOf(el: Element, labels: readonly Element[]): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const aria = el.getAttribute('aria-label');
  if (aria) return fold(aria, LIMITS.label);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const target = root.getElementById(labelledBy.split(/\s+/)[0] ?? '');
    if (target) return textOf(target, LIMITS.label);
  }
  const id = el.getAttribute('id');
  if (id) {
    for (const label of labels) {
      if (label.getAttribute('for') === id && label.getRootNode() === root) return textOf(label, LIMITS.label);
    }
  }
  const wrapping = el.closest('label');
  if (wrapping) return textOf(wrapping, LIMITS.label);
  // Element UI / layui put the label beside the control inside a form item.
  const itemLabel = el
    .closest(FORM_ITEM)
    ?.querySelector('.el-form-item__label, .layui-form-label, label, .ant-form-item-label');
  return itemLabel ? textOf(itemLabel, LIMITS.label) : '';
}

function collectFields(scope: Scope): FieldDescription[] {
  const fields: FieldDescription[] = [];
  const labels = take(scope, LABEL_SELECTOR);
  for (const el of take(scope, FIELD_SELECTOR)) {
    if (fields.length >= LIMITS.fields) break;
    const tag = el.tagName.toLowerCase();
    const type = tag === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : tag;
    if ((tag === 'input' && SKIPPED_INPUT_TYPES.has(type)) || !isVisible(el)) continue;
    const attr = (name: string) => fold(el.getAttribute(name), LIMITS.label);
    fields.push({
      tag,
      type,
      name: attr('name'),
      id: attr('id'),
      placeholder: attr('placeholder'),
      label: labelOf(el, labels),
      autocomplete: attr('autocomplete'),
    });
  }
  return fields;
}

function buttonText(el: Element): string {
  if (el.tagName === 'INPUT') {
    // A button input's caption is its value attribute; only button types are read, never a field.
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return BUTTON_INPUT_TYPES.has(type) ? fold(el.getAttribute('value'), LIMITS.button) : '';
  }
  // a link holding one long unbroken text is navigation (most links of a big page): no need to fold it to tell
  const only = el.firstChild;
  if (el.localName === 'a' && only && only === el.lastChild && only.nodeType === 3) {
    const raw = only.nodeValue ?? '';
    if (raw.length > 10 && !/\s/.test(raw)) return '';
  }
  const text =
    textOf(el, LIMITS.button) || fold(el.getAttribute('aria-label') ?? el.getAttribute('title'), LIMITS.button);
  // Links count as buttons only when short (退出, 登录, 忘记密码), not as navigation text.
  return el.tagName === 'A' && text.length > 10 ? '' : text;
}

function collectButtons(scope: Scope): string[] {
  const out = new Set<string>();
  for (const el of take(scope, BUTTON_SELECTOR)) {
    if (out.size >= LIMITS.buttons) break;
    const text = buttonText(el);
    if (text && !out.has(text) && isVisible(el)) out.add(text);
  }
  return [...out];
}

function collectTabs(scope: Scope): { label: string; active: boolean }[] {
  const out: { label: string; active: boolean }[] = [];
  for (const el of take(scope, TAB_SELECTOR)) {
    if (out.length >= LIMITS.tabs) break;
    const label = textOf(el, LIMITS.tab);
    // the kit's own active marker on the tab, or any kit's (hand-made tabs borrow class names freely)
    if (label && isVisible(el)) out.push({ label, active: TABS.some((t) => el.matches(t.active)) });
  }
  return out;
}

function collectDialogs(scope: Scope): string[] {
  const out: string[] = [];
  const taken: Element[] = [];
  for (const el of take(scope, DIALOG_SELECTOR)) {
    if (out.length >= LIMITS.dialogs) break;
    if (taken.some((t) => t.contains(el)) || !isVisible(el)) continue;
    taken.push(el);
    const aria = fold(el.getAttribute('aria-label'), LIMITS.label);
    const text = textOf(el, LIMITS.dialog);
    const both = aria && !text.startsWith(aria) ? `${aria} ${text}` : text;
    if (both) out.push(both.slice(0, LIMITS.dialog));
  }
  return out;
}

/**
 * The names the page's scripts and plug-ins carry, of which the background keeps the CA clients' markers
 * (src/core/recognise/ca-markers.ts: the list stays out of the page bundle). A script's file name only: the path,
 * query and fragment (which may carry tokens) stay in the page. Bounded in count and length.
 */
function collectCaMarkers(scope: Scope): string[] {
  const found = new Set<string>();
  for (const script of take(scope, SCRIPT_SELECTOR).slice(0, LIMITS.scripts)) {
    const file = (script.getAttribute('src')!.split(/[?#]/)[0] ?? '').split('/').pop() ?? '';
    if (file) found.add(`script:${file.slice(0, LIMITS.label)}`);
  }
  for (const el of take(scope, PLUGIN_SELECTOR)) {
    if (found.size >= LIMITS.caNames) break;
    const classid = (el.getAttribute('classid') ?? '').replace(/^clsid:/i, '').toUpperCase();
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (classid) found.add(`clsid:${classid.slice(0, LIMITS.label)}`);
    if (type) found.add(`mime:${type.slice(0, LIMITS.label)}`);
  }
  return [...found].slice(0, LIMITS.caNames);
}

function collectText(scope: Scope): string {
  const parts: string[] = [];
  const taken: Element[] = [];
  let total = 0;
  for (const el of take(scope, TEXT_REGION_SELECTOR)) {
    if (total >= LIMITS.text) break;
    if (taken.some((t) => t.contains(el)) || !isVisible(el)) continue;
    taken.push(el);
    const text = textOf(el, Math.min(LIMITS.regionText, LIMITS.text - total));
    if (text) {
      parts.push(text);
      total += text.length + 1;
    }
  }
  // Pages without recognisable regions: the start of the body instead (it contains those few regions).
  const body = scope.doc.body;
  if (total < 200 && body) {
    const text = textOf(body, LIMITS.regionText);
    if (text.length > total) return text;
  }
  return fold(parts.join(' '), LIMITS.text);
}

/** The parts a snapshot is made of, besides its url and title. */
export type PartKey = Exclude<keyof PageSnapshot, 'url' | 'title'>;

export interface Part {
  key: PartKey;
  /** the elements the part reads: a mutation at, inside or around none of them leaves the part as it was */
  selector: string;
  /** the selector lists `read` takes its elements from (the walk looks for these) */
  reads: readonly string[];
  read(scope: Scope): PageSnapshot[PartKey];
}

/** A mutation around a tab list's child (`.tabs > li`) shows at the list: the containers count as the tabs' too. */
const tabContainers = TABS.flatMap((t) => t.item.split(','))
  .filter((s) => s.includes('>'))
  .map((s) => s.slice(0, s.lastIndexOf('>')).trim());

export const PARTS: readonly Part[] = [
  { key: 'text', selector: TEXT_REGION_SELECTOR, reads: [TEXT_REGION_SELECTOR], read: collectText },
  {
    key: 'fields',
    selector: `input,select,textarea,label,${FORM_ITEM}`,
    reads: [FIELD_SELECTOR, LABEL_SELECTOR],
    read: collectFields,
  },
  { key: 'buttons', selector: BUTTON_SELECTOR, reads: [BUTTON_SELECTOR], read: collectButtons },
  { key: 'tabs', selector: [TAB_SELECTOR, ...tabContainers].join(','), reads: [TAB_SELECTOR], read: collectTabs },
  { key: 'dialogs', selector: DIALOG_SELECTOR, reads: [DIALOG_SELECTOR], read: collectDialogs },
  {
    key: 'hasQrCode',
    selector: QR_SELECTOR,
    reads: [QR_SELECTOR],
    read: (scope) => take(scope, QR_SELECTOR).some(isVisible),
  },
  {
    key: 'caMarkers',
    selector: 'script,object,embed',
    reads: [SCRIPT_SELECTOR, PLUGIN_SELECTOR],
    read: collectCaMarkers,
  },
];
