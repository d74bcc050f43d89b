/**
 * Migrations from every earlier layout. Version 1 is what the extension stored before versions existed (the
 * fixture below is that layout, key by key); each later version gets its own case when it is added.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { readProfiles } from '../../../src/shared/profiles';
import { CURRENT_VERSION, migrate } from '../../../src/shared/storage/migrations';
import { readMutes } from '../../../src/shared/storage/mutes';
import { repairStorage } from '../../../src/shared/storage/repair';
import { forgetMigrated } from '../../../src/shared/storage/store';
import { readTabState } from '../../../src/shared/storage/tab-state';

beforeEach(forgetMigrated);

const PROFILE = {
  id: 'p1',
  name: '甲公司',
  creditCode: '91110000600037341L',
  usualPortals: ['e-tax/beijing'],
  agentIdType: 'person',
};

/** storage.local as version 1 left it */
const VERSION_1 = {
  companyProfiles: [PROFILE],
  lastCompany: 'p1',
  mutedHints: { 'e-tax/beijing': ['password-wrong', 'captcha-wrong'], 'si.example.gov.cn': ['network'] },
  language: 'en',
};

describe('storage layouts', () => {
  it('the current layouts are local 2 and session 1 (a new step must come with its own case here)', () => {
    expect(CURRENT_VERSION).toEqual({ local: 2, session: 1 });
  });

  it('local 1 → 2: mutedHints become mutes of scope "kind", nothing else changes, the version is stored', async () => {
    await browser.storage.local.set(VERSION_1);
    await repairStorage();
    expect(await browser.storage.local.get(null)).toEqual({
      storageVersion: 2,
      companyProfiles: [PROFILE],
      lastCompany: 'p1',
      language: 'en',
      mutes: {
        'e-tax/beijing': { scope: 'kind', categories: ['captcha-wrong', 'password-wrong'] },
        'si.example.gov.cn': { scope: 'kind', categories: ['network'] },
      },
    });
  });

  it('runs on the first read too, without an install event', async () => {
    await browser.storage.local.set(VERSION_1);
    expect((await readMutes())['si.example.gov.cn']).toEqual({ scope: 'kind', categories: ['network'] });
    expect((await browser.storage.local.get('storageVersion')).storageVersion).toBe(2);
    expect((await browser.storage.local.get('mutedHints')).mutedHints).toBeUndefined();
  });

  it('local 1 → 2: one bad mutedHints entry is dropped alone (it used to cost all of them)', () => {
    const change = migrate('local', 1, {
      mutedHints: { good: ['network'], bad: ['no-such-category'], mixed: ['network', 7, 'nope'], junk: 'x' },
    });
    expect(change).toEqual({
      set: {
        mutes: { good: { scope: 'kind', categories: ['network'] }, mixed: { scope: 'kind', categories: ['network'] } },
      },
      remove: ['mutedHints'],
    });
  });

  it('local 1 → 2 with no mutedHints at all, or a junk one, leaves an empty mutes', () => {
    expect(migrate('local', 1, {}).set).toEqual({ mutes: {} });
    expect(migrate('local', 1, { mutedHints: [1, 2] }).set).toEqual({ mutes: {} });
  });

  it('a fresh install is stored at the current version; the current version migrates nothing', async () => {
    await repairStorage();
    expect(await browser.storage.local.get(null)).toEqual({ storageVersion: 2, mutes: {} });
    expect(migrate('local', 2, { mutes: {} })).toEqual({ set: {}, remove: [] });
  });

  it('a newer layout (after a downgrade) is not touched by migrations; each key is still read on its own', async () => {
    await browser.storage.local.set({ storageVersion: 9, companyProfiles: [PROFILE], mutedHints: { x: ['network'] } });
    await repairStorage();
    const stored = await browser.storage.local.get(null);
    expect(stored.storageVersion).toBe(9);
    expect(stored.mutedHints).toEqual({ x: ['network'] });
    expect(await readProfiles()).toEqual([PROFILE]);
  });

  it('session 1 (the only session layout) reads as it is: tab state, counters and session agent IDs', async () => {
    await browser.storage.local.set({ companyProfiles: [PROFILE] });
    await browser.storage.session.set({ companyAgentIds: { p1: '11010519491231002X' }, 'failures:e-tax/beijing': 2 });
    await repairStorage();
    expect((await readProfiles())[0]?.agentId).toBe('11010519491231002X');
    expect((await browser.storage.session.get(null))['failures:e-tax/beijing']).toBe(2);
    expect(await readTabState(1)).toBeNull();
  });
});
