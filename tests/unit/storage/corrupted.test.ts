/**
 * Corrupted or half-written values, key by key: each recovers to its default (or loses only its bad entries),
 * every other key keeps its value, and the reset is noted for the options page (except the extension's own caches).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { readProfiles } from '../../../src/shared/profiles';
import type { StoredEntry } from '../../../src/shared/storage/entry';
import { STORED_KEYS } from '../../../src/shared/storage/keys';
import { CURRENT_VERSION } from '../../../src/shared/storage/migrations';
import { readMutes } from '../../../src/shared/storage/mutes';
import { repairStorage } from '../../../src/shared/storage/repair';
import { readResets } from '../../../src/shared/storage/resets';
import { forgetMigrated, readKey } from '../../../src/shared/storage/store';

beforeEach(forgetMigrated);

const PROFILE = { id: 'p1', name: '甲公司', creditCode: '91110000600037341L', usualPortals: [] };
const GOOD_LOCAL = {
  storageVersion: 2,
  companyProfiles: [PROFILE],
  lastCompany: 'p1',
  mutes: { s: { scope: 'site' } },
  language: 'en',
};
const JUNK: unknown[] = ['junk', 42, true, null, { half: 'written' }, [1, 2, 3], 'x'.repeat(5000)];

const keyOf = (entry: StoredEntry) => entry.key + (entry.family ? 'x' : '');

describe('a corrupted value costs only its own key', () => {
  for (const entry of STORED_KEYS) {
    it(`${entry.area} ${entry.key}${entry.family ? '…' : ''}: junk reads as the default, the other keys keep their values`, async () => {
      for (const junk of JUNK) {
        forgetMigrated();
        await browser.storage.local.clear();
        await browser.storage.session.clear();
        await browser.storage.local.set(GOOD_LOCAL);
        await browser.storage[entry.area].set({ [keyOf(entry)]: junk });
        // what the storage really holds (an in-memory fake may drop a null)
        const usable = entry.recover((await browser.storage[entry.area].get(keyOf(entry)))[keyOf(entry)]);
        const value = await readKey(entry, entry.family ? 'x' : '');
        // the layout version is repaired by the migrations: junk there means "version 1", brought up to date
        if (entry.key === 'storageVersion') {
          const newer = usable.dropped === 0 && (usable.value as number) > CURRENT_VERSION[entry.area];
          expect(value).toBe(newer ? usable.value : CURRENT_VERSION[entry.area]);
        }
        // a junk value either happens to be valid for this key (a number for a counter) or reads as the default
        else if (usable.dropped > 0) expect(value).toEqual(entry.fallback());
        else expect(value).toEqual(usable.value);
        const local = await browser.storage.local.get(null);
        for (const [key, good] of Object.entries(GOOD_LOCAL)) {
          if (!(entry.area === 'local' && key === entry.key))
            expect(local[key], `${key} after junk in ${entry.key}`).toEqual(good);
        }
        const noted = (await readResets())[entry.label ?? ''] ?? 0;
        expect(noted > 0, `reset noted for ${JSON.stringify(junk).slice(0, 20)}`).toBe(
          Boolean(entry.label) && usable.dropped > 0,
        );
      }
    });
  }
});

describe('one bad entry in a list or a record is dropped alone', () => {
  it('companies: a broken entry and a duplicate go, the rest stay, and the options page hears of 2', async () => {
    const other = { ...PROFILE, id: 'p2', name: '乙公司' };
    await browser.storage.local.set({ companyProfiles: [PROFILE, { id: 7 }, other, { ...PROFILE, name: 'dup' }] });
    expect((await readProfiles()).map((p) => p.name)).toEqual(['甲公司', '乙公司']);
    expect(await readResets()).toEqual({ storedProfiles: 2 });
    // written back repaired: the next read reports nothing new
    await readProfiles();
    expect(await readResets()).toEqual({ storedProfiles: 2 });
  });

  it('mutes: one bad site entry goes, the others stay (it used to cost every mute)', async () => {
    await browser.storage.local.set({
      storageVersion: 2,
      mutes: {
        a: { scope: 'site' },
        b: { scope: 'kind', categories: ['nope'] },
        c: { scope: 'kind', categories: ['network'] },
        d: 'x',
      },
    });
    expect(await readMutes()).toEqual({ a: { scope: 'site' }, c: { scope: 'kind', categories: ['network'] } });
    expect(await readResets()).toEqual({ storedMutes: 2 });
  });

  it('session agent IDs: a bad one goes, the good one is still put back into its company', async () => {
    await browser.storage.local.set({ companyProfiles: [PROFILE, { ...PROFILE, id: 'p2' }] });
    await browser.storage.session.set({ companyAgentIds: { p1: '11010519491231002X', p2: 12345 } });
    const profiles = await readProfiles();
    expect(profiles.map((p) => p.agentId)).toEqual(['11010519491231002X', undefined]);
  });

  it('a tab state with modes as a string (the popup crash) reads as no state; repair removes it', async () => {
    await browser.storage.session.set({
      'tab:4': { url: 'https://a.gov.cn/', recognition: { modes: 'password' }, findings: 3 },
    });
    await repairStorage();
    expect(await browser.storage.session.get('tab:4')).toEqual({});
  });
});
