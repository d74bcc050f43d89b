// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FULL_RESCAN_AT, isRendered, watchErrors, type FoundMessage } from '../../../src/content/watch-errors';
import { HINT_HOST_ATTRIBUTE } from '../../../src/content/hint/attribute';

/** A hand-driven scheduler: the watcher's work only runs when the test calls frame(). */
function manualFrames() {
  let pending: (() => void)[] = [];
  return {
    schedule: (work: () => void) => {
      pending.push(work);
      return () => {
        pending = pending.filter((w) => w !== work);
      };
    },
    get pending() {
      return pending.length;
    },
    frame() {
      const run = pending;
      pending = [];
      for (const work of run) work();
    },
  };
}

/** Lets the MutationObserver deliver its records (a microtask), without running any frame. */
const observerTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function toast(text: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'el-message el-message--error';
  box.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.className = 'el-message__content';
  p.textContent = text;
  box.append(p);
  return box;
}

let frames: ReturnType<typeof manualFrames>;
let seen: FoundMessage[][];
let clock: number;
let watcher: { stop(): void } | null;

function start(options: { isVisible?: (el: Element) => boolean } = {}) {
  watcher = watchErrors(document, (msgs) => seen.push(msgs), {
    schedule: frames.schedule,
    now: () => clock,
    ...options,
  });
  frames.frame(); // the initial scan
}

const texts = () => seen.flat().map((m) => m.text);

beforeEach(() => {
  frames = manualFrames();
  seen = [];
  clock = 1_000_000;
  watcher = null;
  // a login form, so the page is not a short notice page
  const form = document.createElement('form');
  form.append(document.createElement('input'));
  document.body.replaceChildren(form);
});

afterEach(() => {
  watcher?.stop();
  document.body.replaceChildren();
});

describe('watchErrors', () => {
  it('reports errors already on the page in its initial scan', () => {
    document.body.append(toast('账号或密码错误'));
    start();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.[0]).toMatchObject({ text: '账号或密码错误', surface: 'toast', surfaceId: 'element-ui-message' });
    expect(seen[0]?.[0]?.anchor).toBe(document.querySelector('.el-message'));
  });

  it('reports a toast added after start exactly once, however often it is re-rendered', async () => {
    start();
    const box = toast('账号或密码错误，您还有3次机会');
    document.body.append(box);
    await observerTick();
    frames.frame();
    box.classList.add('el-message-fade-leave-active'); // the fade-out
    box.style.top = '20px';
    await observerTick();
    frames.frame();
    expect(texts()).toEqual(['账号或密码错误，您还有3次机会']);
  });

  it('reports the same text again in a new toast (a second wrong password)', async () => {
    start();
    const first = toast('账号或密码错误');
    document.body.append(first);
    await observerTick();
    frames.frame();
    first.remove();
    document.body.append(toast('账号或密码错误'));
    await observerTick();
    frames.frame();
    expect(texts()).toEqual(['账号或密码错误', '账号或密码错误']);
  });

  it('reports new text in an existing element, and the same text again after it was emptied or hidden', async () => {
    const box = document.createElement('div');
    box.id = 'errorMsg';
    document.body.append(box);
    start();
    const step = async (change: () => void) => {
      change();
      await observerTick();
      frames.frame();
    };
    await step(() => (box.textContent = '验证码错误'));
    await step(() => (box.firstChild!.nodeValue = '密码错误')); // characterData
    await step(() => (box.textContent = ''));
    await step(() => (box.textContent = '密码错误'));
    await step(() => (box.style.display = 'none'));
    await step(() => (box.style.display = ''));
    expect(texts()).toEqual(['验证码错误', '密码错误', '密码错误', '密码错误']);
  });

  it('counts the same text rewritten into the same element as new only after a pause', async () => {
    const box = document.createElement('span');
    box.className = 'err-msg';
    document.body.append(box);
    start();
    const rewrite = async () => {
      box.textContent = '密码错误'; // jQuery .text(): the text node is replaced
      await observerTick();
      frames.frame();
    };
    await rewrite();
    clock += 200;
    await rewrite(); // a re-render right after: same message
    clock += 5000;
    await rewrite(); // the user tried again
    expect(texts()).toEqual(['密码错误', '密码错误']);
  });

  it('does no work in the observer callback: nothing is read until the frame runs', async () => {
    const isVisible = vi.fn(() => true);
    start({ isVisible });
    isVisible.mockClear();
    document.body.append(toast('账号或密码错误'));
    await observerTick(); // the observer callback has run
    expect(frames.pending).toBe(1);
    expect(isVisible).toHaveBeenCalledTimes(0);
    expect(seen).toHaveLength(0);
    frames.frame();
    expect(isVisible).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(1);
  });

  it('batches many mutations into one frame', async () => {
    start();
    for (let i = 0; i < 5; i += 1) document.body.append(toast(`错误${i}`));
    await observerTick();
    expect(frames.pending).toBe(1);
    frames.frame();
    expect(seen).toHaveLength(1);
    expect(texts()).toEqual(['错误0', '错误1', '错误2', '错误3', '错误4']);
  });

  it(`switches to one full rescan above ${FULL_RESCAN_AT} mutations and still finds the toast`, async () => {
    const isVisible = vi.fn(isRendered);
    start({ isVisible });
    isVisible.mockClear();
    const list = document.createElement('ul');
    document.body.append(list);
    for (let i = 0; i < FULL_RESCAN_AT + 200; i += 1) list.append(document.createElement('li'));
    document.body.append(toast('系统繁忙，请稍后再试'));
    await observerTick();
    frames.frame();
    expect(texts()).toEqual(['系统繁忙，请稍后再试']);
    expect(isVisible).toHaveBeenCalledTimes(1); // visibility is checked on candidates only, not on the 1,200 nodes
  });

  it('ignores hidden messages and reports them when they are shown', async () => {
    const hidden = toast('验证码错误');
    hidden.style.display = 'none';
    const invisible = toast('密码错误');
    invisible.style.visibility = 'hidden';
    const attr = toast('账号已锁定');
    attr.hidden = true;
    document.body.append(hidden, invisible, attr);
    start();
    expect(seen).toHaveLength(0);
    hidden.style.display = '';
    await observerTick();
    frames.frame();
    expect(texts()).toEqual(['验证码错误']);
  });

  it('ignores text in templates and our own hint host', async () => {
    start();
    const template = document.createElement('template');
    template.content.append(toast('模板里的错误'));
    const host = document.createElement('div');
    host.setAttribute(HINT_HOST_ATTRIBUTE, 'password-wrong');
    const inside = document.createElement('div');
    inside.setAttribute('role', 'alert');
    inside.textContent = '我们自己的提示';
    host.append(inside);
    document.body.append(template, host);
    await observerTick();
    frames.frame();
    host.setAttribute('style', 'top: 10px');
    await observerTick();
    frames.frame();
    expect(seen).toEqual([]);
  });

  it('bounds message text to 2,000 characters', async () => {
    start();
    document.body.append(toast(`错误${'x'.repeat(10_000)}`));
    await observerTick();
    frames.frame();
    expect(texts()[0]).toHaveLength(2000);
  });

  it('stops: no more work is scheduled or reported', async () => {
    start();
    watcher?.stop();
    document.body.append(toast('账号或密码错误'));
    await observerTick();
    frames.frame();
    expect(frames.pending).toBe(0);
    expect(seen).toEqual([]);
  });

  it('runs in an animation frame by default', async () => {
    document.body.append(toast('账号或密码错误'));
    const found: FoundMessage[] = [];
    const w = watchErrors(document, (msgs) => found.push(...msgs));
    expect(found).toHaveLength(0); // never synchronously
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    w.stop();
    expect(found.map((m) => m.text)).toEqual(['账号或密码错误']);
  });
});
