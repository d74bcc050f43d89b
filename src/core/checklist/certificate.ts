import { caVendorById } from '../ca-clients';
import type { CaVendor } from '../ca-clients';
import { caVendorOf } from '../recognise/ca-markers';
import type { ChecklistFacts } from './types';

/** At most this many markers are looked at (the snapshot bounds them too). */
const MAX_MARKERS = 50;

function markers(facts: ChecklistFacts): string[] {
  return (facts.caMarkers ?? []).slice(0, MAX_MARKERS);
}

/**
 * The login on this page uses a certificate: the certificate tab is active, the portal knows no other mode, or
 * the page offers certificate login and carries a CA client's traces while no other mode is active.
 */
export function usesCertificate(facts: ChecklistFacts): boolean {
  const r = facts.recognition;
  if (r?.activeMode === 'ca') return true;
  if (r?.activeMode) return false;
  const methods = facts.portal?.loginMethods ?? [];
  if (methods.length === 1 && methods[0] === 'ca') return true;
  return (r?.modes.includes('ca') ?? false) && markers(facts).some((m) => caVendorOf(m) !== null);
}

/**
 * The page needs Internet Explorer (or an IE-compatible mode): the registry says so, or the page embeds an ActiveX
 * control (any class id) or a CA plug-in type; neither loads in Chrome's or Edge's normal mode.
 */
export function pageNeedsIe(facts: ChecklistFacts): boolean {
  if (facts.portal?.browsers?.ieMode) return true;
  return markers(facts).some((m) => m.startsWith('clsid:') || (m.startsWith('mime:') && caVendorOf(m) !== null));
}

/** The CA vendor of the user's key: the profile's, else the one the page's traces name, else the portal's first. */
export function vendorFor(facts: ChecklistFacts): CaVendor | null {
  const fromProfile = facts.profile?.certVendor ? caVendorById(facts.profile.certVendor) : null;
  if (fromProfile) return fromProfile;
  for (const m of markers(facts)) {
    const v = caVendorOf(m);
    const vendor = v ? caVendorById(v) : null;
    if (vendor) return vendor;
  }
  const first = facts.portal?.caClients[0];
  return first ? caVendorById(first) : null;
}
