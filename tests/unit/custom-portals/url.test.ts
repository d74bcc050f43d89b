import { describe, expect, it } from 'vitest';
import { checkPortalUrl, customPortal } from '../../../src/core/portals';

const CITY = customPortal({
  url: 'https://gjj.example-city.cn/login',
  host: 'gjj.example-city.cn',
  name: '某市公积金',
  kind: 'housing-fund',
});

describe('custom portal address check', () => {
  it('accepts an https or http address of a host the registry lacks, keeping scheme, host, port and path', () => {
    expect(checkPortalUrl('  https://wsbs.example-city.cn:8443/dwzx/login?from=menu#top ', [])).toEqual({
      ok: true,
      url: 'https://wsbs.example-city.cn:8443/dwzx/login',
      host: 'wsbs.example-city.cn',
    });
    expect(checkPortalUrl('http://GJJ.Example-City.gov.cn./', [])).toEqual({
      ok: true,
      url: 'http://gjj.example-city.gov.cn/',
      host: 'gjj.example-city.gov.cn',
    });
  });

  it('refuses what is not a web address', () => {
    expect(checkPortalUrl('gjj.example-city.cn', [])).toEqual({ ok: false, problem: 'not-a-url' });
    expect(checkPortalUrl('', [])).toEqual({ ok: false, problem: 'not-a-url' });
    expect(checkPortalUrl('ftp://gjj.example-city.cn/', [])).toEqual({ ok: false, problem: 'scheme' });
    expect(checkPortalUrl('javascript:alert(1)', [])).toEqual({ ok: false, problem: 'scheme' });
    expect(checkPortalUrl('file:///etc/passwd', [])).toEqual({ ok: false, problem: 'scheme' });
  });

  it('refuses an IP address, a one-label name and an address carrying a user name', () => {
    expect(checkPortalUrl('http://10.1.2.3/login', [])).toEqual({ ok: false, problem: 'no-host' });
    expect(checkPortalUrl('http://intranet/login', [])).toEqual({ ok: false, problem: 'no-host' });
    expect(checkPortalUrl('https://www.chinatax.gov.cn@gjj.example-city.cn/', [])).toEqual({
      ok: false,
      problem: 'no-host',
    });
  });

  it('names the registered portal an address belongs to', () => {
    const verdict = checkPortalUrl('https://tpass.beijing.chinatax.gov.cn:8443/#/login', []);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.problem).toBe('registered');
    expect(verdict.portal?.id).toBe('e-tax/beijing');
  });

  it('refuses a known look-alike, whose warning adding it would silence', () => {
    expect(checkPortalUrl('https://etax-chinatax.gov.cn.login-tax.top/', [])).toEqual({
      ok: false,
      problem: 'lookalike',
    });
    expect(checkPortalUrl('https://chlnatax.com/login', [])).toEqual({ ok: false, problem: 'lookalike' });
  });

  it('refuses a host added already, naming the entry', () => {
    const verdict = checkPortalUrl('https://gjj.example-city.cn/other', [CITY]);
    expect(verdict).toMatchObject({ ok: false, problem: 'already-added' });
    if (!verdict.ok) expect(verdict.portal?.name['zh-CN']).toBe('某市公积金');
  });
});
