/**
 * Which company the popup checks for: the one whose usual portals include this portal (the last used of those
 * when several do), else the last used one, else the first. And the filter an accountant with 30 companies types
 * into: part of the name, or part of the credit code (spaces and case ignored).
 */
import type { CompanyProfile } from '../core/checklist/types';

export function chooseProfile(
  profiles: readonly CompanyProfile[],
  portalId: string | null,
  lastId: string | null,
): CompanyProfile | null {
  const forPortal = portalId ? profiles.filter((p) => p.usualPortals.includes(portalId)) : [];
  const last = (list: readonly CompanyProfile[]) => list.find((p) => p.id === lastId);
  return last(forPortal) ?? forPortal[0] ?? last(profiles) ?? profiles[0] ?? null;
}

const fold = (value: string) => value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

export function filterProfiles(profiles: readonly CompanyProfile[], query: string): CompanyProfile[] {
  const wanted = fold(query.slice(0, 100));
  if (!wanted) return [...profiles];
  return profiles.filter((p) => fold(p.name).includes(wanted) || fold(p.creditCode).includes(wanted));
}
