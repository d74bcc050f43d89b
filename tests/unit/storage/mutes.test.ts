import { beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { readFailures, writeFailures } from '../../../src/shared/storage/failures';
import { mute, readMutes, silenced, unmute } from '../../../src/shared/storage/mutes';
import { forgetMigrated } from '../../../src/shared/storage/store';

beforeEach(forgetMigrated);

describe('mutes', () => {
  it('adds up kinds per site, sorted, and forgets a site on unmute', async () => {
    await mute('e-tax/beijing', 'kind', ['password-wrong']);
    await mute('e-tax/beijing', 'kind', ['account-locked', 'password-wrong']);
    await mute('si.example.gov.cn', 'kind', ['network']);
    expect(await readMutes()).toEqual({
      'e-tax/beijing': { scope: 'kind', categories: ['account-locked', 'password-wrong'] },
      'si.example.gov.cn': { scope: 'kind', categories: ['network'] },
    });
    await unmute('e-tax/beijing');
    expect(await readMutes()).toEqual({ 'si.example.gov.cn': { scope: 'kind', categories: ['network'] } });
  });

  it('a site muted whole stays whole: later kinds do not narrow it, and it silences every category', async () => {
    await mute('e-tax/beijing', 'kind', ['password-wrong']);
    await mute('e-tax/beijing', 'site', ['captcha-wrong']);
    await mute('e-tax/beijing', 'kind', ['network']);
    const mutes = await readMutes();
    expect(mutes['e-tax/beijing']).toEqual({ scope: 'site' });
    expect(silenced(mutes['e-tax/beijing'], 'cert-expired')).toBe(true);
    expect(silenced({ scope: 'kind', categories: ['network'] }, 'network')).toBe(true);
    expect(silenced({ scope: 'kind', categories: ['network'] }, 'password-wrong')).toBe(false);
    expect(silenced(undefined, 'network')).toBe(false);
  });

  it('"not helpful" from two tabs at once keeps both sites muted', async () => {
    await Promise.all([
      mute('e-tax/beijing', 'kind', ['password-wrong']),
      mute('e-tax/shanghai', 'site', []),
      mute('e-tax/beijing', 'kind', ['account-locked']),
    ]);
    expect(await readMutes()).toEqual({
      'e-tax/beijing': { scope: 'kind', categories: ['account-locked', 'password-wrong'] },
      'e-tax/shanghai': { scope: 'site' },
    });
  });

  it('counts failures in session storage only', async () => {
    await writeFailures('e-tax/beijing', 2);
    expect(await readFailures('e-tax/beijing')).toBe(2);
    const local = await browser.storage.local.get(null);
    expect(Object.keys(local).filter((key) => key !== 'storageVersion')).toEqual([]);
  });
});
