import { describe, expect, it } from 'vitest';
import { MessageSchema } from '../../../src/shared/messages';
import { emptySnapshot } from '../../../src/core/snapshot';

describe('MessageSchema', () => {
  it('accepts each message type in its documented shape', () => {
    const ok = [
      { type: 'page-hello' },
      { type: 'page-snapshot', snapshot: emptySnapshot('https://si.12333.gov.cn/') },
      { type: 'page-messages', messages: [{ text: '密码错误', surface: 'toast' }] },
      { type: 'hint-feedback', action: 'not-helpful', categories: ['password-wrong'] },
      { type: 'get-tab-state', tabId: 4 },
    ];
    for (const message of ok) expect(MessageSchema.safeParse(message).success, JSON.stringify(message)).toBe(true);
  });

  it('rejects unknown types, unknown categories, unbounded text and wrong shapes', () => {
    const bad = [
      null,
      'page-hello',
      { type: 'eval', code: '1' },
      { type: 'page-messages', messages: [] },
      { type: 'page-messages', messages: [{ text: 'x'.repeat(2001), surface: 'toast' }] },
      { type: 'page-messages', messages: [{ text: '密码错误', surface: 'popup' }] },
      { type: 'hint-feedback', action: 'dismissed', categories: ['not-a-category'] },
      { type: 'get-tab-state', tabId: -1 },
      { type: 'get-tab-state', tabId: 1.5 },
      { type: 'page-snapshot', snapshot: { ...emptySnapshot('https://a.gov.cn/'), fields: 'x' } },
    ];
    for (const message of bad) expect(MessageSchema.safeParse(message).success, JSON.stringify(message)).toBe(false);
  });
});
