// @vitest-environment happy-dom
/// <reference types="vite/client" />
import { afterEach, describe, expect, it } from 'vitest';
import { DIALOG_SELECTOR, KITS, SURFACES } from '../../../src/content/kits';
import { textIn } from '../../../src/content/kits/text';
import type { Kit, KitAbout, KitExample } from '../../../src/content/kits/types';
import { watchErrors, type FoundMessage } from '../../../src/content/watch-errors';

/** Replaces the body with our own fixed markup (test data only; product code never parses HTML). */
function setBody(markup: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

/** Runs the real watcher's initial scan once, synchronously, over the whole registry. */
function scan(): FoundMessage[] {
  const found: FoundMessage[] = [];
  let work: (() => void) | null = null;
  const watcher = watchErrors(document, (msgs) => found.push(...msgs), {
    schedule: (run) => {
      work = run;
      return () => undefined;
    },
  });
  (work as (() => void) | null)?.();
  watcher.stop();
  return found;
}

interface KitModule {
  kit?: Kit;
  about?: KitAbout;
  examples?: readonly KitExample[];
}

/** Every file of the kits folder that is a kit (not the registry or its shared helpers). */
const MODULES = Object.entries(import.meta.glob<KitModule>('../../../src/content/kits/*.ts', { eager: true })).filter(
  ([path]) => !/\/(index|types|text)\.ts$/.test(path),
);
const CASES: KitExample[] = MODULES.flatMap(([, module]) => [...(module.examples ?? [])]);

afterEach(() => {
  document.body.replaceChildren();
});

describe('kit registry', () => {
  it('lists every kit file of the folder, each with a source and examples', () => {
    expect(MODULES.length).toBeGreaterThanOrEqual(14);
    for (const [path, module] of MODULES) {
      expect(module.kit, path).toBeDefined();
      expect(KITS, path).toContain(module.kit);
      expect(module.about?.source.length, path).toBeGreaterThan(10);
      expect(module.about?.name, path).toBeTruthy();
      expect(module.examples?.length, path).toBeGreaterThan(0);
    }
    expect(KITS).toHaveLength(MODULES.length);
  });

  it('has unique ids and a test case for every registered surface (and none for an unknown one)', () => {
    const ids = SURFACES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(CASES.map((c) => c.surfaceId).sort()).toEqual([...ids].sort());
  });

  it('lists the whole-page surface last, so every specific surface wins over it', () => {
    expect(SURFACES.at(-1)?.wholePage).toBe(true);
    expect(SURFACES.filter((s) => s.wholePage)).toHaveLength(1);
  });
});

describe.each(CASES)('$surfaceId', ({ surfaceId, markup, text }) => {
  it('its module finds the message and reads its text', () => {
    setBody(markup);
    const surface = SURFACES.find((s) => s.id === surfaceId);
    if (!surface) throw new Error(`unregistered ${surfaceId}`);
    const texts = Array.from(document.querySelectorAll(surface.selector), (el) => surface.textOf(el)).filter(Boolean);
    expect(texts).toContain(text);
  });

  it('the whole registry reports it once, attributed to this surface', () => {
    setBody(markup);
    const found = scan();
    expect(found.map((m) => [m.surfaceId, m.text])).toEqual([[surfaceId, text]]);
  });
});

describe('what is not a message', () => {
  it.each([
    [
      'a success toast',
      '<div class="el-message el-message--success"><p class="el-message__content">登录成功</p></div><form><input></form>',
    ],
    [
      'an Ant success message',
      '<div class="ant-message-notice"><div class="ant-message-success"><span>登录成功</span></div></div><form><input></form>',
    ],
    [
      'a layui page layer (a whole form)',
      '<div class="layui-layer layui-layer-page"><div class="layui-layer-content"><form><input></form></div></div>',
    ],
    [
      'a field wrapper with an error class',
      '<form><div class="form-group has-error"><label>密码</label><input></div></form>',
    ],
    [
      'a class containing "error" outside any form or login box',
      '<nav><a class="error-report-link">错误举报</a></nav><form><input></form>',
    ],
    ['a short page that has a form', '<form><input placeholder="账号"><button>登录</button></form>'],
    [
      'a field marked with an error class (never its content)',
      '<form><textarea class="error">我的备注</textarea><input class="error-input"></form>',
    ],
    [
      'an el-dialog that holds a login form',
      '<div role="dialog" class="el-dialog"><div class="el-dialog__body"><input placeholder="账号"></div></div>',
    ],
    [
      'a SweetAlert2 success popup',
      '<div class="swal2-popup"><div class="swal2-icon swal2-success swal2-icon-show"></div><h2 class="swal2-title">登录成功</h2></div><form><input></form>',
    ],
    [
      'a toastr success toast',
      '<div id="toast-container"><div class="toast toast-success"><div class="toast-message">登录成功</div></div></div><form><input></form>',
    ],
    [
      'a zui success messager',
      '<div class="messager messager-success in"><div class="messager-content">保存成功</div></div><form><input></form>',
    ],
    [
      'script and template text',
      '<div role="alert"><script>var e="密码错误"</script><template><p>密码错误</p></template></div><form><input></form>',
    ],
  ])('%s', (_name, markup) => {
    setBody(markup);
    expect(scan()).toEqual([]);
  });

  it('a long page without a form is not a notice page', () => {
    setBody(`<main><p>${'办税指南内容。'.repeat(120)}</p></main>`);
    expect(scan()).toEqual([]);
  });
});

describe('dialog containers', () => {
  it('come from the kits: one selector for the snapshot and the hint', () => {
    for (const selector of [
      '.el-dialog',
      '.layui-layer',
      '.messager-window',
      '.ui-dialog',
      '.swal2-popup',
      '.ivu-modal',
      'dialog[open]',
    ]) {
      expect(DIALOG_SELECTOR.split(', ')).toContain(selector);
    }
  });
});

describe('text', () => {
  it('folds whitespace, keeps "还有<b>3</b>次" joined and bounds the length to 2,000', () => {
    setBody(`<div id="t">\n\t  还有<b>3</b>次 \n  机会 ${'长'.repeat(5000)}</div>`);
    const text = textIn(document.getElementById('t') as Element);
    expect(text.startsWith('还有3次 机会 长')).toBe(true);
    expect(text).toHaveLength(2000);
  });

  it('an aria-live container around a toast does not report it a second time', () => {
    setBody(
      '<div aria-live="polite"><div class="el-message el-message--error"><p class="el-message__content">密码错误</p></div></div>',
    );
    expect(scan().map((m) => m.surfaceId)).toEqual(['element-ui-message']);
  });
});

describe('kit ids', () => {
  it('are unique and name their file', () => {
    const ids = MODULES.map(([path, module]) => {
      expect(path.endsWith(`/${module.about?.id}.ts`)).toBe(true);
      return module.about?.id;
    });
    expect(new Set(ids).size).toBe(ids.length);
  });
});
