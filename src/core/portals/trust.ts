import { TAX_REGION_NAMES } from './data/e-tax';
import { editDistance, isGovernmentHost, isIpAddress, parseUrl, registrableDomain, toUnicodeHost } from './host';
import { govBrands, govBrandUse } from './gov-brands';
import { PORTALS, portalForHost } from './registry';
import { skeleton, withJoinedPairs, withLetterDigits } from './skeleton';
import type { Portal, PortalKind } from './types';

/**
 * The phishing guard. `official` = a registry host; `government` = any other `.gov.cn` host; `lookalike` = a
 * non-government host that imitates a portal; `unknown` = everything else. Precision first: a warning on a real
 * portal would teach users to ignore warnings, so every lookalike rule needs a signal no ordinary site carries
 * (a `gov.cn` inside the name, a portal brand, a typo of one, or a portal word next to a login word).
 * Government and registry hosts are never flagged.
 */
export type Trust = 'official' | 'government' | 'lookalike' | 'unknown';

export interface Imitation {
  kind?: PortalKind;
  region?: string;
  /** why the host was flagged, in English, for logs, the CLI and tests (the UI words its own text) */
  reason: string;
}

export interface TrustResult {
  trust: Trust;
  host: string;
  portal: Portal | null;
  imitates?: Imitation;
}

/** `custom`: the portals the user added (./custom.ts), official for them like registry entries. */
export function trust(url: string, custom: readonly Portal[] = []): TrustResult {
  const parsed = parseUrl(url);
  if (!parsed) return { trust: 'unknown', host: '', portal: null };
  const verdict = trustHost(parsed.host, custom);
  return verdict.trust === 'unknown' ? (disguisedByUserinfo(parsed.userinfo, parsed.host) ?? verdict) : verdict;
}

/**
 * `https://www.chinatax.gov.cn@evil.top/` goes to evil.top: the part before "@" is a user name that only makes
 * the address read like a portal. No official link is written that way, so a portal or government name there
 * marks the address as a look-alike of what it names.
 */
function disguisedByUserinfo(userinfo: string, host: string): TrustResult | null {
  if (!userinfo.includes('.')) return null;
  const named = trustHost(userinfo);
  if (named.trust === 'unknown') return null;
  return {
    trust: 'lookalike',
    host,
    portal: null,
    imitates: {
      ...((named.portal?.kind ?? named.imitates?.kind) ? { kind: named.portal?.kind ?? named.imitates?.kind } : {}),
      ...((named.portal?.region ?? named.imitates?.region)
        ? { region: named.portal?.region ?? named.imitates?.region }
        : {}),
      reason: `the address starts with "${userinfo}@", but the site is ${host}`,
    },
  };
}

export function trustHost(host: string, custom: readonly Portal[] = []): TrustResult {
  const portal = portalForHost(host) ?? custom.find((p) => p.hosts.includes(host)) ?? null;
  if (portal) return { trust: 'official', host, portal };
  if (isGovernmentHost(host)) return { trust: 'government', host, portal: null };
  // Sub-domains of an official non-government domain (e.g. *.cs12333.com) belong to the same owner.
  if (isIpAddress(host) || OFFICIAL_OTHER_DOMAINS.has(registrableDomain(host))) {
    return { trust: 'unknown', host, portal: null };
  }
  const imitates = imitation(host);
  return imitates ? { trust: 'lookalike', host, portal: null, imitates } : { trust: 'unknown', host, portal: null };
}

const OFFICIAL_OTHER_DOMAINS: ReadonlySet<string> = new Set(
  PORTALS.flatMap((p) => p.hosts)
    .filter((h) => !isGovernmentHost(h))
    .map(registrableDomain),
);

/** Brands that only the portals themselves use: one of these anywhere in a name part is enough. */
const BRANDS: ReadonlyMap<string, PortalKind> = new Map([['chinatax', 'e-tax']]);

/** Chinese bureau and system names: in a non-government IDN they are enough. */
const BRANDS_ZH: ReadonlyMap<string, PortalKind> = new Map<string, PortalKind>([
  ['国家税务总局', 'e-tax'],
  ['电子税务局', 'e-tax'],
  ['税务局', 'e-tax'],
  ['社会保险', 'social-insurance'],
  ['社保局', 'social-insurance'],
  ['人社局', 'social-insurance'],
  ['人力资源和社会保障', 'social-insurance'],
  ['医保局', 'medical-insurance'],
  ['医疗保障', 'medical-insurance'],
  ['公积金中心', 'housing-fund'],
  ['住房公积金', 'housing-fund'],
]);

/**
 * Portal words that ordinary sites also use (HR agencies, tax software): they count only next to a login word,
 * or (for the e-tax host labels) next to a region or another portal word. `contains` = may be part of a longer word.
 */
interface Token {
  kind: PortalKind;
  contains: boolean;
  tax?: boolean;
}
const TOKENS: ReadonlyMap<string, Token> = new Map<string, Token>([
  ['etax', { kind: 'e-tax', contains: false, tax: true }],
  ['tpass', { kind: 'e-tax', contains: false, tax: true }],
  ['dppt', { kind: 'e-tax', contains: false, tax: true }],
  ['12366', { kind: 'e-tax', contains: true, tax: true }],
  ['12333', { kind: 'social-insurance', contains: true }],
  ['shebao', { kind: 'social-insurance', contains: true }],
  ['hrss', { kind: 'social-insurance', contains: false }],
  ['rsj', { kind: 'social-insurance', contains: false }],
  ['nhsa', { kind: 'medical-insurance', contains: false }],
  ['ybj', { kind: 'medical-insurance', contains: false }],
  ['yibao', { kind: 'medical-insurance', contains: true }],
  ['12393', { kind: 'medical-insurance', contains: true }],
  ['gjj', { kind: 'housing-fund', contains: false }],
  ['zfgjj', { kind: 'housing-fund', contains: true }],
  ['gongjijin', { kind: 'housing-fund', contains: true }],
  ['12329', { kind: 'housing-fund', contains: true }],
]);
const TOKENS_ZH: ReadonlyMap<string, PortalKind> = new Map<string, PortalKind>([
  ['税务', 'e-tax'],
  ['个税', 'e-tax'],
  ['社保', 'social-insurance'],
  ['人社', 'social-insurance'],
  ['医保', 'medical-insurance'],
  ['公积金', 'housing-fund'],
]);

const LOGIN_WORDS: ReadonlySet<string> = new Set([
  'login',
  'logon',
  'signin',
  'denglu',
  'sso',
  'auth',
  'verify',
  'yanzheng',
  'secure',
  'account',
  'official',
  'guanwang',
  'gov',
  'portal',
]);
const LOGIN_WORDS_ZH = ['登录', '登陆', '认证', '官网', '官方', '政府'];

const REGIONS: ReadonlySet<string> = new Set([
  ...TAX_REGION_NAMES.keys(),
  ...PORTALS.map((p) => p.region).filter((r) => r !== 'national'),
]);

const GOV_BRANDS = govBrands(REGIONS);

/**
 * Registry brand labels a typo of which is suspicious: the first label of each registrable domain, minus region
 * names (a typo of "beijing" is not a portal) and labels with digits (city hotline names such as cs12333 differ
 * by a letter from other cities' legitimate sites), at least 6 characters.
 */
const TYPO_BRANDS: ReadonlyMap<string, { kind: PortalKind; region?: string }> = (() => {
  const map = new Map<string, { kind: PortalKind; region?: string }>();
  for (const portal of PORTALS) {
    for (const host of portal.hosts) {
      const label = registrableDomain(host).split('.')[0] ?? '';
      if (label.length < 6 || /\d/.test(label) || REGIONS.has(label)) continue;
      const seen = map.get(label);
      // A brand shared by several regions (chinatax) names no region.
      if (!seen)
        map.set(label, { kind: portal.kind, ...(portal.region !== 'national' ? { region: portal.region } : {}) });
      else if (seen.region !== portal.region) map.set(label, { kind: seen.kind });
    }
  }
  return map;
})();

function parts(host: string): string[] {
  return host.split(/[.\-_]/).filter(Boolean);
}

function imitation(host: string): Imitation | null {
  const unicode = toUnicodeHost(host);
  const folded = skeleton(unicode);
  // Letter look-alikes first, so "chinаtax" (Cyrillic а) is reported as such rather than as a typo.
  const variants: { text: string; confusable: boolean }[] = [];
  if (folded !== unicode) variants.push({ text: folded, confusable: true });
  variants.push({ text: unicode, confusable: false });
  const digitFolded = withLetterDigits(folded);
  if (digitFolded !== folded) variants.push({ text: digitFolded, confusable: true });
  const joined = withJoinedPairs(digitFolded);
  if (joined !== digitFolded) variants.push({ text: joined, confusable: true });

  for (const { text, confusable } of variants) {
    const found = judge(text, confusable, unicode);
    if (found) return found;
  }
  return null;
}

/** What a host's name parts say about it, collected once per spelling. */
interface Signals {
  kind?: PortalKind;
  /** portal words found (etax, 12333, 社保 …) */
  tokenCount: number;
  /** one of them belongs to an e-tax host name */
  taxToken: boolean;
  /** a brand only the portals use (chinatax, 电子税务局 …) */
  brand?: string;
  loginWord: boolean;
}

/** The brands, portal words and login words in `words` (name parts) and `text` (the whole name, for Chinese). */
function signals(words: readonly string[], text: string): Signals {
  const found: Signals = { tokenCount: 0, taxToken: false, loginWord: false };
  for (const part of words) {
    for (const [name, k] of BRANDS) {
      if (part.includes(name)) {
        found.brand = name;
        found.kind = k;
      }
    }
    if (LOGIN_WORDS.has(part)) found.loginWord = true;
    for (const [token, info] of TOKENS) {
      if (part === token || (info.contains && part.includes(token))) {
        found.tokenCount++;
        found.kind ??= info.kind;
        if (info.tax) found.taxToken = true;
      }
    }
  }
  for (const [zh, k] of BRANDS_ZH) {
    if (text.includes(zh)) {
      found.brand = zh;
      found.kind = k;
      break;
    }
  }
  for (const [zh, k] of TOKENS_ZH) {
    if (text.includes(zh)) {
      found.tokenCount++;
      found.kind ??= k;
      if (k === 'e-tax') found.taxToken = true;
    }
  }
  if (LOGIN_WORDS_ZH.some((w) => text.includes(w))) found.loginWord = true;
  return found;
}

/** "gov.cn" inside a name that is not under gov.cn: chinatax.gov.cn.login-etax.top, chinatax-gov.cn, gov-cn.tax.xyz */
function governmentNameIn(p: readonly string[]): string | null {
  for (let i = 0; i + 1 < p.length; i++) {
    if (p[i] === 'gov' && p[i + 1] === 'cn') return '"gov.cn" inside';
  }
  return p.includes('govcn') ? '"govcn" in' : null;
}

/** A typo of a registry brand label: chlnatax, chinatex, chinattax. */
function typoOf(p: readonly string[], region: string | undefined, how: string): Imitation | null {
  for (const part of p) {
    if (part.length < 5) continue;
    for (const [label, brandOf] of TYPO_BRANDS) {
      const max = label.length >= 8 && part.length === label.length ? 2 : 1;
      const distance = editDistance(part, label, max);
      if (distance >= 1 && distance <= max) {
        return {
          kind: brandOf.kind,
          ...(region ? { region } : brandOf.region ? { region: brandOf.region } : {}),
          reason: `"${part}" is a misspelling of "${label}"${how}`,
        };
      }
    }
  }
  return null;
}

/**
 * The look-alike rules in order, each a signal no ordinary site carries. `original` is the host before folding:
 * digits folded away (12333 → l2333) still count as portal words.
 */
function judge(text: string, confusable: boolean, original: string): Imitation | null {
  const p = parts(text);
  const words = text === original ? p : [...new Set([...p, ...parts(original)])];
  const how = confusable ? ' (with look-alike characters)' : '';
  const region = words.find((x) => REGIONS.has(x));
  const withRegion = (kind: PortalKind | undefined, reason: string): Imitation => ({
    ...(kind ? { kind } : {}),
    ...(region ? { region } : {}),
    reason,
  });
  const { kind, tokenCount, taxToken, brand, loginWord } = signals(words, text);

  // 1. A government name where no government host is.
  const government = governmentNameIn(p);
  if (government) return withRegion(kind, `imitates a government name: ${government} ${text}${how}`);
  // 2. A portal brand in the name.
  if (brand) return withRegion(kind, `uses the portal name "${brand}" outside the official domain${how}`);
  // 2b. A gov.cn portal name outside gov.cn: nhsa.top, www.12333.com, si12333.cn
  const used = govBrandUse(text, GOV_BRANDS);
  if (used) return withRegion(used.kind, `uses the portal name "${used.brand}" outside gov.cn (${used.how})${how}`);
  // 3. A misspelt registry brand.
  const typo = typoOf(p, region, how);
  if (typo) return typo;
  // 4. Confusable characters that turn the name into a registry host.
  if (confusable) {
    const portal = portalForHost(text);
    if (portal) return { kind: portal.kind, region: portal.region, reason: `look-alike characters spell ${text}` };
  }
  // 5. Portal words next to a login word, or e-tax host words next to a region or another portal word.
  if (tokenCount > 0 && loginWord) return withRegion(kind, `portal words next to login words in ${text}${how}`);
  if (taxToken && (region || tokenCount >= 2))
    return withRegion(kind, `e-tax host words outside chinatax.gov.cn in ${text}${how}`);
  return null;
}
