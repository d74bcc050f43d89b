import { describe, expect, it } from 'vitest';
import { MAX_CUSTOM_PORTALS, parseCustomPortal, parseCustomPortals } from '../../../src/shared/custom-portals';

const GOOD = {
  url: 'https://gjj.example-city.cn/login',
  host: 'gjj.example-city.cn',
  name: '某市公积金',
  kind: 'housing-fund',
};

describe('custom portals in storage', () => {
  it('keeps a well-formed entry as it was written, without unknown keys', () => {
    expect(parseCustomPortal({ ...GOOD, password: 'x' })).toEqual(GOOD);
  });

  it('drops a broken entry alone and keeps the others', () => {
    const list = [
      GOOD,
      { ...GOOD, host: 'a.example.cn', url: 'https://a.example.cn/', kind: 'lottery' },
      { ...GOOD, host: 'b.example.cn', url: 'https://b.example.cn/', name: 12 },
      'junk',
      null,
      { ...GOOD, host: 'c.example.cn', url: 'javascript:alert(1)' },
      // the address must be of the host the permission and the script are for
      { ...GOOD, host: 'd.example.cn', url: 'https://evil.example.cn/' },
      { ...GOOD, host: 'e.example.cn', url: 'https://e.example.cn/', name: '' },
      { ...GOOD, host: 'f.example.cn', url: 'https://f.example.cn/', name: 'x'.repeat(61) },
      {
        url: 'https://social.example-city.cn/',
        host: 'social.example-city.cn',
        name: ' 某市社保 ',
        kind: 'social-insurance',
      },
    ];
    expect(parseCustomPortals(list)).toEqual([
      GOOD,
      {
        url: 'https://social.example-city.cn/',
        host: 'social.example-city.cn',
        name: '某市社保',
        kind: 'social-insurance',
      },
    ]);
  });

  it('keeps one entry per host, and no more than the bound', () => {
    expect(parseCustomPortals([GOOD, { ...GOOD, name: 'again' }])).toEqual([GOOD]);
    const many = Array.from({ length: MAX_CUSTOM_PORTALS + 20 }, (_, i) => ({
      ...GOOD,
      host: `gjj${i}.example-city.cn`,
      url: `https://gjj${i}.example-city.cn/`,
    }));
    const parsed = parseCustomPortals(many);
    expect(parsed).toHaveLength(MAX_CUSTOM_PORTALS);
    expect(parsed.at(-1)?.host).toBe(`gjj${MAX_CUSTOM_PORTALS - 1}.example-city.cn`);
  });

  it('reads anything that is not a list as no portals', () => {
    expect(parseCustomPortals({ 0: GOOD })).toEqual([]);
    expect(parseCustomPortals('[]')).toEqual([]);
    expect(parseCustomPortals(undefined)).toEqual([]);
  });
});
