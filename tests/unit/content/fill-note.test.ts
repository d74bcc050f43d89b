// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { watchFields } from '../../../src/content/fill/field-note';
import { noteText } from '../../../src/content/fill/note-view';
// the check and the note come with the hint's code, as the background injects it (src/content/hint-ui.ts)
import '../../../src/content/hint/ui';
import { withIdCheck, withUsccCheck } from '../ids/helpers';
import { HINT_HOST_ATTRIBUTE, HINT_HOST_SELECTOR } from '../../../src/content/hint/attribute';

const LOCALES = resolve(import.meta.dirname, '../../../public/_locales');
type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogue = (lang: string): Catalogue =>
  JSON.parse(readFileSync(resolve(LOCALES, lang, 'messages.json'), 'utf8')) as Catalogue;

/** chrome.i18n.getMessage over the shipped catalogue: `$COUNT$` placeholders take the substitution. */
const textsOf = (lang: string) => (key: string, substitution?: string) => {
  const entry = catalogue(lang)[key];
  if (!entry) throw new Error(`missing text ${key} in ${lang}`);
  return entry.message.replace(/\$[A-Z]+\$/g, () => substitution ?? '');
};

const CODE = withUsccCheck('91110000600037341');
const WRONG_CODE = CODE.slice(0, 17) + (CODE.at(-1) === '0' ? '1' : '0');
const ID = withIdCheck('11010519491001001');

const roots: ShadowRoot[] = [];
beforeAll(() => {
  const original = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  });
  watchFields(window, textsOf('zh_CN'));
});
afterAll(() => vi.restoreAllMocks());

function page(html: string): HTMLInputElement[] {
  for (const host of document.querySelectorAll(HINT_HOST_SELECTOR)) host.remove();
  document.body.innerHTML = html;
  return [...document.querySelectorAll('input')];
}

function leave(field: HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  field.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

const notes = () => [...document.querySelectorAll(HINT_HOST_SELECTOR)];
const noteOf = (host: Element) => roots.find((root) => root.host === host)!;

describe('on-page note under the field', () => {
  it('shows why a mistyped credit code cannot be right, in a closed shadow root, without the value', () => {
    const [field] = page('<input placeholder="统一社会信用代码/纳税人识别号">');
    leave(field!, WRONG_CODE);
    expect(notes().map((n) => n.getAttribute(HINT_HOST_ATTRIBUTE))).toEqual(['credit-code-wrong']);
    const root = noteOf(notes()[0]!);
    expect(root.mode).toBe('closed');
    expect(root.textContent).toContain('登录助手：');
    expect(root.textContent).toContain('校验码');
    expect(root.textContent).not.toContain(WRONG_CODE);
    expect(notes()[0]!.textContent).toBe('');
  });

  it('no note for a right code, for an empty field, or for a field that is not ours to judge', () => {
    const [code, other, pin] = page(
      '<input placeholder="统一社会信用代码"><input placeholder="单位名称"><input name="certPin" placeholder="证书密码">',
    );
    leave(code!, CODE);
    leave(code!, '');
    leave(other!, WRONG_CODE);
    leave(pin!, WRONG_CODE);
    expect(notes()).toEqual([]);
  });

  it('typing in the field again takes the note away; a fixed value brings none back', () => {
    const [field] = page('<input placeholder="统一社会信用代码">');
    leave(field!, CODE.slice(0, 16));
    expect(noteOf(notes()[0]!).textContent).toContain('这里填了 16 位');
    field!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(notes()).toEqual([]);
    leave(field!, CODE);
    expect(notes()).toEqual([]);
  });

  it('the ID field gets its own note (category input-missing)', () => {
    const [field] = page('<input placeholder="请输入身份证号码">');
    leave(field!, ID.slice(0, 17));
    expect(notes().map((n) => n.getAttribute(HINT_HOST_ATTRIBUTE))).toEqual(['input-missing']);
    expect(noteOf(notes()[0]!).textContent).toContain('这里填了 17 位');
  });

  it('keeps at most four notes however many fields a page fires events on', () => {
    const fields = page(Array.from({ length: 10 }, () => '<input placeholder="统一社会信用代码">').join(''));
    for (const field of fields) leave(field, WRONG_CODE);
    expect(notes()).toHaveLength(4);
  });
});

describe('note texts', () => {
  it('every reason has a text in both languages', () => {
    for (const lang of ['zh_CN', 'en']) {
      const t = textsOf(lang);
      for (const field of ['credit-code', 'agent-id'] as const) {
        for (const problem of [{ reason: 'charset' }, { reason: 'check' }, { reason: 'length', length: 17 }] as const) {
          expect(noteText(field, problem, t)).not.toBe('');
        }
      }
      expect(noteText('credit-code', { reason: 'letter' }, t)).toMatch(/I.*O.*Z.*S.*V/);
      expect(noteText('agent-id', { reason: 'length', length: 17 }, t)).toContain('17');
    }
  });
});
