import { domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PORTALS, decodePunycodeLabel, toUnicodeHost, trust } from '../../../src/core/portals';

describe('trust: official and government hosts', () => {
  it.each([
    ['https://tpass.beijing.chinatax.gov.cn:8443/#/login', 'e-tax/beijing'],
    ['HTTPS://TPASS.Beijing.ChinaTax.GOV.CN:8443/#/login', 'e-tax/beijing'],
    ['http://www.chinatax.gov.cn./', 'e-tax/national'],
    ['https://user:pw@si.12333.gov.cn/', 'social-insurance/national'],
    ['https://www.cs12333.com/neaf-ui-cs/#/login', 'social-insurance/changsha'],
    ['https://www.gxybj.com/', 'medical-insurance/guangxi'],
  ])('%s is official (%s)', (url, id) => {
    const r = trust(url);
    expect(r.trust).toBe('official');
    expect(r.portal?.id).toBe(id);
    expect(r.imitates).toBeUndefined();
  });

  it.each([
    'https://www.gov.cn/',
    'https://rsj.shanghai.gov.cn/',
    'http://hrss.hunan.gov.cn/login',
    'https://foo.chinatax.gov.cn/',
  ])('%s is government', (url) =>
    expect(trust(url)).toEqual({ trust: 'government', host: new URL(url).hostname, portal: null }),
  );

  it('every registry host is official', () => {
    for (const p of PORTALS) for (const h of p.hosts) expect(trust(`https://${h}/`).trust, h).toBe('official');
  });

  it('no *.gov.cn host is ever a look-alike, whatever its labels', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/);
    const word = fc.constantFrom(
      'chinatax',
      'etax',
      'tpass',
      'login',
      'gov',
      'cn',
      '12333',
      'shebao',
      'chlnatax',
      'gov-cn',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(label, word), { minLength: 1, maxLength: 5 }), (labels) => {
        const r = trust(`https://${labels.join('.')}.gov.cn/`);
        return r.trust === 'government' || r.trust === 'official';
      }),
    );
  });
});

describe('trust: look-alikes', () => {
  it.each([
    ['https://www.chinatax.gov.cn@evil-chinatax.top/', 'e-tax'],
    ['https://chinatax.gov.cn.login-etax.top/', 'e-tax'],
    ['https://etax-chinatax.gov.cn.login-tax.top/#/login', 'e-tax'],
    ['https://etax-beijing-chinatax.com/', 'e-tax'],
    ['https://gov-cn.tax.xyz/', undefined],
    ['https://chlnatax.gov.cn.com/', undefined],
    ['https://chinatax-gov.cn/', 'e-tax'],
    ['https://www.chinatex.com/', 'e-tax'],
    ['https://chinattax.net/', 'e-tax'],
    ['https://www.chinаtax.com/', 'e-tax'], // Cyrillic а
    ['https://еtax.beijing.chinatax.cоm.cn/', 'e-tax'], // Cyrillic е, о
    ['https://etax.beijing.chinatax.g0v.cn/', 'e-tax'],
    ['https://si.12333.g0v.cn/', 'social-insurance'],
    ['https://tpass-beijing.top/', 'e-tax'],
    ['https://shebao-login.xyz/', 'social-insurance'],
    ['https://gjj-denglu.com/', 'housing-fund'],
    ['https://北京市税务局.com/', 'e-tax'],
    ['https://社保登录.net/', 'social-insurance'],
  ])('%s is a look-alike of %s', (url, kind) => {
    const r = trust(url);
    expect(r.trust, JSON.stringify(r)).toBe('lookalike');
    expect(r.portal).toBeNull();
    expect(r.imitates?.reason).toBeTruthy();
    expect(r.imitates?.kind).toBe(kind);
  });

  it('names the imitated region when the host carries one', () => {
    expect(trust('https://etax-beijing-chinatax.com/').imitates?.region).toBe('beijing');
    expect(trust('https://tpass-guangdong.top/').imitates).toMatchObject({ kind: 'e-tax', region: 'guangdong' });
  });

  it('the host after "@" is the one judged, and a portal name before it marks a look-alike', () => {
    const disguised = trust('https://www.chinatax.gov.cn@evil.top/');
    expect(disguised).toMatchObject({
      trust: 'lookalike',
      host: 'evil.top',
      portal: null,
      imitates: { kind: 'e-tax' },
    });
    expect(trust('https://tpass.beijing.chinatax.gov.cn:8443@1.2.3.4/#/login')).toMatchObject({
      trust: 'lookalike',
      host: '1.2.3.4',
      imitates: { kind: 'e-tax', region: 'beijing' },
    });
    expect(trust('https://si.12333.gov.cn%40x@evil.top/').trust).toBe('lookalike');
    expect(trust('https://evil.top@www.chinatax.gov.cn/').trust).toBe('official');
    // a plain user name is no disguise
    expect(trust('https://user@www.baidu.com/').trust).toBe('unknown');
    expect(trust('https://user:pw@example.com/').trust).toBe('unknown');
  });
});

describe('trust: ordinary sites stay unknown (precision first)', () => {
  it.each([
    'https://www.baidu.com/',
    'https://qq.com/',
    'https://github.com/refined-github/github-url-detection',
    'https://www.taobao.com/',
    'https://login.taobao.com/',
    'https://someone.github.io/blog/2024/shebao.html',
    'https://51shebao.com/',
    'https://www.12306.cn/',
    'https://www.163.com/',
    'https://www.sina.com.cn/',
    'https://etax.kingdee.com/',
    'https://chinatv.com/',
    'https://nhsa.org/',
    'https://www.hebei12333.com/',
    'https://sub.cs12333.com/',
    'http://127.0.0.1:21051/synctl',
    'https://社保知识.com/',
    'chrome://extensions',
    'about:blank',
    '',
  ])('%s', (url) => {
    const r = trust(url);
    expect(r.trust, JSON.stringify(r)).toBe('unknown');
    expect(r.imitates).toBeUndefined();
  });
});

describe('punycode', () => {
  it('decodes known labels', () => {
    expect(decodePunycodeLabel('fiqs8s')).toBe('中国');
    expect(toUnicodeHost('xn--fiqs8s.xn--zfr164b')).toBe('中国.政务');
    expect(toUnicodeHost('www.example.com')).toBe('www.example.com');
    expect(decodePunycodeLabel('99999999999')).toBeNull();
  });

  it('agrees with node:url domainToUnicode for any host the URL API accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), (s) => {
        let host: string;
        try {
          host = new URL(`http://${s}.com/`).hostname;
        } catch {
          return true;
        }
        return toUnicodeHost(host) === domainToUnicode(host);
      }),
      { numRuns: 500 },
    );
  });
});
