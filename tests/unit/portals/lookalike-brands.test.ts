import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PORTALS, trust } from '../../../src/core/portals';
import { skeleton } from '../../../src/core/portals/skeleton';

describe('look-alikes: a gov.cn portal name outside gov.cn', () => {
  it.each([
    ['https://www.12333.com/', 'social-insurance'],
    ['https://12333.cn/', 'social-insurance'],
    ['https://si12333.com/', 'social-insurance'],
    ['https://si-12333.top/', 'social-insurance'],
    ['https://www.nhsa.top/', 'medical-insurance'],
    ['https://nhsa.cn/', 'medical-insurance'],
    ['https://fuwu.nhsa.com.cn/', 'medical-insurance'],
    ['https://fuwu-nhsa.com/', 'medical-insurance'],
    ['https://nhsa.fuwu-center.com/', 'medical-insurance'],
    ['https://chinatax.cn/', 'e-tax'],
  ])('%s imitates %s', (url, kind) => {
    const r = trust(url);
    expect(r.trust, JSON.stringify(r)).toBe('lookalike');
    expect(r.imitates?.kind).toBe(kind);
  });

  it.each([
    'https://www.cs12333.com/',
    'https://sub.cs12333.com/',
    'https://www.hebei12333.com/',
    'https://nhsa.org/',
    'https://12333-sh.cn/',
  ])('%s is not flagged (official, or a region + hotline name cities use)', (url) =>
    expect(trust(url).trust).not.toBe('lookalike'),
  );
});

describe('look-alikes: internationalised names (UTS #39 skeleton)', () => {
  it('the skeleton folds Cyrillic, Greek, Armenian and accented letters onto the Latin ones', () => {
    expect(skeleton('chіnаtах')).toBe('chinatax'); // Cyrillic і а х
    expect(skeleton('nһѕа')).toBe('nhsa');
    expect(skeleton('chinatäx')).toBe('chinatax');
    expect(skeleton('οrg')).toBe('org'); // Greek ο
    expect(skeleton('օ')).toBe('o'); // Armenian
    expect(skeleton('社保')).toBe('社保');
  });

  it.each([
    // punycode as the browser gives it: Cyrillic letters inside the names
    [new URL('https://www.chіnatax.com/').href, 'e-tax'],
    [new URL('https://fuwu.nһsa.com/').href, 'medical-insurance'],
    [new URL('https://etax.chinatаx.com.cn/').href, 'e-tax'],
    [new URL('https://www.chinatäx.cn/').href, 'e-tax'],
    ['https://www.chinatax.gov.cn.rnobile-login.top/', 'e-tax'],
  ])('%s imitates %s', (url, kind) => {
    expect(url).toMatch(/xn--|rnobile/);
    const r = trust(url);
    expect(r.trust, JSON.stringify(r)).toBe('lookalike');
    expect(r.imitates?.kind).toBe(kind);
  });
});

describe('precision: official and government hosts are never flagged', () => {
  const officialHosts = PORTALS.flatMap((p) => p.hosts);
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,12}[a-z0-9])?$/);
  const lookalikeLetter = fc.constantFrom('а', 'е', 'о', 'і', 'ѕ', 'һ', 'α', 'ο', 'ä', '0', '1', 'rn');

  it('no registered host, with any sub-domain in front, is flagged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...officialHosts), fc.array(label, { maxLength: 2 }), (host, front) => {
        const r = trust(`https://${[...front, host].join('.')}/`);
        return r.trust !== 'lookalike';
      }),
      { numRuns: 1000 },
    );
  });

  it('no *.gov.cn host is flagged, even with look-alike letters in its labels', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(label, lookalikeLetter, label), { minLength: 1, maxLength: 3 }), (parts) => {
        const labels = parts.map(([a, b, c]) => `${a}${b}${c}`);
        let url: string;
        try {
          url = new URL(`https://${labels.join('.')}.gov.cn/`).href;
        } catch {
          return true;
        }
        const r = trust(url);
        return r.trust === 'government' || r.trust === 'official';
      }),
      { numRuns: 1000 },
    );
  });
});
