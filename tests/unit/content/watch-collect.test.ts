// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SURFACES } from '../../../src/content/kits';
import { collectTouched, type CollectContext } from '../../../src/content/watch/collect';
import { surfaceMatcher } from '../../../src/content/watch/match';

const match = surfaceMatcher(SURFACES);

async function recordsOf(change: () => void): Promise<MutationRecord[][]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return [records];
}

function context(shown: Element[] = []): CollectContext {
  return {
    match,
    onAdded: () => undefined,
    shownAround: (node) => shown.filter((el) => el === node || el.contains(node)),
  };
}

beforeEach(() => {
  document.body.innerHTML = `<form id="login"><input name="u"><div id="errorMsg" class="error-msg"></div></form>
    <ul class="notices"><li>旧通知</li></ul>`;
});

describe('error watcher: what a batch of mutations touched', () => {
  it('walks up once per parent for siblings added to one list', async () => {
    const list = document.querySelector('.notices')!;
    const batch = await recordsOf(() => {
      for (let i = 0; i < 50; i++)
        list.append(Object.assign(document.createElement('li'), { textContent: `第${i}条` }));
    });
    const closest = vi.spyOn(list, 'closest');
    collectTouched(batch, context());
    expect(closest.mock.calls.filter(([selector]) => selector === match.any)).toHaveLength(1);
  });

  it('bounds the kit-less candidates of one batch (a page rewriting many texts cannot fill it)', async () => {
    const boxes = Array.from({ length: 200 }, () => document.body.appendChild(document.createElement('p')));
    const batch = await recordsOf(() => {
      for (const [i, box] of boxes.entries()) box.textContent = `第${i}条`;
    });
    const candidates = collectTouched(batch, context());
    expect([...candidates.values()].filter((t) => t.direct).length).toBe(30);
  });

  it('rows added to one list are content, not kit-less messages; one element added is a candidate', async () => {
    const list = document.querySelector('.notices')!;
    const rows = await recordsOf(() => {
      for (let i = 0; i < 50; i++)
        list.append(Object.assign(document.createElement('li'), { textContent: `第${i}条` }));
    });
    expect([...collectTouched(rows, context()).values()].filter((t) => t.direct)).toEqual([]);
    const form = document.getElementById('login')!;
    const tip = Object.assign(document.createElement('span'), { textContent: '密码错误' });
    const one = await recordsOf(() => form.append(tip));
    expect(collectTouched(one, context()).get(tip)).toMatchObject({ direct: true, rewritten: true });
  });

  it('finds the surface a text was written into', async () => {
    const box = document.getElementById('errorMsg')!;
    const batch = await recordsOf(() => (box.textContent = '密码错误'));
    expect(collectTouched(batch, context()).get(box)).toMatchObject({ rewritten: true });
  });

  it('skips nodes inside our own hint and nodes already gone from the document', async () => {
    const batch = await recordsOf(() => {
      const host = document.createElement('div');
      host.setAttribute('data-login-assistant-hint', 'password-wrong');
      host.append(Object.assign(document.createElement('div'), { className: 'error-msg', textContent: '我们的提示' }));
      document.body.append(host);
      const gone = Object.assign(document.createElement('div'), { className: 'error-msg', textContent: '已移除' });
      document.body.append(gone);
      gone.remove();
    });
    expect([...collectTouched(batch, context()).keys()]).toEqual([]);
  });

  it('follows a removal only where it may end a message that is showing', async () => {
    const box = document.getElementById('errorMsg')!;
    box.textContent = '密码错误';
    const emptied = await recordsOf(() => (box.textContent = ''));
    expect([...collectTouched(emptied, context()).keys()]).toEqual([]);
    expect([...collectTouched(emptied, context([box])).keys()]).toContain(box);
    const elsewhere = await recordsOf(() => document.querySelector('.notices li')!.remove());
    expect([...collectTouched(elsewhere, context([box])).keys()]).toEqual([]);
  });

  it('no surface selector tells plain siblings apart (so one look per parent and tag is exact)', () => {
    for (const selector of match.any.split(',').map((x) => x.trim())) {
      const subject = selector.split(/\s*[ >+~]\s*/).pop()!;
      // a subject without class, id or attribute may not depend on position among siblings
      if (!/[.#[]/.test(subject)) expect(selector, selector).not.toMatch(/[+~]|:(first|last|nth|only|empty)/);
    }
  });
});
