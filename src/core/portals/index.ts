export type { Certainty, LoginMode, Portal, PortalKind } from './types';
export { LOGIN_MODES, PORTAL_KINDS } from './types';
export {
  PORTALS,
  contentScriptMatches,
  findPortal,
  isLoginUrl,
  officialEntry,
  officialEntryPortal,
  portalById,
  portalForHost,
} from './registry';
export type { OfficialEntry } from './registry';
export { trust, trustHost } from './trust';
export type { Imitation, Trust, TrustResult } from './trust';
export { decodePunycodeLabel, isGovernmentHost, parseUrl, registrableDomain, toUnicodeHost } from './host';
export { CUSTOM_REGION, checkPortalUrl, customPortal, isCustomPortal } from './custom';
export type { CustomPortalEntry, PortalUrlCheck, PortalUrlProblem } from './custom';
