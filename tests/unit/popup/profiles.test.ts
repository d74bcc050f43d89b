import { describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import type { CompanyProfile } from '../../../src/core/checklist/types';
import {
  deleteProfile,
  readLastProfileId,
  readProfiles,
  saveProfile,
  writeLastProfileId,
} from '../../../src/shared/profiles';

const ACME: CompanyProfile = {
  id: 'acme',
  name: '深圳某某科技有限公司',
  creditCode: '914403001922038216',
  agentName: '张三',
  agentId: '11010519491231002X',
  agentIdType: 'resident-id',
  usualPortals: ['e-tax/shenzhen'],
};

describe('company profiles', () => {
  it('keeps the agent ID in session storage only, unless it is to be remembered', async () => {
    await saveProfile(ACME);
    const local = (await browser.storage.local.get('companyProfiles')).companyProfiles as CompanyProfile[];
    expect(local).toHaveLength(1);
    expect(local[0]!.agentId).toBeUndefined();
    expect(local[0]!.creditCode).toBe('914403001922038216');
    expect((await browser.storage.session.get('companyAgentIds')).companyAgentIds).toEqual({
      acme: '11010519491231002X',
    });
    expect((await readProfiles())[0]!.agentId).toBe('11010519491231002X');

    await saveProfile({ ...ACME, rememberAgentId: true });
    const remembered = (await browser.storage.local.get('companyProfiles')).companyProfiles as CompanyProfile[];
    expect(remembered[0]!.agentId).toBe('11010519491231002X');
    expect((await browser.storage.session.get('companyAgentIds')).companyAgentIds).toEqual({});
  });

  it('loses a session-only agent ID when the session ends, and keeps the rest', async () => {
    await saveProfile(ACME);
    await browser.storage.session.clear();
    const [profile] = await readProfiles();
    expect(profile!.agentId).toBeUndefined();
    expect(profile!.name).toBe('深圳某某科技有限公司');
  });

  it('drops a broken entry alone, strips keys it does not know (no password can be stored)', async () => {
    await browser.storage.local.set({
      companyProfiles: [
        { id: 'bad', name: 42, creditCode: '', usualPortals: [] },
        { ...ACME, agentId: undefined, password: 'secret', pin: '123456' },
        { id: 'late', name: 'B', creditCode: 'x', usualPortals: 'not a list' },
        { id: 'two', name: '第二家', creditCode: '91110000600037341L', usualPortals: [], certExpiry: '2026-13' },
        { id: 'three', name: '第三家', creditCode: '91110000600037341L', usualPortals: [], certExpiry: '2027-01-31' },
      ],
    });
    const profiles = await readProfiles();
    expect(profiles.map((p) => p.id)).toEqual(['acme', 'three']);
    expect(Object.keys(profiles[0]!)).not.toContain('password');
    expect(Object.keys(profiles[0]!)).not.toContain('pin');
    expect(profiles[1]!.certExpiry).toBe('2027-01-31');
  });

  it('reads a non-list as no profiles instead of failing', async () => {
    await browser.storage.local.set({ companyProfiles: { acme: ACME } });
    expect(await readProfiles()).toEqual([]);
  });

  it('edits in place, deletes, and forgets the last used company with it', async () => {
    await saveProfile(ACME);
    await saveProfile({ ...ACME, id: 'other', name: '另一家', agentId: undefined });
    await saveProfile({ ...ACME, name: '改名后的公司' });
    expect((await readProfiles()).map((p) => p.name)).toEqual(['改名后的公司', '另一家']);
    await writeLastProfileId('acme');
    await deleteProfile('acme');
    expect((await readProfiles()).map((p) => p.id)).toEqual(['other']);
    expect(await readLastProfileId()).toBeNull();
    expect((await browser.storage.session.get('companyAgentIds')).companyAgentIds).toEqual({});
  });

  it('refuses to save a profile that does not parse', async () => {
    await expect(saveProfile({ ...ACME, id: '' })).rejects.toThrow('invalid company profile');
    expect(await readProfiles()).toEqual([]);
  });
});
