import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CA_VENDORS, caVendorById } from '../../../src/core/ca-clients';
import { PORTALS } from '../../../src/core/portals';
import { CA_MARKERS } from '../../../src/core/recognise/ca-markers';

const localized = z.object({ 'zh-CN': z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
/** The entry shape, strict: a misspelt or extra key fails (data is linted, not trusted). */
const VendorSchema = z.strictObject({
  id: z.string(),
  name: localized,
  client: localized,
  protocol: z.enum(['http-json', 'soap', 'websocket', 'native-messaging', 'activex', 'unknown']),
  endpoints: z.array(z.string()).check(z.maxLength(4)),
  probe: z.enum(['list', 'reachability', 'none']),
  download: z.optional(z.string()),
  platforms: z.array(z.enum(['windows', 'macos', 'linux'])),
  source: z.array(z.string()),
  certainty: z.enum(['high', 'medium', 'low']),
  note: z.optional(z.string()),
});

describe('CA vendor list', () => {
  it("every entry has exactly the schema's fields", () => {
    for (const v of CA_VENDORS) expect(VendorSchema.safeParse(v).success, v.id).toBe(true);
    expect(VendorSchema.safeParse({ ...CA_VENDORS[0], port: 1 }).success).toBe(false);
  });

  it('is sorted by id, ids unique, lower-case', () => {
    const ids = CA_VENDORS.map((v) => v.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('links every portal to known vendors', () => {
    for (const p of PORTALS)
      for (const id of p.caClients) expect(caVendorById(id), `${p.id} names ${id}`).not.toBeNull();
  });

  it('has an entry for every vendor the page markers name', () => {
    for (const m of CA_MARKERS) expect(caVendorById(m.vendor), m.vendor).not.toBeNull();
  });

  it('finds vendors case-insensitively and says null for an unknown one', () => {
    expect(caVendorById('BJCA')?.id).toBe('bjca');
    expect(caVendorById('nosuchca')).toBeNull();
  });
});

describe.each(CA_VENDORS.map((v) => [v.id, v] as const))('vendor %s', (_id, v) => {
  it('is sourced and named in both languages', () => {
    expect(v.source.length).toBeGreaterThan(0);
    for (const s of v.source) expect(s.trim().length).toBeGreaterThan(20);
    expect(v.name['zh-CN'] && v.name.en && v.client['zh-CN'] && v.client.en).toBeTruthy();
    expect(v.platforms.length).toBeGreaterThan(0);
  });

  it('lists local endpoints only on 127.0.0.1 / localhost, matching its protocol', () => {
    for (const url of v.endpoints) {
      const u = new URL(url);
      expect(['127.0.0.1', 'localhost']).toContain(u.hostname);
      expect(u.port).not.toBe('');
      expect(v.protocol === 'websocket' ? ['ws:', 'wss:'] : ['http:', 'https:']).toContain(u.protocol);
    }
    if (v.probe === 'none') expect(v.endpoints).toEqual([]);
    else expect(v.endpoints.length).toBeGreaterThan(0);
    if (['native-messaging', 'activex', 'unknown'].includes(v.protocol)) expect(v.probe).toBe('none');
  });

  it('offers a download page (not a file), or none', () => {
    if (v.download) expect(v.download).toMatch(/^https?:\/\/[^/]+\//);
    if (v.download) expect(v.download).not.toMatch(/\.(exe|zip|msi)$/i);
  });
});

describe('known vendor facts', () => {
  it('BJCA: list probe on 21051 then 21061', () => {
    const v = caVendorById('bjca')!;
    expect([v.probe, v.endpoints]).toEqual([
      'list',
      ['http://127.0.0.1:21051/synctl', 'https://127.0.0.1:21061/synctl'],
    ]);
  });
  it('NETCA: three wss ports, reachability only', () => {
    const v = caVendorById('netca')!;
    expect(v.endpoints.map((u) => new URL(u).port)).toEqual(['10443', '20443', '30443']);
    expect(v.probe).toBe('reachability');
  });
  it('GDCA: ActiveX, nothing to probe, download page on gdca.com.cn', () => {
    const v = caVendorById('gdca')!;
    expect([v.protocol, v.probe, new URL(v.download!).hostname]).toEqual(['activex', 'none', 'www.gdca.com.cn']);
  });
  it('only BJCA has a list probe (the one answer format two sources confirm)', () => {
    expect(CA_VENDORS.filter((v) => v.probe === 'list').map((v) => v.id)).toEqual(['bjca']);
  });
  it('only Hunan CA (mToken) claims macOS and Linux', () => {
    expect(CA_VENDORS.filter((v) => v.platforms.includes('macos')).map((v) => v.id)).toEqual(['hunca']);
  });
});
