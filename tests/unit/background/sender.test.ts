import { describe, expect, it } from 'vitest';
import { senderKind } from '../../../src/background/sender';

const own = 'abcdefghijklmnopabcdefghijklmnop';
const origin = `chrome-extension://${own}/`;

describe('senderKind', () => {
  it('accepts our content script in the top frame of an http(s) tab', () => {
    const sender = { id: own, url: 'https://tpass.beijing.chinatax.gov.cn:8443/#/login', frameId: 0, tab: { id: 7 } };
    expect(senderKind(sender as never, own, origin)).toBe('content');
  });

  it('accepts our own pages as extension pages', () => {
    expect(senderKind({ id: own, url: `${origin}popup.html?tab=3` } as never, own, origin)).toBe('extension-page');
  });

  it('accepts our content script in a sub-frame (an iframe login box, a frameset)', () => {
    const sender = { id: own, url: 'https://fuwu.nhsa.gov.cn/nationalHallSt/#/unitLogin', frameId: 3, tab: { id: 7 } };
    expect(senderKind(sender as never, own, origin)).toBe('content');
  });

  it('refuses another extension, frame-less or non-web senders and tab-less web senders', () => {
    const tab = { id: 7 };
    expect(senderKind({ id: 'other', url: 'https://a.gov.cn/', frameId: 0, tab } as never, own, origin)).toBeNull();
    expect(senderKind({ id: own, url: 'https://a.gov.cn/', tab } as never, own, origin)).toBeNull();
    expect(senderKind({ id: own, url: 'about:blank', frameId: 3, tab } as never, own, origin)).toBeNull();
    expect(senderKind({ id: own, url: 'file:///etc/passwd', frameId: 0, tab } as never, own, origin)).toBeNull();
    expect(senderKind({ id: own, url: 'https://a.gov.cn/', frameId: 0 } as never, own, origin)).toBeNull();
    expect(senderKind({ id: own, url: 'chrome-extension://evil/popup.html' } as never, own, origin)).toBeNull();
  });
});
