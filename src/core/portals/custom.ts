/**
 * Portals the user adds because the registry lacks them (a city's 社保 or 公积金 site). They reach the core as
 * plain data (the shells keep the list, src/shared/custom-portals.ts) and become ordinary `Portal` entries here,
 * so recognition, trust and diagnosis treat them like registered ones. Pure: no browser API.
 */
import { portalForHost } from './registry';
import { isIpAddress, parseUrl } from './host';
import { trustHost } from './trust';
import type { Portal, PortalKind } from './types';

/** What the user tells us about a portal: its address, a name of their choosing, and its kind. */
export interface CustomPortalEntry {
  /** the address the user gave (http or https), the portal's entry */
  url: string;
  /** its host, lower-case, no port (what the content script and the permission are for) */
  host: string;
  name: string;
  kind: PortalKind;
}

/** Registry ids have the form `<kind>/<region>`; a custom one has the region `custom`. */
export const CUSTOM_REGION = 'custom';

/** The national hotline of each kind (the same ones the registry's entries of that kind give). */
const HOTLINES: Record<PortalKind, string> = {
  'e-tax': '12366',
  'social-insurance': '12333',
  'medical-insurance': '12393',
  'housing-fund': '12329',
};

export function customPortal(entry: CustomPortalEntry): Portal {
  return {
    id: `${entry.kind}/${CUSTOM_REGION}-${entry.host}`,
    name: { 'zh-CN': entry.name, en: entry.name },
    kind: entry.kind,
    region: CUSTOM_REGION,
    hosts: [entry.host],
    entry: entry.url,
    // the user's address is the page they log in on; the recogniser still looks at the page itself
    loginUrls: [`${entry.host}${new URL(entry.url).pathname}`],
    loginMethods: [],
    browsers: null,
    caClients: [],
    hotline: HOTLINES[entry.kind],
    source: ['added by the user in the options page'],
    certainty: 'low',
    testUrls: {},
  };
}

export function isCustomPortal(portal: Pick<Portal, 'region'>): boolean {
  return portal.region === CUSTOM_REGION;
}

/** The custom portal a host belongs to, or null. Bounded by the list's own bound (src/shared/custom-portals.ts). */
export function customPortalForHost(host: string, custom: readonly Portal[]): Portal | null {
  return custom.find((portal) => portal.hosts.includes(host)) ?? null;
}

export type PortalUrlProblem = 'not-a-url' | 'scheme' | 'no-host' | 'registered' | 'lookalike' | 'already-added';

export type PortalUrlCheck =
  | { ok: true; url: string; host: string }
  | { ok: false; problem: PortalUrlProblem; portal?: Portal };

/**
 * Whether an address may be added as a custom portal: http(s) with a real host name, not a registered portal
 * (which is already covered, and named so the user knows which one), not a look-alike the guard would warn about
 * (adding one would silence the warning), not added already.
 */
export function checkPortalUrl(input: string, custom: readonly Portal[]): PortalUrlCheck {
  const text = input.trim().slice(0, 2048);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  const parsed = parseUrl(text);
  // a host of one label (intranet names, "localhost") or an IP address is no portal's public address
  if (!parsed || !parsed.host.includes('.') || isIpAddress(parsed.host) || url.username || url.password) {
    return { ok: false, problem: 'no-host' };
  }
  const host = parsed.host;
  const registered = portalForHost(host);
  if (registered) return { ok: false, problem: 'registered', portal: registered };
  const added = customPortalForHost(host, custom);
  if (added) return { ok: false, problem: 'already-added', portal: added };
  if (trustHost(host).trust === 'lookalike') return { ok: false, problem: 'lookalike' };
  const port = url.port ? `:${url.port}` : '';
  return { ok: true, url: `${url.protocol}//${host}${port}${url.pathname}`, host };
}
