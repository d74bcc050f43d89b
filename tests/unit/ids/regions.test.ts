import { describe, expect, it } from 'vitest';
import { isPlausibleRegion } from '../../../src/core/ids/regions';

describe('isPlausibleRegion (historical GB/T 2260 list)', () => {
  it('accepts codes of divisions abolished long ago: IDs keep the code they were issued with', () => {
    for (const code of ['110103', '110104', '120224', '440524', '320683'])
      expect(isPlausibleRegion(code), code).toBe(true);
  });

  it('accepts province and prefecture level codes used by registration authorities', () => {
    for (const code of ['110000', '440300', '330100']) expect(isPlausibleRegion(code), code).toBe(true);
  });

  it('accepts a code just past the end of its block: newer than the list (新津区 510118, 2020; 海门区 320613, 2020)', () => {
    expect(isPlausibleRegion('510118')).toBe(true);
    expect(isPlausibleRegion('320613')).toBe(true);
  });

  it('doubts codes that were never used: unknown prefectures, numbers far past their block', () => {
    for (const code of ['111111', '235407', '119901', '110199', '370190', '440350']) {
      expect(isPlausibleRegion(code), code).toBe(false);
    }
  });

  it('rejects what is not a mainland region at all', () => {
    for (const code of ['710000', '810000', '990101', '11010', 'abcdef'])
      expect(isPlausibleRegion(code), code).toBe(false);
  });
});
