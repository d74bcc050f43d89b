import { describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { mute, readFailures, readMuted, unmute, writeFailures } from '../../../src/background/settings';

describe('settings', () => {
  it('remembers muted categories per portal, merged and sorted, and forgets them on unmute', async () => {
    await mute('etax-beijing', ['password-wrong']);
    await mute('etax-beijing', ['account-locked', 'password-wrong']);
    await mute('si-national', ['network']);
    expect(await readMuted()).toEqual({ 'etax-beijing': ['account-locked', 'password-wrong'], 'si-national': ['network'] });
    await unmute('etax-beijing');
    expect(await readMuted()).toEqual({ 'si-national': ['network'] });
  });

  it('treats a corrupt stored value as empty instead of failing', async () => {
    await browser.storage.local.set({ mutedHints: { x: ['no-such-category'] } });
    expect(await readMuted()).toEqual({});
    await browser.storage.session.set({ 'failures:x': 'three' });
    expect(await readFailures('x')).toBe(0);
  });

  it('counts failures in session storage only', async () => {
    await writeFailures('etax-beijing', 2);
    expect(await readFailures('etax-beijing')).toBe(2);
    expect(await browser.storage.local.get(null)).toEqual({});
  });
});
