/**
 * The names portals register under gov.cn (12333.gov.cn → "12333", nhsa.gov.cn → "nhsa", chinatax.gov.cn →
 * "chinatax"), taken from the registry, and their use in a name outside gov.cn: the same name with another ending
 * (nhsa.top, 12333.cn, www.12333.com), as a label of another site (nhsa.fuwu-center.com), or glued to one of the
 * portal's own host labels (si12333.com, nhsa-fuwu.cn). Only gov.cn can register a gov.cn name, so the real portal
 * never sits there; a city's own site named after the hotline (www.cs12333.com, in the registry) is official
 * before this is asked, and region + hotline names (hebei12333.com) are left alone: cities run such sites.
 */
import { isGovernmentHost, registrableDomain } from './host';
import { PORTALS } from './registry';
import type { PortalKind } from './types';

export interface GovBrand {
  kind: PortalKind;
  /** the official labels in front of it (si for si.12333.gov.cn), without www and regions */
  labels: ReadonlySet<string>;
}

/**
 * Endings a copy of a portal is registered under: the Chinese ones and the cheap generic ones. .org and .edu are
 * left out: acronyms such as NHSA are used by unrelated associations there.
 */
const COPY_ENDINGS: ReadonlySet<string> = new Set([
  'cn',
  'com.cn',
  'net.cn',
  'org.cn',
  'com',
  'net',
  'top',
  'xyz',
  'vip',
  'cc',
  'site',
  'online',
  'shop',
  'ltd',
  'info',
  'icu',
  'club',
  'work',
  'wang',
  'ren',
  'link',
  'live',
  'pro',
  'co',
  'asia',
  'fun',
  'tk',
  'me',
  'cyou',
  'buzz',
]);

export function govBrands(regions: ReadonlySet<string>): ReadonlyMap<string, GovBrand> {
  const brands = new Map<string, { kind: PortalKind; labels: Set<string> }>();
  for (const portal of PORTALS) {
    for (const host of portal.hosts) {
      if (!isGovernmentHost(host)) continue;
      const domain = registrableDomain(host);
      const name = domain.split('.')[0] ?? '';
      if (name.length < 4 || regions.has(name)) continue;
      const brand = brands.get(name) ?? { kind: portal.kind, labels: new Set<string>() };
      for (const label of host.slice(0, -domain.length - 1).split('.')) {
        if (label && label !== 'www' && !regions.has(label)) brand.labels.add(label);
      }
      brands.set(name, brand);
    }
  }
  return brands;
}

/** How `host` (not under gov.cn, not official) uses a gov.cn portal name, or null. */
export function govBrandUse(
  host: string,
  brands: ReadonlyMap<string, GovBrand>,
): { brand: string; kind: PortalKind; how: string } | null {
  const domain = registrableDomain(host);
  const [name = '', ...ending] = domain.split('.');
  const front = host.length > domain.length ? host.slice(0, -domain.length - 1).split('.') : [];
  for (const [brand, info] of brands) {
    if (name === brand && COPY_ENDINGS.has(ending.join('.')))
      return { brand, kind: info.kind, how: `${brand} with another ending` };
    if (front.includes(brand)) return { brand, kind: info.kind, how: `${brand} as a label of ${domain}` };
    for (const label of info.labels) {
      const glued = [`${label}${brand}`, `${label}-${brand}`, `${brand}${label}`, `${brand}-${label}`];
      if (glued.includes(name)) return { brand, kind: info.kind, how: `${brand} glued to its own host label ${label}` };
    }
  }
  return null;
}
