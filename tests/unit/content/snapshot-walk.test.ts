// @vitest-environment happy-dom
/// <reference types="vite/client" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECT_LIMITS } from '../../../src/core/page-limits';
import { collectSnapshot } from '../../../src/content/snapshot';
import { selectorKeys } from '../../../src/content/snapshot-keys';
import { PARTS } from '../../../src/content/snapshot-parts';
import { walkPage } from '../../../src/content/snapshot-walk';
import type { KitExample } from '../../../src/content/kits/types';

const READS = [...new Set(PARTS.flatMap((p) => p.reads))];
const SITES = join(__dirname, '../../fixtures/sites');

/** Our own fixture pages (tests/fixtures/sites), every .html file under it. */
function fixturePages(dir = SITES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return fixturePages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const EXAMPLES: KitExample[] = Object.values(
  import.meta.glob<{ examples?: readonly KitExample[] }>('../../../src/content/kits/*.ts', { eager: true }),
).flatMap((m) => [...(m.examples ?? [])]);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Whether some element below <body> has more children than the walk looks at. */
function hasLongList(doc: Document): boolean {
  for (const el of doc.body?.querySelectorAll('*') ?? [])
    if (el.childElementCount > COLLECT_LIMITS.children && el !== doc.body) return true;
  return false;
}

describe('the snapshot walk finds what querySelectorAll finds', () => {
  it('every selector a part reads has a cheap key (no selector makes the walk test every element)', () => {
    for (const selector of READS) expect(selectorKeys(selector), selector).not.toBeNull();
    expect(selectorKeys('.tabs > li')?.[0]?.key).toEqual({ cls: 'tabs', parent: true });
    expect(selectorKeys('ul[class*="tab"] > li')?.[0]?.key).toEqual({ cls: 'tab', parent: true });
    expect(selectorKeys('img[alt*="二维码"]')?.[0]?.key).toEqual({ tag: 'img' });
    expect(selectorKeys('form')?.[0]?.key).toEqual({ tag: 'form', exact: true });
    expect(selectorKeys('[role="tab"]')?.[0]?.key).toEqual({ role: 'tab' });
    expect(selectorKeys('.swal2-popup:not(.swal2-toast)')?.[0]?.key).toEqual({ cls: 'swal2-popup' });
  });

  it('on every fixture page and every kit example: the same elements, in the same order, for every part', () => {
    const pages = [
      ...fixturePages().map((path) => ({ name: path.slice(SITES.length), html: readFileSync(path, 'utf8') })),
      ...EXAMPLES.map((e) => ({ name: e.surfaceId, html: `<!doctype html><body>${e.markup}</body>` })),
    ];
    let compared = 0;
    for (const { name, html } of pages) {
      const doc = parse(html);
      if (hasLongList(doc)) continue;
      compared++;
      const { found } = walkPage(doc, READS);
      for (const selector of READS) {
        const expected = [...doc.querySelectorAll(selector)].slice(0, COLLECT_LIMITS.scan);
        expect(found.get(selector), `${name}: ${selector}`).toEqual(expected);
      }
    }
    expect(compared).toBeGreaterThan(60);
  });
});

describe('what the walk reads and passes over', () => {
  it('passes over a long list’s rows past the cap, never <body>’s own children', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `<li><a href="#">第${i}条</a></li>`).join('');
    const padding = '<p>说明</p>'.repeat(300);
    const doc = parse(
      `<ul class="notices">${rows}</ul><ul><li><button>按钮</button></li></ul>${padding}<div class="el-message-box">请选择身份</div>`,
    );
    const { found } = walkPage(doc, ['a', 'button', '.el-message-box']);
    expect(found.get('a')).toHaveLength(COLLECT_LIMITS.children);
    expect(found.get('a')?.[0]?.textContent).toBe('第0条');
    expect(found.get('button')).toHaveLength(1);
    // the 300 paragraphs are <body>'s children: the dialog after them is still read
    expect(found.get('.el-message-box')?.map((e) => e.textContent)).toEqual(['请选择身份']);
  });

  it('reads every script in <head>, however many come before a CA client’s', () => {
    const scripts = Array.from({ length: 80 }, (_, i) => `<script src="/lib${i}.js"></script>`).join('');
    const doc = parse(`<html><head>${scripts}<script src="/js/XTXSAB.js"></script></head><body></body></html>`);
    const found = walkPage(doc, ['script[src]']).found.get('script[src]') ?? [];
    expect(found).toHaveLength(81);
    expect(found.at(-1)?.getAttribute('src')).toBe('/js/XTXSAB.js');
  });

  it('stops looking for a selector at its cap, in document order', () => {
    const links = Array.from(
      { length: 30 },
      (_, r) => `<div>${Array.from({ length: 40 }, (_, i) => `<a href="#">${r * 40 + i}</a>`).join('')}</div>`,
    ).join('');
    const { found } = walkPage(parse(links), ['a']);
    expect(found.get('a')).toHaveLength(COLLECT_LIMITS.scan);
    expect(found.get('a')?.at(-1)?.textContent).toBe(String(COLLECT_LIMITS.scan - 1));
  });

  it('reads into open shadow roots of any host, nested ones too, after the document', () => {
    const doc = parse('<div id="host"></div><login-panel></login-panel><input name="top">');
    const outer = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<input name="in-div"><span></span>';
    const nested = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    nested.innerHTML = '<input type="password" name="nested">';
    doc.querySelector('login-panel')!.attachShadow({ mode: 'closed' }).innerHTML = '<input name="closed">';
    const { found, roots } = walkPage(doc, ['input']);
    expect(roots).toEqual([doc, outer, nested]);
    expect(found.get('input')?.map((e) => e.getAttribute('name'))).toEqual(['top', 'in-div', 'nested']);
  });

  it('reads at most 30 shadow roots', () => {
    const doc = parse(`<body>${'<x-card></x-card>'.repeat(35)}</body>`);
    for (const [i, card] of [...doc.querySelectorAll('x-card')].entries())
      card.attachShadow({ mode: 'open' }).innerHTML = `<input name="f${i}">`;
    const { roots, found } = walkPage(doc, ['input']);
    expect(roots).toHaveLength(31);
    expect(found.get('input')?.map((e) => e.getAttribute('name'))).toEqual(
      Array.from({ length: 30 }, (_, i) => `f${i}`),
    );
  });

  it('reads into same-origin frames and not into cross-origin ones', () => {
    const doc = parse('<iframe id="same"></iframe><iframe id="other"></iframe><h1>门户</h1>');
    const inner = parse('<form><input placeholder="单位账号"><button>登录</button></form>');
    Object.defineProperty(doc.getElementById('same'), 'contentDocument', { get: () => inner });
    Object.defineProperty(doc.getElementById('other'), 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    const { found, roots } = walkPage(doc, ['input', 'button', 'h1']);
    expect(roots).toEqual([doc, inner]);
    expect(found.get('input')?.map((e) => e.getAttribute('placeholder'))).toEqual(['单位账号']);
    expect(found.get('button')?.map((e) => e.textContent)).toEqual(['登录']);
  });

  it('a dialog outside the form, deep in the page, is read with the form', () => {
    document.body.innerHTML = `<div id="app"><div class="page"><div class="login-box"><form>
      <input placeholder="统一社会信用代码"><input type="password" placeholder="密码"><button>登录</button></form></div>
      <div class="footer"><div><div><div class="el-dialog__wrapper"><div class="el-dialog" role="dialog" aria-label="身份类型选择">
      <span>法定代表人</span><span>办税员</span></div></div></div></div></div></div></div>`;
    const snap = collectSnapshot(document, 'https://tpass.beijing.chinatax.gov.cn:8443/#/login');
    expect(snap.dialogs).toEqual(['身份类型选择 法定代表人 办税员']);
    expect(snap.fields.map((f) => f.type)).toEqual(['text', 'password']);
    expect(snap.buttons).toEqual(['登录']);
  });
});
