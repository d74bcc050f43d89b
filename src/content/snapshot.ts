import { CA_MARKERS } from '../core/recognise/ca-markers';
import type { FieldDescription, PageSnapshot } from '../core/snapshot';
import { COLLECT_LIMITS as LIMITS } from '../core/page-limits';
import { DIALOG_SELECTOR, TABS } from './kits';
import { snapshotRoots } from './snapshot-roots';

/**
 * Collects a PageSnapshot: the page's structure, never what the user typed. No field's `.value` is read, ever
 * (password, PIN, SMS and captcha values stay in the page); labels come from attributes and label text.
 * Every loop is bounded and visibility is checked only on candidate nodes.
 */

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'checkbox', 'radio', 'file', 'range', 'color']);
const BUTTON_INPUT_TYPES = new Set(['submit', 'button', 'reset']);
const SKIPPED_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);

/** Login-mode tabs and dialog containers come from the UI kits (src/content/kits). */
const TAB_SELECTOR = TABS.map((t) => t.item).join(',');
const QR_SELECTOR = [
  '#qrcodeDiv', '[id*="qrcode"]', '[id*="qrCode"]', '[id*="QRCode"]', '[class*="qrcode"]', '[class*="qrCode"]', '[class*="qr-code"]',
  'img[alt*="二维码"]', 'img[src*="qrcode"]', 'canvas[class*="qr"]',
].join(',');
const TEXT_REGION_SELECTOR = [
  'form', '.el-form', '[class*="login"]', '[id*="login"]', '[class*="Login"]', 'h1', 'h2', 'h3', 'header', '[class*="header"]',
  '[class*="user"]', '[class*="welcome"]', '[role="alert"]', '.el-form-item__error',
].join(',');

function fold(text: string | null | undefined, max: number): string {
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

/** The page's document, with the same-origin frames and open shadow roots its form may sit in. */
interface Scope {
  doc: Document;
  roots: readonly ParentNode[];
}

function take(scope: Scope, selector: string): Element[] {
  const out: Element[] = [];
  for (const root of scope.roots) {
    const list = root.querySelectorAll(selector);
    const n = Math.min(list.length, LIMITS.scan - out.length);
    for (let i = 0; i < n; i++) out.push(list[i]!);
    if (out.length >= LIMITS.scan) break;
  }
  return out;
}

/** Text of a subtree from its text nodes, skipping scripts, styles, textareas and `hidden` subtrees; bounded. */
function textOf(root: Element, max: number): string {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node: Node): number {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (SKIPPED_TEXT_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 2; // REJECT subtree
        const style = el.getAttribute('style');
        if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 2;
        return 3; // SKIP the element itself, visit children
      }
      return 1;
    },
  });
  let out = '';
  let nodes = 0;
  for (let node = walker.nextNode(); node && nodes < LIMITS.textNodes && out.length < max * 2; node = walker.nextNode()) {
    nodes++;
    if (node.nodeType === 3) out += ` ${node.nodeValue ?? ''}`;
  }
  return fold(out, max);
}

function labelOf(el: Element): string {
  const doc = el.getRootNode() as Document | ShadowRoot;
  const here: Scope = { doc: el.ownerDocument, roots: [doc] };
  const aria = el.getAttribute('aria-label');
  if (aria) return fold(aria, LIMITS.label);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const target = doc.getElementById(labelledBy.split(/\s+/)[0] ?? '');
    if (target) return textOf(target, LIMITS.label);
  }
  const id = el.getAttribute('id');
  if (id) {
    for (const label of take(here, 'label[for]')) {
      if (label.getAttribute('for') === id) return textOf(label, LIMITS.label);
    }
  }
  const wrapping = el.closest('label');
  if (wrapping) return textOf(wrapping, LIMITS.label);
  // Element UI / layui put the label beside the control inside a form item.
  const item = el.closest('.el-form-item, .layui-form-item, .form-group, .ant-form-item');
  const itemLabel = item?.querySelector('.el-form-item__label, .layui-form-label, label, .ant-form-item-label');
  return itemLabel ? textOf(itemLabel, LIMITS.label) : '';
}

function collectFields(scope: Scope): FieldDescription[] {
  const fields: FieldDescription[] = [];
  for (const el of take(scope, 'input, select, textarea')) {
    if (fields.length >= LIMITS.fields) break;
    const tag = el.tagName.toLowerCase();
    const type = tag === 'input' ? (el.getAttribute('type') ?? 'text').toLowerCase() : tag;
    if (tag === 'input' && SKIPPED_INPUT_TYPES.has(type)) continue;
    if (!isVisible(el)) continue;
    fields.push({
      tag,
      type,
      name: fold(el.getAttribute('name'), LIMITS.label),
      id: fold(el.getAttribute('id'), LIMITS.label),
      placeholder: fold(el.getAttribute('placeholder'), LIMITS.label),
      label: labelOf(el),
      autocomplete: fold(el.getAttribute('autocomplete'), LIMITS.label),
    });
  }
  return fields;
}

function collectButtons(scope: Scope): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const el of take(scope, 'button, input[type="submit"], input[type="button"], input[type="reset"], [role="button"], a')) {
    if (out.length >= LIMITS.buttons) break;
    let text: string;
    if (el.tagName === 'INPUT') {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      // A button input's caption is its value attribute; only button types are read, never a field.
      text = BUTTON_INPUT_TYPES.has(type) ? fold(el.getAttribute('value'), LIMITS.button) : '';
    } else {
      text = textOf(el, LIMITS.button) || fold(el.getAttribute('aria-label') ?? el.getAttribute('title'), LIMITS.button);
      // Links count as buttons only when short (退出, 登录, 忘记密码), not as navigation text.
      if (el.tagName === 'A' && text.length > 10) continue;
    }
    if (!text || seen.has(text) || !isVisible(el)) continue;
    seen.add(text);
    out.push(text);
  }
  return out;
}

/** The kit's own active marker on the tab, or any kit's (hand-made tabs borrow class names freely). */
function isActiveTab(el: Element): boolean {
  return TABS.some((t) => el.matches(t.active));
}

function collectTabs(scope: Scope): { label: string; active: boolean }[] {
  const out: { label: string; active: boolean }[] = [];
  for (const el of take(scope, TAB_SELECTOR)) {
    if (out.length >= LIMITS.tabs) break;
    const label = textOf(el, LIMITS.tab);
    if (!label || !isVisible(el)) continue;
    const active = isActiveTab(el);
    out.push({ label, active });
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

function anyVisible(scope: Scope, selector: string): boolean {
  return take(scope, selector).some(isVisible);
}

function collectCaMarkers(scope: Scope): string[] {
  const found = new Set<string>();
  const scripts = take(scope, 'script[src]');
  for (let i = 0; i < Math.min(scripts.length, LIMITS.scripts); i++) {
    const src = scripts[i]?.getAttribute('src');
    if (!src) continue;
    const file = (src.split(/[?#]/)[0] ?? '').split('/').pop() ?? '';
    const lower = file.toLowerCase();
    if (CA_MARKERS.some((m) => m.type === 'script' && lower.includes(m.value))) found.add(`script:${file.slice(0, 60)}`);
  }
  for (const el of take(scope, 'object, embed')) {
    const classid = (el.getAttribute('classid') ?? '').replace(/^clsid:/i, '').toUpperCase();
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (classid && CA_MARKERS.some((m) => m.type === 'clsid' && m.value === classid)) found.add(`clsid:${classid}`);
    if (type && CA_MARKERS.some((m) => m.type === 'mime' && m.value === type)) found.add(`mime:${type}`);
  }
  return [...found].slice(0, 20);
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

export function collectSnapshot(doc: Document, url: string): PageSnapshot {
  const scope: Scope = { doc, roots: snapshotRoots(doc) };
  return {
    url,
    title: fold(doc.title, 200),
    text: collectText(scope),
    fields: collectFields(scope),
    buttons: collectButtons(scope),
    tabs: collectTabs(scope),
    dialogs: collectDialogs(scope),
    hasQrCode: anyVisible(scope, QR_SELECTOR),
    caMarkers: collectCaMarkers(scope),
  };
}
