/** The IT department's policy (storage.managed): parsed entry by entry; a bad policy is ignored, never a crash. */
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { deleteProfile, readProfiles, saveProfile } from '../../../src/shared/profiles';
import { managedCustomPortals, NO_POLICY, parsePolicy, readPolicy } from '../../../src/shared/storage/managed';

const COMPANY = { id: 'hq', name: '总部', creditCode: '91110000600037341L', usualPortals: ['e-tax/beijing'] };

describe('parsePolicy', () => {
  it('reads companies (ids marked as managed), custom portals and the guard', () => {
    expect(
      parsePolicy({
        companyProfiles: [COMPANY],
        customPortals: [{ url: 'https://si.example.gov.cn/login', name: '某市社保', kind: 'social-insurance' }],
        lookalikeGuard: true,
      }),
    ).toEqual({
      present: true,
      companyProfiles: [{ ...COMPANY, id: 'policy:hq' }],
      customPortals: [
        {
          url: 'https://si.example.gov.cn/login',
          host: 'si.example.gov.cn',
          name: '某市社保',
          kind: 'social-insurance',
        },
      ],
      lookalikeGuard: true,
      ignored: 0,
    });
  });

  it('no policy at all is not a problem', () => {
    expect(parsePolicy(undefined)).toEqual(NO_POLICY);
    expect(parsePolicy({})).toEqual(NO_POLICY);
  });

  it('a policy of the wrong shape is ignored whole, with one thing to report', () => {
    for (const bad of ['junk', 7, [1], { companyProfiles: 'all' }, { lookalikeGuard: 'yes' }]) {
      expect(parsePolicy(bad), JSON.stringify(bad)).toEqual({ ...NO_POLICY, present: true, ignored: 1 });
    }
  });

  it('a bad entry is ignored alone; an agent ID number is never taken from a policy', () => {
    const policy = parsePolicy({
      companyProfiles: [
        { ...COMPANY, agentId: '11010519491231002X', rememberAgentId: true },
        { id: '', name: 'x' },
        { name: 'no id' },
        'junk',
        COMPANY,
      ],
      customPortals: [
        { url: 'javascript:alert(1)', name: 'x', kind: 'e-tax' },
        { url: 'https://ok.example.gov.cn/', name: '好', kind: 'e-tax' },
        { url: 'https://x.gov.cn/', name: '', kind: 'e-tax' },
        { url: 'https://y.gov.cn/', name: '无类别' },
      ],
    });
    expect(policy.companyProfiles).toEqual([{ ...COMPANY, id: 'policy:hq' }]);
    expect(policy.customPortals).toEqual([
      { url: 'https://ok.example.gov.cn/', host: 'ok.example.gov.cn', name: '好', kind: 'e-tax' },
    ]);
    expect(policy.ignored).toBe(4 + 3);
    expect(JSON.stringify(policy)).not.toContain('11010519491231002X');
  });
});

describe('the policy in force', () => {
  it('managed companies take part in the list and cannot be changed or deleted; own ones can', async () => {
    await browser.storage.managed.set({ companyProfiles: [COMPANY] });
    await saveProfile({ ...COMPANY, id: 'own', name: '分公司' });
    expect((await readProfiles()).map((p) => p.id)).toEqual(['own', 'policy:hq']);
    await expect(saveProfile({ ...COMPANY, id: 'policy:hq', name: '改名' })).rejects.toThrow(/managed/);
    await expect(deleteProfile('policy:hq')).rejects.toThrow(/managed/);
    expect((await readProfiles()).find((p) => p.id === 'policy:hq')?.name).toBe('总部');
    expect(Object.keys(await browser.storage.local.get(null))).not.toContain('policy:hq');
  });

  it('a browser without storage.managed, or one whose get rejects (Firefox without a managed manifest), has no policy', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await readPolicy()).toEqual(NO_POLICY);
    const managed = browser.storage.managed;
    Object.defineProperty(browser.storage, 'managed', { value: undefined, configurable: true });
    try {
      expect(await readPolicy()).toEqual(NO_POLICY);
      expect(await readProfiles()).toEqual([]);
    } finally {
      Object.defineProperty(browser.storage, 'managed', { value: managed, configurable: true });
    }
  });

  it('exposes the policy custom portals for the custom-portals side', async () => {
    await browser.storage.managed.set({
      customPortals: [{ url: 'https://gjj.example.gov.cn/', name: '某市公积金', kind: 'housing-fund' }],
    });
    expect(await managedCustomPortals()).toEqual([
      { url: 'https://gjj.example.gov.cn/', host: 'gjj.example.gov.cn', name: '某市公积金', kind: 'housing-fund' },
    ]);
  });
});
