import { describe, expect, it } from 'vitest';
import { HEADER_TABLE, headerKey, mapHeaders } from '../../../src/core/companies';
import { CITY_REGIONS, PROVINCE_REGIONS, taxRegionOf } from '../../../src/core/companies/tax-region';
import { MAINLAND_PROVINCES } from '../../../src/core/ids/regions';
import { PORTALS } from '../../../src/core/portals';
import { withUsccCheck, withOrgCheck } from '../ids/helpers';

describe('the header table', () => {
  it('every name is stored in the form headerKey compares, and no name means two fields', () => {
    const all = HEADER_TABLE.flatMap((e) => e.names);
    for (const name of all) expect(headerKey(name)).toBe(name);
    expect(new Set(all).size).toBe(all.length);
  });

  it('the first column of a field wins; a second is ignored', () => {
    expect(mapHeaders(['单位名称', '企业名称', '税号'])).toEqual({
      columns: { name: 0, creditCode: 2 },
      ignored: ['企业名称'],
    });
  });
});

describe('tax region from a credit code', () => {
  const etax = new Set(PORTALS.filter((p) => p.kind === 'e-tax').map((p) => p.region));
  it('maps every mainland province, and every mapped region has an e-tax portal', () => {
    expect(Object.keys(PROVINCE_REGIONS).sort()).toEqual(Object.keys(MAINLAND_PROVINCES).sort());
    for (const region of [...Object.values(PROVINCE_REGIONS), ...Object.values(CITY_REGIONS)])
      expect(etax).toContain(region);
  });

  it('reads the region of a USCC, the 计划单列市 before their province, and of an ID-based taxpayer number', () => {
    expect(taxRegionOf('91110000600037341L')).toBe('beijing');
    expect(taxRegionOf(withUsccCheck(`91440300${withOrgCheck('MA5F0001')}`))).toBe('shenzhen');
    expect(taxRegionOf(withUsccCheck(`91440100${withOrgCheck('MA5F0001')}`))).toBe('guangdong');
    expect(taxRegionOf('11010519491231002X')).toBe('beijing');
    expect(taxRegionOf('91110000600037342L')).toBeNull();
  });
});
