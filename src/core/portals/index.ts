export type { Certainty, LoginMode, Portal, PortalKind } from './types';
export { LOGIN_MODES, PORTAL_KINDS } from './types';
export { PORTALS, contentScriptMatches, findPortal, isLoginUrl, officialEntry, officialEntryPortal, portalById, portalForHost } from './registry';
export type { OfficialEntry } from './registry';
export { trust, trustHost } from './trust';
export type { Imitation, Trust, TrustResult } from './trust';
export { decodePunycodeLabel, isGovernmentHost, parseUrl, registrableDomain, toUnicodeHost } from './host';
