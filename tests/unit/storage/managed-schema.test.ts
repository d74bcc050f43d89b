/** The policy schema the browser is told about (public/managed-schema.json) says what parsePolicy reads. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest } from '../../../scripts/manifest';
import { parsePolicy } from '../../../src/shared/storage/managed';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as Record<string, any>;

describe('the managed storage schema', () => {
  it('is named by the Chrome manifest, and left out of Firefox (it reads policies from a native manifest)', () => {
    const source = read('manifest.json');
    expect(source.storage).toEqual({ managed_schema: 'managed-schema.json' });
    const chrome = chromeManifest(source, ['https://a.gov.cn/*'], '1.0.0');
    expect(firefoxManifest(chrome).storage).toBeUndefined();
  });

  it('describes exactly the settings the policy parser reads, and a value filled from it parses whole', () => {
    const schema = read('public/managed-schema.json');
    expect(Object.keys(schema.properties).sort()).toEqual(['companyProfiles', 'customPortals', 'lookalikeGuard']);
    const company = Object.keys(schema.properties.companyProfiles.items.properties);
    const portal = Object.keys(schema.properties.customPortals.items.properties);
    const policy = parsePolicy({
      companyProfiles: [
        {
          id: 'hq',
          name: '总部',
          creditCode: '91110000600037341L',
          agentName: '张三',
          agentIdType: 'person',
          usualPortals: ['e-tax/beijing'],
          certVendor: 'bjca',
          certExpiry: '2027-06-30',
        },
      ],
      customPortals: [{ url: 'https://si.example.gov.cn/', name: '某市社保', kind: 'social-insurance' }],
      lookalikeGuard: false,
    });
    expect(policy.ignored).toBe(0);
    expect(Object.keys(policy.companyProfiles[0]!).sort()).toEqual(company.sort());
    // the host is derived from the url, not set by the policy
    expect(
      Object.keys(policy.customPortals[0]!)
        .filter((key) => key !== 'host')
        .sort(),
    ).toEqual(portal.sort());
  });
});

describe('the README', () => {
  it('shows, in both halves, a policy example that parses whole', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .filter((b) => b.includes('lookalikeGuard'));
    expect(blocks.length).toBe(2);
    for (const block of blocks) {
      const policy = parsePolicy(JSON.parse(block));
      expect(policy).toMatchObject({ present: true, ignored: 0, lookalikeGuard: true });
      expect(policy.companyProfiles).toHaveLength(1);
      expect(policy.customPortals).toHaveLength(1);
    }
  });
});
