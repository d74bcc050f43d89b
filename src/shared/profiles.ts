/**
 * Company profiles: the companies a user logs in for (name, credit code, agent, usual portals, certificate). Kept in
 * storage.local, except the agent's ID number: it goes to storage.session (memory only, gone when the browser
 * closes) unless the user ticked "remember on this computer". There is no field for a password, PIN, SMS or captcha
 * code, and the schema strips any key it does not know, so none can be stored even by a bad import.
 *
 * Every read parses every entry on its own: a broken or old entry is dropped alone, never the whole list.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import type { AgentIdType, CompanyProfile } from '../core/checklist/types';

z.config({ jitless: true });

const PROFILES_KEY = 'companyProfiles';
const LAST_KEY = 'lastCompany';
/** storage.session: profile id → agent ID number, for the profiles that do not remember it */
const AGENT_IDS_KEY = 'companyAgentIds';
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

const AgentIdsSchema = z.record(z.string(), text(64));

/** One stored entry, or null when it does not parse (the caller drops it, keeping the rest). */
export function parseProfile(value: unknown): CompanyProfile | null {
  const parsed = ProfileSchema.safeParse(value);
  if (!parsed.success) return null;
  // optional keys stay absent rather than `undefined`, so a profile compares and stores as it was typed
  return Object.fromEntries(
    Object.entries(parsed.data).filter(([, v]) => v !== undefined && v !== ''),
  ) as unknown as CompanyProfile;
}

async function readAgentIds(): Promise<Record<string, string>> {
  const stored = await browser.storage.session.get(AGENT_IDS_KEY);
  const parsed = AgentIdsSchema.safeParse(stored[AGENT_IDS_KEY] ?? {});
  return parsed.success ? parsed.data : {};
}

export async function readProfiles(): Promise<CompanyProfile[]> {
  const [stored, agentIds] = await Promise.all([browser.storage.local.get(PROFILES_KEY), readAgentIds()]);
  const list = stored[PROFILES_KEY];
  if (!Array.isArray(list)) return [];
  const profiles: CompanyProfile[] = [];
  for (const entry of list.slice(0, MAX_PROFILES)) {
    const profile = parseProfile(entry);
    if (!profile || profiles.some((p) => p.id === profile.id)) continue;
    const sessionId = profile.rememberAgentId ? undefined : agentIds[profile.id];
    profiles.push(sessionId ? { ...profile, agentId: sessionId } : profile);
  }
  return profiles;
}

/** Splits each profile: the agent ID goes to session storage unless it is to be remembered. */
async function writeProfiles(profiles: CompanyProfile[]): Promise<void> {
  const agentIds: Record<string, string> = {};
  const kept = profiles.slice(0, MAX_PROFILES).map((profile) => {
    if (profile.rememberAgentId || !profile.agentId) return profile;
    agentIds[profile.id] = profile.agentId;
    const { agentId: _sessionOnly, ...rest } = profile;
    return rest;
  });
  await browser.storage.session.set({ [AGENT_IDS_KEY]: agentIds });
  await browser.storage.local.set({ [PROFILES_KEY]: kept });
}

/** Adds the profile, or replaces the one with its id. Returns the profile as stored (parsed). */
export async function saveProfile(profile: CompanyProfile): Promise<CompanyProfile> {
  const clean = parseProfile(profile);
  if (!clean) throw new Error('invalid company profile');
  const profiles = await readProfiles();
  const at = profiles.findIndex((p) => p.id === clean.id);
  if (at >= 0) profiles[at] = clean;
  else profiles.push(clean);
  await writeProfiles(profiles);
  return clean;
}

/** Adds many profiles in one write (the CSV import), each parsed as saveProfile does; returns how many fit in. */
export async function addProfiles(list: CompanyProfile[]): Promise<number> {
  const clean = list.map(parseProfile).filter((p): p is CompanyProfile => p !== null);
  const profiles = await readProfiles();
  const added = clean.slice(0, Math.max(0, MAX_PROFILES - profiles.length));
  await writeProfiles([...profiles, ...added]);
  return added.length;
}

export async function deleteProfile(id: string): Promise<void> {
  await writeProfiles((await readProfiles()).filter((p) => p.id !== id));
  if ((await readLastProfileId()) === id) await browser.storage.local.remove(LAST_KEY);
}

export async function readLastProfileId(): Promise<string | null> {
  const stored = await browser.storage.local.get(LAST_KEY);
  const value = stored[LAST_KEY];
  return typeof value === 'string' && value.length <= 64 ? value : null;
}

export async function writeLastProfileId(id: string): Promise<void> {
  await browser.storage.local.set({ [LAST_KEY]: id });
}

export function newProfileId(): string {
  return crypto.randomUUID();
}
