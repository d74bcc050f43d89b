// @vitest-environment happy-dom
// @vitest-environment-options {"url": "http://fuwu.nhsa.gov.cn/nationalHallSt/"}
/**
 * The top frame's script describes its same-origin frames (src/content/snapshot-roots.ts): it reads the page again
 * when a frame loads or a frame's script asks it to — so a frame it first read half-loaded (Firefox) is read again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isFrameAsking } from '../../../src/content/snapshot-roots';
import { followStructure } from '../../../src/content/watch/structure';

const ASK = { 'login-assistant:frame-changed': true };
const ORIGIN = 'http://fuwu.nhsa.gov.cn';
/** a window that is not the top one: what a frame's `event.source` is */
const frameWindow = {} as Window;

let controller: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  document.body.replaceChildren();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

function follow(describe = true) {
  const calls = { describe: 0, invalidate: 0 };
  followStructure(document, {
    signal: controller.signal,
    describe,
    note: () => false,
    invalidate: () => void calls.invalidate++,
    describeAgain: () => void calls.describe++,
    onRoute: () => undefined,
  });
  return calls;
}

describe('a same-origin frame asking the top frame to read it again', () => {
  it('counts from a frame of the page’s own origin only, with our flag', () => {
    const ask = (init: MessageEventInit) => isFrameAsking(new MessageEvent('message', init), window);
    expect(ask({ data: ASK, origin: ORIGIN, source: frameWindow })).toBe(true);
    expect(ask({ data: ASK, origin: 'http://ads.example.com', source: frameWindow })).toBe(false);
    expect(ask({ data: ASK, origin: ORIGIN, source: window })).toBe(false);
    expect(ask({ data: { 'login-assistant:frame-changed': 'yes' }, origin: ORIGIN, source: frameWindow })).toBe(false);
    expect(ask({ data: null, origin: ORIGIN, source: frameWindow })).toBe(false);
    expect(ask({ data: 'login-assistant:frame-changed', origin: ORIGIN, source: frameWindow })).toBe(false);
  });

  it('makes the top frame read everything again, once, after the quiet delay', () => {
    const calls = follow();
    window.dispatchEvent(new MessageEvent('message', { data: ASK, origin: ORIGIN, source: frameWindow }));
    window.dispatchEvent(new MessageEvent('message', { data: ASK, origin: ORIGIN, source: frameWindow }));
    expect(calls.describe).toBe(0);
    vi.advanceTimersByTime(400);
    expect(calls).toEqual({ describe: 1, invalidate: 2 });
  });

  it('is ignored from another origin', () => {
    const calls = follow();
    window.dispatchEvent(
      new MessageEvent('message', { data: ASK, origin: 'http://ads.example.com', source: frameWindow }),
    );
    vi.advanceTimersByTime(2000);
    expect(calls).toEqual({ describe: 0, invalidate: 0 });
  });
});

describe('a frame that finishes loading after the top frame read it', () => {
  it('makes the top frame read everything again', () => {
    const calls = follow();
    // a frameset's <frame> (an <iframe> would make happy-dom try to load about:blank); the listener takes both
    const frame = document.createElement('frame');
    document.body.append(frame);
    frame.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(400);
    expect(calls.describe).toBe(1);
    expect(calls.invalidate).toBeGreaterThan(0);
  });

  it('but an image that loads does not', () => {
    const calls = follow();
    const img = document.createElement('img');
    document.body.append(img);
    img.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(2000);
    expect(calls.describe).toBe(0);
  });
});
