/**
 * `companyProfiles` (storage.local): the user's companies, each parsed on its own (src/shared/profiles.ts has the
 * schema); a broken or duplicated entry is dropped alone. The agent's ID number is not here unless the user asked
 * to remember it: see agent-ids.ts.
 */
import { listOf, type StoredEntry } from '../entry';
import { parseProfile } from '../../profiles';
import type { CompanyProfile } from '../../../core/checklist/types';

/** an accountant may keep many companies; far more than this is not a list anyone picks from */
const MAX = 500;

function recoverProfiles(raw: unknown) {
  // parseProfile is called, not captured, here: src/shared/profiles.ts and this file import each other
  const read = listOf((entry) => parseProfile(entry), MAX)(raw);
  const unique = read.value.filter((profile, at) => read.value.findIndex((p) => p.id === profile.id) === at);
  return { value: unique, dropped: read.dropped + read.value.length - unique.length };
}

export const PROFILES: StoredEntry<CompanyProfile[]> = {
  area: 'local',
  key: 'companyProfiles',
  exported: true,
  label: 'storedProfiles',
  fallback: () => [],
  recover: recoverProfiles,
};
