/**
 * Company profiles: the companies a user logs in for (name, credit code, agent, usual portals, certificate). Kept in
 * storage.local, except the agent's ID number: it goes to storage.session (memory only, gone when the browser
 * closes) unless the user ticked "remember on this computer". There is no field for a password, PIN, SMS or captcha
 * code, and the schema strips any key it does not know, so none can be stored even by a bad import.
 *
 * Every read parses every entry on its own: a broken or old entry is dropped alone, never the whole list
 * (src/shared/storage). Companies pushed by the user's IT department (storage.managed) take part, read-only.
 */
import * as z from 'zod/mini';
import type { AgentIdType, CompanyProfile } from '../core/checklist/types';
import { AGENT_IDS } from './storage/keys/agent-ids';
import { LAST_COMPANY } from './storage/keys/last-company';
import { PROFILES } from './storage/keys/profiles';
import { isManagedProfile, readPolicy } from './storage/managed';
import { inTurn, readKey, writeKey } from './storage/store';

z.config({ jitless: true });

/** an accountant may keep many companies; far more than this is not a list anyone picks from */
export const MAX_PROFILES = 500;

export const AGENT_ID_TYPES: readonly AgentIdType[] = [
  'person',
  'resident-id',
  'resident-id-15',
  'hk-mo-tw-permit',
  'foreign-permanent-id',
];

const text = (max: number) => z.string().check(z.maxLength(max));

const ProfileSchema = z.object({
  id: text(64).check(z.minLength(1)),
  name: text(200),
  creditCode: text(64),
  agentName: z.optional(text(100)),
  agentId: z.optional(text(64)),
  agentIdType: z.optional(z.enum(AGENT_ID_TYPES as [AgentIdType, ...AgentIdType[]])),
  rememberAgentId: z.optional(z.boolean()),
  usualPortals: z.array(text(100)).check(z.maxLength(100)),
  certVendor: z.optional(text(64)),
  certExpiry: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  passwordEveryDays: z.optional(z.int().check(z.gte(7), z.lte(730))),
  passwordChangedOn: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});

/** One stored entry, or null when it does not parse (the caller drops it, keeping the rest). */
export function parseProfile(value: unknown): CompanyProfile | null {
  const parsed = ProfileSchema.safeParse(value);
  if (!parsed.success) return null;
  // optional keys stay absent rather than `undefined`, so a profile compares and stores as it was typed
  return Object.fromEntries(
    Object.entries(parsed.data).filter(([, v]) => v !== undefined && v !== ''),
  ) as unknown as CompanyProfile;
}

/** The user's own companies (storage.local), with the agent IDs kept for this browser session put back in. */
async function readOwnProfiles(): Promise<CompanyProfile[]> {
  const [stored, agentIds] = await Promise.all([readKey(PROFILES), readKey(AGENT_IDS)]);
  return stored.map((profile) => {
    const sessionId = profile.rememberAgentId ? undefined : agentIds[profile.id];
    return sessionId ? { ...profile, agentId: sessionId } : profile;
  });
}

/**
 * Every company the user logs in for: their own, then those their IT department manages (storage.managed,
 * src/shared/storage/managed.ts), which are read-only here. A managed id never clashes with an own one.
 */
export async function readProfiles(): Promise<CompanyProfile[]> {
  const [own, policy] = await Promise.all([readOwnProfiles(), readPolicy()]);
  return [...own.filter((p) => !isManagedProfile(p.id)), ...policy.companyProfiles];
}

/** Splits each profile: the agent ID goes to session storage unless it is to be remembered. */
async function writeProfiles(profiles: CompanyProfile[]): Promise<void> {
  const agentIds: Record<string, string> = {};
  const kept = profiles
    .filter((p) => !isManagedProfile(p.id))
    .slice(0, MAX_PROFILES)
    .map((profile) => {
      if (profile.rememberAgentId || !profile.agentId) return profile;
      agentIds[profile.id] = profile.agentId;
      const { agentId: _sessionOnly, ...rest } = profile;
      return rest;
    });
  await writeKey(AGENT_IDS, agentIds);
  await writeKey(PROFILES, kept);
}

/** Adds the profile, or replaces the one with its id. Returns the profile as stored (parsed). */
export function saveProfile(profile: CompanyProfile): Promise<CompanyProfile> {
  return inTurn(async () => {
    const clean = parseProfile(profile);
    if (!clean) throw new Error('invalid company profile');
    if (isManagedProfile(clean.id)) throw new Error('this company is managed by your IT department');
    const profiles = await readOwnProfiles();
    const at = profiles.findIndex((p) => p.id === clean.id);
    if (at >= 0) profiles[at] = clean;
    else profiles.push(clean);
    await writeProfiles(profiles);
    return clean;
  });
}

/** Replaces all of the user's own companies at once (import of a settings file). */
export function replaceProfiles(profiles: CompanyProfile[]): Promise<void> {
  return inTurn(() => writeProfiles(profiles));
}

/** Adds many profiles in one write (the CSV import), each parsed as saveProfile does; returns how many fit in. */
export async function addProfiles(list: CompanyProfile[]): Promise<number> {
  const clean = list.map(parseProfile).filter((p): p is CompanyProfile => p !== null);
  // the user's own list only (policy companies are never written back as the user's), one change at a time
  return inTurn(async () => {
    const profiles = await readOwnProfiles();
    const added = clean.slice(0, Math.max(0, MAX_PROFILES - profiles.length));
    await writeProfiles([...profiles, ...added]);
    return added.length;
  });
}

export async function deleteProfile(id: string): Promise<void> {
  if (isManagedProfile(id)) throw new Error('this company is managed by your IT department');
  await inTurn(async () => writeProfiles((await readOwnProfiles()).filter((p) => p.id !== id)));
  if ((await readLastProfileId()) === id) await writeKey(LAST_COMPANY, null);
}

export function readLastProfileId(): Promise<string | null> {
  return readKey(LAST_COMPANY);
}

export async function writeLastProfileId(id: string): Promise<void> {
  await writeKey(LAST_COMPANY, id);
}

export function newProfileId(): string {
  return crypto.randomUUID();
}
