/**
 * What a company's IT department sets by browser policy (storage.managed, described to the browser by
 * public/managed-schema.json): companies, custom portals and the look-alike guard. The browser checks the policy
 * against that schema, but we parse it again: a policy is pushed by people, and a bad one must be ignored with a
 * message in the options page, never break a page. Each entry is read on its own; a bad entry is ignored alone.
 *
 * Firefox has storage.managed only when a native manifest is installed (policies.json's "3rdparty" or the
 * managed-storage manifest); without one `get` rejects, which reads as "no policy".
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import type { CompanyProfile } from '../../core/checklist/types';
import { PORTAL_KINDS, type PortalKind } from '../../core/portals/types';
import { parseProfile } from '../profiles';

/** managed companies carry this id prefix, so they can never be taken for (or overwrite) one of the user's own */
const MANAGED_PREFIX = 'policy:';
const MAX_ENTRIES = 500;

/** A portal the IT department adds to the registry's, in the shape of a user's custom portal (host from its url). */
export interface ManagedPortal {
  url: string;
  host: string;
  name: string;
  kind: PortalKind;
}

export interface Policy {
  /** a policy was found (even an empty or partly bad one) */
  present: boolean;
  companyProfiles: CompanyProfile[];
  customPortals: ManagedPortal[];
  /** true: the guard must be on; false: it must stay off; null: the user decides */
  lookalikeGuard: boolean | null;
  /** how many entries (or the whole policy: 1) were ignored because they did not parse */
  ignored: number;
}

const PolicySchema = z.object({
  companyProfiles: z.optional(z.array(z.unknown())),
  customPortals: z.optional(z.array(z.unknown())),
  lookalikeGuard: z.optional(z.boolean()),
});

const PortalSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).check(z.maxLength(2048)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: z.enum(PORTAL_KINDS as [PortalKind, ...PortalKind[]]),
});

export const NO_POLICY: Policy = {
  present: false,
  companyProfiles: [],
  customPortals: [],
  lookalikeGuard: null,
  ignored: 0,
};

export function isManagedProfile(id: string): boolean {
  return id.startsWith(MANAGED_PREFIX);
}

/** A policy's company: its own fields only; an agent's ID number is never taken from a policy. */
function managedProfile(entry: unknown): CompanyProfile | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { agentId: _notFromPolicy, rememberAgentId: _neither, ...rest } = entry as Record<string, unknown>;
  const profile = parseProfile({ ...rest, id: `${MANAGED_PREFIX}${String(rest.id ?? '')}` });
  return profile && profile.id.length > MANAGED_PREFIX.length ? profile : null;
}

function managedPortal(entry: unknown): ManagedPortal | null {
  const parsed = PortalSchema.safeParse(entry);
  if (!parsed.success) return null;
  const { url, name, kind } = parsed.data;
  return { url, host: new URL(url).hostname, name: name.trim(), kind };
}

/** Reads a policy value as the browser handed it over. Pure, so every shape of bad policy can be tested. */
export function parsePolicy(raw: unknown): Policy {
  if (raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0)) return NO_POLICY;
  const parsed = PolicySchema.safeParse(raw);
  if (!parsed.success) return { ...NO_POLICY, present: true, ignored: 1 };
  const profiles = (parsed.data.companyProfiles ?? []).slice(0, MAX_ENTRIES).map(managedProfile);
  const portals = (parsed.data.customPortals ?? []).slice(0, MAX_ENTRIES).map(managedPortal);
  const companyProfiles = profiles.filter((p): p is CompanyProfile => p !== null);
  const unique = companyProfiles.filter((p, at) => companyProfiles.findIndex((q) => q.id === p.id) === at);
  const customPortals = portals.filter((p): p is ManagedPortal => p !== null);
  const ignored = profiles.length - unique.length + portals.length - customPortals.length;
  return {
    present: true,
    companyProfiles: unique,
    customPortals,
    lookalikeGuard: parsed.data.lookalikeGuard ?? null,
    ignored,
  };
}

/** The policy in force; no policy (or a browser without storage.managed) reads as NO_POLICY, never as an error. */
export async function readPolicy(): Promise<Policy> {
  const managed = (browser.storage as { managed?: typeof browser.storage.local }).managed;
  if (!managed) return NO_POLICY;
  const raw = await managed.get(null).catch(() => undefined);
  return parsePolicy(raw);
}

/** The custom portals the IT department set, for src/shared/custom-portals.ts: shown locked, cannot be removed. */
export async function managedCustomPortals(): Promise<ManagedPortal[]> {
  return (await readPolicy()).customPortals;
}
