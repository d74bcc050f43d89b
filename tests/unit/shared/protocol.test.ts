// The protocol helper at run time: only a declared handler ever runs, unknown types are refused, and answers pass
// through unchanged (their types are pinned by protocol.typecheck.ts).
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { route } from '../../../src/background/route';
import type { MessageOf } from '../../../src/shared/messages';
import { ask, askTab, dispatch, isRefusal, type HandlerMap } from '../../../src/shared/protocol';

function handlers(): HandlerMap<string> {
  const answer = <T>(value: T) => vi.fn(async () => value);
  return {
    'page-hello': answer({ watch: true }),
    'page-snapshot': answer({ recognition: null as never, hint: null }),
    'page-messages': answer({ hint: null }),
    'hint-feedback': answer({ ok: true as const }),
    'get-tab-state': answer(null),
    'probe-ca': answer({ state: 'not-running' as const }),
    'copy-text': answer({ ok: false }),
    'field-note-texts': answer({}),
    'hint-code': answer({ ok: true as const }),
    'popup-view': answer(null as never),
    'fill-code': answer({ ok: false }),
  };
}

describe('dispatch', () => {
  it('hands a message to its own handler with the sender, and gives back its answer', async () => {
    const map = handlers();
    const message: MessageOf<'page-hello'> = { type: 'page-hello' };
    expect(await dispatch(map, message, 'tab 3')).toEqual({ watch: true });
    expect(map['page-hello']).toHaveBeenCalledWith(message, 'tab 3');
    expect(map['copy-text']).not.toHaveBeenCalled();
  });

  it('refuses a type it has no handler for, including the names every object inherits', async () => {
    const map = handlers();
    for (const type of ['eval', 'constructor', 'toString', '__proto__', 'hasOwnProperty', '']) {
      expect(await dispatch(map, { type }, 'tab 3'), type).toEqual({ error: 'unknown message' });
    }
    for (const handler of Object.values(map)) expect(handler).not.toHaveBeenCalled();
  });
});

describe('route', () => {
  it('refuses an unknown type before any sender check or handler', async () => {
    const page = { id: browser.runtime.id, url: browser.runtime.getURL('popup.html') };
    expect(await route({ type: 'eval', code: '1' }, page as never)).toEqual({ error: 'invalid message' });
    expect(await route({ type: 'constructor' }, page as never)).toEqual({ error: 'invalid message' });
  });
});

describe('ask / askTab / isRefusal', () => {
  it('sends the message as it is and gives back the answer; no answer is null', async () => {
    const transport = vi.fn(async () => ({ watch: false }));
    expect(await ask(transport, { type: 'page-hello' })).toEqual({ watch: false });
    expect(transport).toHaveBeenCalledWith({ type: 'page-hello' });
    expect(await ask(async () => undefined, { type: 'page-hello' })).toBeNull();
    expect(await askTab(async () => undefined, { type: 'probe-network' })).toBeNull();
    expect(await askTab(async () => ({ state: 'fast', ms: 12 }), { type: 'probe-network' })).toEqual({
      state: 'fast',
      ms: 12,
    });
  });

  it('passes a failed send on to the caller, which decides what no answer means', async () => {
    await expect(ask(async () => Promise.reject(new Error('no receiver')), { type: 'page-hello' })).rejects.toThrow(
      'no receiver',
    );
  });

  it('tells a refusal from an answer', () => {
    expect(isRefusal({ error: 'sender not allowed' })).toBe(true);
    expect(isRefusal({ hint: null })).toBe(false);
    expect(isRefusal({ ok: true })).toBe(false);
    expect(isRefusal(null)).toBe(false);
    expect(isRefusal('error')).toBe(false);
  });
});
