import { describe, expect, it } from 'vitest';
import { TAX_REGION_COUNT } from '../../../src/core/portals/data/e-tax';
import { REQUIRED_ENGINES } from '../../../src/core/portals/types';
import {
  LOGIN_MODES,
  PORTALS,
  PORTAL_KINDS,
  contentScriptMatches,
  findPortal,
  isLoginUrl,
  officialEntry,
  officialEntryPortal,
  parseUrl,
  portalById,
  trust,
} from '../../../src/core/portals';

/** Chrome match-pattern semantics for `<scheme>://<host>/<path>` patterns (no port: any port matches). */
function matchPatternCovers(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const u = new URL(url);
  if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && host !== u.hostname) return false;
  const re = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(u.pathname + u.search);
}

const HOST_RE = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

describe('portal registry lint', () => {
  it('has one entry per national unified e-tax region (36) with the four hosts', () => {
    expect(TAX_REGION_COUNT).toBe(36);
    const regional = PORTALS.filter((p) => p.kind === 'e-tax' && p.hosts.some((h) => h.startsWith('tpass.')));
    expect(regional).toHaveLength(36);
    for (const p of regional) {
      expect(p.hosts).toEqual(['dppt', 'etax', 'tpass', 'znhd'].map((s) => `${s}.${p.region}.chinatax.gov.cn`));
    }
  });

  it('ids are unique and shaped <kind>/<slug>', () => {
    const ids = PORTALS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PORTALS) expect(p.id).toMatch(new RegExp(`^${p.kind}/[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it('is sorted by kind (e-tax, social-insurance, medical-insurance, housing-fund), then by id', () => {
    const key = (i: number): [number, string] => [PORTAL_KINDS.indexOf(PORTALS[i]!.kind), PORTALS[i]!.id];
    for (let i = 1; i < PORTALS.length; i++) {
      const [ka, ia] = key(i - 1);
      const [kb, ib] = key(i);
      expect(ka < kb || (ka === kb && ia < ib), `${ia} must come before ${ib}`).toBe(true);
    }
  });

  it('hosts are valid lower-case names without port, sorted within an entry, and unique across the registry', () => {
    const seen = new Map<string, string>();
    for (const p of PORTALS) {
      expect(p.hosts.length, p.id).toBeGreaterThan(0);
      expect([...p.hosts].sort(), p.id).toEqual(p.hosts);
      for (const h of p.hosts) {
        expect(h, p.id).toMatch(HOST_RE);
        expect(seen.get(h), `${h} listed by ${seen.get(h)} and ${p.id}`).toBeUndefined();
        seen.set(h, p.id);
      }
    }
  });

  it('every entry is sourced, named in both languages, has a known certainty, kind, modes and hotline', () => {
    for (const p of PORTALS) {
      expect(p.source.length, p.id).toBeGreaterThan(0);
      for (const s of p.source) expect(s.trim().length, p.id).toBeGreaterThan(10);
      expect(p.name['zh-CN'].trim(), p.id).not.toBe('');
      expect(p.name.en.trim(), p.id).not.toBe('');
      expect(['high', 'medium', 'low']).toContain(p.certainty);
      expect(PORTAL_KINDS).toContain(p.kind);
      expect(p.region).toMatch(/^[a-z]+$/);
      expect(new Set(p.loginMethods).size, p.id).toBe(p.loginMethods.length);
      for (const m of p.loginMethods) expect(LOGIN_MODES).toContain(m);
      expect(p.hotline).toMatch(/^\d{5}$/);
      if (p.browsers) {
        expect(p.browsers.said.en && p.browsers.said['zh-CN'], p.id).toBeTruthy();
        expect(p.browsers.engines.length, p.id).toBeGreaterThan(0);
        for (const e of p.browsers.engines) expect(REQUIRED_ENGINES, p.id).toContain(e);
        expect(p.browsers.source.trim().length, p.id).toBeGreaterThan(10);
        if (p.browsers.ieMode) expect(p.browsers.engines, p.id).toContain('trident');
      }
    }
  });

  it("login patterns are host/path[#hash] on the entry's own hosts; the entry URL is an official http(s) URL", () => {
    for (const p of PORTALS) {
      for (const pattern of p.loginUrls) {
        expect(pattern, p.id).not.toMatch(/^[a-z]+:\/\//);
        expect(pattern, p.id).toMatch(/^[^/:]+\//);
        expect(p.hosts, `${p.id}: ${pattern}`).toContain(pattern.slice(0, pattern.indexOf('/')));
      }
      expect(parseUrl(p.entry), p.id).not.toBeNull();
      expect(trust(p.entry).trust, p.id).toBe('official');
    }
  });

  it('every entry has test URLs, and each classifies to that entry (login ones as login pages)', () => {
    for (const p of PORTALS) {
      const login = p.testUrls.login ?? [];
      const other = p.testUrls.other ?? [];
      expect(login.length + other.length, p.id).toBeGreaterThan(0);
      if (p.loginUrls.length > 0)
        expect(login.length, `${p.id} has login patterns but no login test URL`).toBeGreaterThan(0);
      for (const url of login) {
        expect(findPortal(url)?.id, url).toBe(p.id);
        expect(isLoginUrl(url), url).toBe(true);
        expect(trust(url).trust, url).toBe('official');
      }
      for (const url of other) {
        expect(findPortal(url)?.id, url).toBe(p.id);
        expect(isLoginUrl(url), url).toBe(false);
      }
    }
  });

  it('URLs that belong to no entry', () => {
    const none = [
      'https://www.baidu.com/',
      'https://chinatax.gov.cn.login-etax.top/#/login',
      'https://www.chinatax.gov.cn@evil.top/',
      'https://foo.beijing.chinatax.gov.cn/',
      'https://www.gov.cn/',
      'https://cs12333.com/',
      'file:///C:/tpass.beijing.chinatax.gov.cn/index.html',
      'not a url',
    ];
    for (const url of none) expect(findPortal(url), url).toBeNull();
  });

  it('every host is covered by the content-script match patterns, in both modes', () => {
    for (const allGovernment of [true, false]) {
      const patterns = contentScriptMatches({ allGovernment });
      expect(new Set(patterns).size).toBe(patterns.length);
      for (const p of PORTALS) {
        for (const h of p.hosts) {
          for (const scheme of ['http', 'https']) {
            const url = `${scheme}://${h}:8443/some/page`;
            expect(
              patterns.some((pat) => matchPatternCovers(pat, url)),
              `${url} (allGovernment ${allGovernment})`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('the default match patterns are compact: *.gov.cn plus the official hosts outside it', () => {
    const patterns = contentScriptMatches();
    expect(patterns).toContain('*://*.gov.cn/*');
    expect(patterns).toContain('*://www.cs12333.com/*');
    expect(patterns.every((p) => p === '*://*.gov.cn/*' || !p.includes('gov.cn'))).toBe(true);
    expect(patterns.some((p) => matchPatternCovers(p, 'https://www.baidu.com/'))).toBe(false);
    expect(contentScriptMatches({ allGovernment: false })).toContain('*://*.chinatax.gov.cn/*');
  });
});

describe('officialEntry', () => {
  it("sends to the region's main entry, else the national one", () => {
    expect(officialEntry('e-tax', 'beijing')).toBe('https://etax.beijing.chinatax.gov.cn:8443/loginb/');
    expect(officialEntry('e-tax', 'sichuan')).toBe('https://etax.sichuan.chinatax.gov.cn/loginb/');
    expect(officialEntry('e-tax', 'xizang')).toBe('https://etax.xizang.chinatax.gov.cn:5100/loginb/');
    expect(officialEntryPortal('e-tax', 'guangdong')?.portal.id).toBe('e-tax/guangdong');
    expect(officialEntry('e-tax')).toBe('https://www.chinatax.gov.cn/');
    expect(officialEntry('social-insurance', 'nowhere')).toBe('https://si.12333.gov.cn/');
    expect(officialEntry('social-insurance', 'changsha')).toBe('https://www.cs12333.com/neaf-ui-cs/#/login');
    expect(officialEntry('medical-insurance')).toBe('https://fuwu.nhsa.gov.cn/nationalHallSt/#/unitLogin');
    expect(officialEntryPortal('housing-fund', 'beijing')?.portal.id).toBe('housing-fund/beijing');
    expect(officialEntry('housing-fund')).toBeNull();
    expect(officialEntry(undefined, 'beijing')).toBeNull();
  });

  it('portalById finds entries', () => {
    expect(portalById('e-tax/tianjin')?.hosts).toContain('tpass.tianjin.chinatax.gov.cn');
    expect(portalById('nope')).toBeNull();
  });
});
