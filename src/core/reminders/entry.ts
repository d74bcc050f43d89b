/**
 * Where a reminder's click leads: the official entry of the company's first usual portal; else the e-tax portal of
 * the region its credit code was registered in (the certificate is mostly used there); else nowhere we know, and
 * the shell opens the settings.
 */
import type { CompanyProfile } from '../checklist/types';
import { taxRegionOf } from '../companies/tax-region';
import { officialEntry, portalById } from '../portals';

export function reminderEntry(profile: CompanyProfile): string | null {
  for (const id of profile.usualPortals) {
    const portal = portalById(id);
    if (portal) return portal.entry;
  }
  const region = taxRegionOf(profile.creditCode);
  return region ? officialEntry('e-tax', region) : null;
}
