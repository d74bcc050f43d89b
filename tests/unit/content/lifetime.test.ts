// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLifetime } from '../../../src/content/lifetime';

const chromeGlobal = globalThis as unknown as { chrome: { runtime?: { id?: string } } };

afterEach(() => {
  vi.useRealTimers();
});

describe('the content script lifetime', () => {
  it('aborts when a newer copy of the script announces itself in the same window', () => {
    const signal = startLifetime(window);
    expect(signal.aborted).toBe(false);
    window.dispatchEvent(
      new MessageEvent('message', { data: { 'login-assistant:content-started': 'newer' }, source: window }),
    );
    expect(signal.aborted).toBe(true);
  });

  it('ignores look-alike messages from other windows and other shapes', () => {
    const signal = startLifetime(window);
    window.dispatchEvent(
      new MessageEvent('message', { data: { 'login-assistant:content-started': 'x' }, source: null }),
    );
    window.dispatchEvent(new MessageEvent('message', { data: 'login-assistant:content-started', source: window }));
    window.dispatchEvent(
      new MessageEvent('message', { data: { 'login-assistant:content-started': 1 }, source: window }),
    );
    expect(signal.aborted).toBe(false);
  });

  it('aborts once the extension context is gone (update, reload, uninstall)', () => {
    vi.useFakeTimers();
    const runtime = chromeGlobal.chrome.runtime;
    const signal = startLifetime(window);
    vi.advanceTimersByTime(5000);
    expect(signal.aborted).toBe(false);
    chromeGlobal.chrome.runtime = undefined;
    try {
      vi.advanceTimersByTime(5000);
      expect(signal.aborted).toBe(true);
    } finally {
      chromeGlobal.chrome.runtime = runtime;
    }
  });
});
