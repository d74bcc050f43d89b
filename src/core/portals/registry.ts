import { E_TAX_PORTALS } from './data/e-tax';
import { HOUSING_FUND_PORTALS } from './data/housing-fund';
import { MEDICAL_INSURANCE_PORTALS } from './data/medical-insurance';
import { SOCIAL_INSURANCE_PORTALS } from './data/social-insurance';
import { isGovernmentHost, parseUrl, registrableDomain } from './host';
import type { ParsedUrl } from './host';
import type { Portal, PortalKind } from './types';

/** Every known portal, in registry order: by kind (PORTAL_KINDS order), then by id. The registry test enforces it. */
export const PORTALS: readonly Portal[] = [
  ...E_TAX_PORTALS,
  ...SOCIAL_INSURANCE_PORTALS,
  ...MEDICAL_INSURANCE_PORTALS,
  ...HOUSING_FUND_PORTALS,
];

const BY_HOST: ReadonlyMap<string, Portal> = new Map(PORTALS.flatMap((p) => p.hosts.map((h) => [h, p] as const)));
const BY_ID: ReadonlyMap<string, Portal> = new Map(PORTALS.map((p) => [p.id, p]));

/** The portal a URL belongs to (exact host match), or null. */
export function findPortal(url: string): Portal | null {
  const parsed = parseUrl(url);
  return parsed ? (BY_HOST.get(parsed.host) ?? null) : null;
}

export function portalForHost(host: string): Portal | null {
  return BY_HOST.get(host) ?? null;
}

export function portalById(id: string): Portal | null {
  return BY_ID.get(id) ?? null;
}

/** Does `parsed` match a `host/path-prefix#hash-prefix` login pattern? Port and query are ignored. */
function matchesLoginPattern(parsed: ParsedUrl, pattern: string): boolean {
  const slash = pattern.indexOf('/');
  const host = slash < 0 ? pattern : pattern.slice(0, slash);
  if (host !== parsed.host) return false;
  const rest = slash < 0 ? '/' : pattern.slice(slash);
  const hashAt = rest.indexOf('#');
  const path = hashAt < 0 ? rest : rest.slice(0, hashAt);
  if (!parsed.pathname.startsWith(path)) return false;
  if (hashAt < 0) return true;
  return parsed.hash.startsWith(rest.slice(hashAt));
}

/** Is the URL one of its portal's known login pages? (The recogniser also looks at the page itself.) */
export function isLoginUrl(url: string, portal: Portal | null = findPortal(url)): boolean {
  const parsed = parseUrl(url);
  if (!parsed || !portal) return false;
  return portal.loginUrls.some((p) => matchesLoginPattern(parsed, p));
}

export interface OfficialEntry {
  url: string;
  portal: Portal;
}

/**
 * Where to send a user instead of a look-alike: the entry URL of the portal of that kind in that region, else the
 * national one. Null when the kind is unknown (a bare "gov.cn" imitation) or nothing fits (housing fund outside
 * the listed cities): better no link than a wrong one.
 */
export function officialEntry(kind?: PortalKind, region?: string): string | null {
  return officialEntryPortal(kind, region)?.url ?? null;
}

/** officialEntry with the chosen portal (for its name). */
export function officialEntryPortal(kind?: PortalKind, region?: string): OfficialEntry | null {
  if (!kind) return null;
  // The region's main entry has the id `<kind>/<region>`; other entries of the region come next, legacy ones last.
  const rank = (p: Portal, wanted: string): number =>
    (p.id === `${kind}/${wanted}` ? 0 : 1) + (p.id.endsWith('-legacy') ? 2 : 0);
  const pick = (wanted: string): Portal | undefined =>
    PORTALS.filter((p) => p.kind === kind && p.region === wanted).sort((a, b) => rank(a, wanted) - rank(b, wanted))[0];
  const chosen = (region ? pick(region) : undefined) ?? pick('national');
  return chosen ? { url: chosen.entry, portal: chosen } : null;
}

/**
 * Chrome/Firefox match patterns for the content script, generated from the registry at build time.
 * With `allGovernment` (default) one `*://*.gov.cn/*` covers every government host, listed or not, and only the
 * official hosts outside `.gov.cn` are added. Without it, hosts sharing a registrable domain collapse into
 * `*://*.<domain>/*` and single hosts stay exact. Match patterns carry no port, so `:8443` pages are covered.
 */
export function contentScriptMatches(options: { allGovernment?: boolean } = {}): string[] {
  const allGovernment = options.allGovernment ?? true;
  const hosts = [...new Set(PORTALS.flatMap((p) => p.hosts))].sort();
  const patterns = new Set<string>();
  if (allGovernment) patterns.add('*://*.gov.cn/*');
  const byDomain = new Map<string, string[]>();
  for (const host of hosts) {
    if (allGovernment && isGovernmentHost(host)) continue;
    const domain = registrableDomain(host);
    byDomain.set(domain, [...(byDomain.get(domain) ?? []), host]);
  }
  for (const [domain, list] of byDomain) {
    if (list.length > 1) patterns.add(`*://*.${domain}/*`);
    else for (const host of list) patterns.add(`*://${host}/*`);
  }
  return [...patterns];
}
