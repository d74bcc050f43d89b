// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { bringFillCode } from '../../../src/background/fill-code';
import { answerPopupHere } from '../../../src/content/fill/answer-popup';
import { startChecklistInPage } from '../../../src/content/fill';
import { checklistMark } from '../../../src/content/fill/page-mark';

afterEach(() => vi.restoreAllMocks());

describe('fill.js, added on the popup’s click', () => {
  it('answers only in a frame content.js watches, and once however often it is added', () => {
    const listen = vi.spyOn(chrome.runtime.onMessage, 'addListener');
    expect(answerPopupHere(document, null)).toBe(false);
    const lifetime = new AbortController();
    startChecklistInPage(document, lifetime.signal);
    const mark = checklistMark();
    expect(answerPopupHere(document, mark)).toBe(true);
    expect(answerPopupHere(document, mark)).toBe(false);
    expect(listen).toHaveBeenCalledTimes(1);
    // content.js gone (extension updated): the listener goes with it, a later fill.js stays silent
    const unlisten = vi.spyOn(chrome.runtime.onMessage, 'removeListener');
    lifetime.abort();
    expect(unlisten).toHaveBeenCalledWith(listen.mock.calls[0]![0]);
    startChecklistInPage(document, lifetime.signal);
    expect(answerPopupHere(document, checklistMark())).toBe(false);
  });

  it('a new content.js marks the frame afresh, so its fill.js answers again', () => {
    startChecklistInPage(document);
    expect(answerPopupHere(document, checklistMark())).toBe(true);
    startChecklistInPage(document);
    expect(answerPopupHere(document, checklistMark())).toBe(true);
  });
});

describe('the background adds fill.js', () => {
  it('to every frame of the tab, from the built file', async () => {
    const scripting = { executeScript: vi.fn(async () => []) };
    Object.assign(browser, { scripting });
    expect(await bringFillCode(12)).toBe(true);
    expect(scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 12, allFrames: true },
      files: ['fill.js'],
    });
  });

  it('says false where it may not go', async () => {
    const scripting = { executeScript: vi.fn(async () => Promise.reject(new Error('Cannot access contents'))) };
    Object.assign(browser, { scripting });
    expect(await bringFillCode(12)).toBe(false);
    Object.assign(browser, { scripting: undefined });
    expect(await bringFillCode(12)).toBe(false);
  });
});
