// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectSnapshot, snapshotter } from '../../../src/content/snapshot';
import { BARE_TAGS, partsTouched } from '../../../src/content/snapshot-dirty';
import { PARTS } from '../../../src/content/snapshot-parts';

const PAGE = `<div class="el-tabs__item is-active">账号密码登录</div><div class="el-tabs__item">证书登录</div>
  <div class="login-box"><h2>单位用户登录</h2><form><input name="account" placeholder="统一社会信用代码"><input type="password" name="pwd">
  <button type="button">登录</button></form></div>
  <section><ul class="notices"><li>关于社会保险费申报的通知</li></ul></section>`;

/** The mutation records a change makes, as the MutationObserver delivers them. */
async function recordsOf(change: () => void): Promise<MutationRecord[][]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden'],
  });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return [records];
}

/** Which parts a snapshotter reads again, by spying on each part's reader. */
function spyParts() {
  return PARTS.map((part) => vi.spyOn(part, 'read'));
}

beforeEach(() => {
  document.body.innerHTML = PAGE;
  vi.restoreAllMocks();
});

describe('incremental snapshot', () => {
  it('a churning list outside every part touches no part, and nothing is read again', async () => {
    const list = document.querySelector('.notices')!;
    const batch = await recordsOf(() => {
      for (let i = 0; i < 50; i++)
        list.prepend(Object.assign(document.createElement('li'), { textContent: `第${i}笔业务` }));
      for (let i = 0; i < 50; i++) list.lastElementChild!.remove();
    });
    expect(partsTouched(batch, PARTS)).toEqual(new Set());
    const snap = snapshotter(document);
    const first = await snap.take('https://example.gov.cn/login');
    const spies = spyParts();
    expect(snap.note(batch)).toBe(false);
    expect(await snap.take('https://example.gov.cn/login')).toEqual(first);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('a mutation re-reads only the part whose elements it touched, and the result equals a full read', async () => {
    const snap = snapshotter(document);
    await snap.take('https://example.gov.cn/login');
    const batch = await recordsOf(() => {
      const tabs = document.querySelectorAll('.el-tabs__item');
      tabs[0]!.classList.remove('is-active');
      tabs[1]!.classList.add('is-active');
    });
    expect(partsTouched(batch, PARTS)).toEqual(new Set(['tabs']));
    const spies = spyParts();
    expect(snap.note(batch)).toBe(true);
    const again = await snap.take('https://example.gov.cn/login');
    const read = PARTS.filter((_, i) => spies[i]!.mock.calls.length > 0).map((p) => p.key);
    expect(read).toEqual(['tabs']);
    expect(again.tabs).toEqual([
      { label: '账号密码登录', active: false },
      { label: '证书登录', active: true },
    ]);
    vi.restoreAllMocks();
    expect(again).toEqual(collectSnapshot(document, 'https://example.gov.cn/login'));
  });

  it('a field, a button or a dialog added touches its own part (and text inside a region touches the text)', async () => {
    const form = document.querySelector('form')!;
    const added = await recordsOf(() => form.append(Object.assign(document.createElement('input'), { name: 'sms' })));
    expect(partsTouched(added, PARTS)).toEqual(new Set(['fields', 'text']));
    const dialog = await recordsOf(() => {
      const d = document.createElement('div');
      d.className = 'el-message-box';
      d.textContent = '请选择身份';
      document.body.append(d);
    });
    expect(partsTouched(dialog, PARTS)).toEqual(new Set(['dialogs']));
  });

  it('a new frame or web component means the snapshot reads everything again', async () => {
    const frame = await recordsOf(() => document.body.append(document.createElement('iframe')));
    expect(partsTouched(frame, PARTS)).toBe('all');
    const component = await recordsOf(() => document.body.append(document.createElement('login-panel')));
    expect(partsTouched(component, PARTS)).toBe('all');
  });

  it('holds its caps on a huge page: 60 fields, 80 buttons, 4,000 characters of text', async () => {
    const rows: string[] = [];
    for (let i = 0; i < 1000; i++)
      rows.push(`<div class="login-row"><input name="f${i}"><button>按钮${i}</button><a href="#">链${i}</a></div>`);
    document.body.innerHTML = `<h1>${'标题'.repeat(5000)}</h1>${rows.join('')}`;
    const snap = await snapshotter(document).take('https://example.gov.cn/login');
    expect(snap.fields).toHaveLength(60);
    expect(snap.buttons.length).toBeLessThanOrEqual(80);
    expect(snap.buttons.length).toBeGreaterThan(0);
    expect(snap.text.length).toBeLessThanOrEqual(4000);
    expect(snap.text.length).toBeGreaterThan(1000);
  }, 30_000);

  it('yields to the page between the parts it reads', async () => {
    const pauses = vi.fn(() => Promise.resolve());
    await snapshotter(document).take('https://example.gov.cn/login', pauses);
    // once after finding the roots, once after each part
    expect(pauses).toHaveBeenCalledTimes(PARTS.length + 1);
  });

  it('every part selector needs an attribute, names a bare tag in BARE_TAGS, or is a tab list child (the quick skip holds)', () => {
    const tabsPart = PARTS.find((p) => p.key === 'tabs')!.selector.split(',');
    for (const part of PARTS) {
      for (const selector of part.selector.split(',').map((s) => s.trim())) {
        const subject = selector.split(/\s*[ >+~]\s*/).pop()!;
        const needsAttribute = /[.#[:]/.test(subject);
        const tabChild =
          selector.includes('>') && tabsPart.includes(selector.slice(0, selector.lastIndexOf('>')).trim());
        expect(needsAttribute || BARE_TAGS.has(subject) || tabChild, `${part.key}: ${selector}`).toBe(true);
      }
    }
  });
});
