/**
 * The portals the user added in the options page (src/options/CustomPortals.tsx), kept in storage.local. Every read
 * parses every entry on its own: a broken entry is dropped alone, never the whole list. Adding one asks for the
 * host's permission first (on the user's click); the background then runs our content script there
 * (src/background/custom-portals.ts). Removing one gives the permission back.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { managedCustomPortals } from './storage/managed';
import { PORTAL_KINDS, customPortal, type CustomPortalEntry, type Portal, type PortalKind } from '../core/portals';

z.config({ jitless: true });

export const CUSTOM_PORTALS_KEY = 'customPortals';
/** a user adds the few city sites they use; a list far longer than this is not one anyone keeps by hand */
export const MAX_CUSTOM_PORTALS = 50;
export const MAX_NAME_LENGTH = 60;

const CustomPortalSchema = z.object({
  url: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//)),
  host: z.string().check(z.minLength(3), z.maxLength(253), z.regex(/^[a-z0-9.-]+$/)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  kind: z.enum(PORTAL_KINDS as [PortalKind, ...PortalKind[]]),
});

/** One stored entry, or null when it does not parse or its address names another host. */
export function parseCustomPortal(value: unknown): CustomPortalEntry | null {
  const parsed = CustomPortalSchema.safeParse(value);
  if (!parsed.success) return null;
  const { url, host, name, kind } = parsed.data;
  try {
    if (new URL(url).hostname !== host) return null;
  } catch {
    return null;
  }
  return { url, host, name: name.trim(), kind };
}

/** The stored list: bounded, each entry parsed alone, one entry per host. */
export function parseCustomPortals(value: unknown): CustomPortalEntry[] {
  if (!Array.isArray(value)) return [];
  const entries: CustomPortalEntry[] = [];
  for (const item of value.slice(0, MAX_CUSTOM_PORTALS)) {
    const entry = parseCustomPortal(item);
    if (entry && entry.name && !entries.some((e) => e.host === entry.host)) entries.push(entry);
  }
  return entries;
}

export async function readCustomPortals(): Promise<CustomPortalEntry[]> {
  const stored = await browser.storage.local.get(CUSTOM_PORTALS_KEY);
  return parseCustomPortals(stored[CUSTOM_PORTALS_KEY]);
}

async function writeCustomPortals(entries: readonly CustomPortalEntry[]): Promise<void> {
  await browser.storage.local.set({ [CUSTOM_PORTALS_KEY]: entries.slice(0, MAX_CUSTOM_PORTALS) });
}

/** The match pattern (and permission origin) of a host: every scheme and port, every path. */
export function originsOf(host: string): string[] {
  return [`*://${host}/*`];
}

/**
 * Must run inside the click handler, before any other await: browsers only ask for a permission on a user gesture.
 * Nothing is saved unless the user grants it.
 */
export async function addCustomPortal(entry: CustomPortalEntry): Promise<'added' | 'refused' | 'full'> {
  const granted = await browser.permissions.request({ origins: originsOf(entry.host) });
  if (!granted) return 'refused';
  const entries = await readCustomPortals();
  if (entries.length >= MAX_CUSTOM_PORTALS) return 'full';
  await writeCustomPortals([...entries.filter((e) => e.host !== entry.host), entry]);
  return 'added';
}

/** Forgets the portal and gives its host's permission back (the background unregisters the script). */
export async function removeCustomPortal(host: string): Promise<void> {
  const entries = await readCustomPortals();
  await writeCustomPortals(entries.filter((e) => e.host !== host));
  // a host the manifest already covers (any *.gov.cn) keeps the permission it was installed with
  await browser.permissions.remove({ origins: originsOf(host) }).catch(() => false);
}

/** A custom portal and whether the IT department's policy pushed it (then it is locked in the options page). */
export type ListedCustomPortal = CustomPortalEntry & { managed: boolean };

/**
 * The user's custom portals, then those the IT policy pushes (src/shared/storage/managed.ts) for hosts the user did
 * not add: one entry per host. A policy portal still needs the user's click to grant its host (browsers grant no
 * host access by policy), so it runs our script only once that permission is there.
 */
export async function readAllCustomPortals(): Promise<ListedCustomPortal[]> {
  const [own, managed] = await Promise.all([readCustomPortals(), managedCustomPortals().catch(() => [])]);
  const listed: ListedCustomPortal[] = own.map((entry) => ({ ...entry, managed: false }));
  for (const entry of managed.map(parseCustomPortal)) {
    if (entry && entry.name && !listed.some((e) => e.host === entry.host)) listed.push({ ...entry, managed: true });
  }
  return listed.slice(0, MAX_CUSTOM_PORTALS * 2);
}

/** Every custom portal as a registry entry, for recognition and trust: the one list pages and background use. */
export async function readKnownCustomPortals(): Promise<Portal[]> {
  return (await readAllCustomPortals()).map(customPortal);
}

let loaded: readonly Portal[] = [];

/** Reads the list once for a page's synchronous trust checks (the popup judges the tab's address as it renders). */
export async function loadCustomPortals(): Promise<readonly Portal[]> {
  loaded = await readKnownCustomPortals();
  return loaded;
}

/** The list loadCustomPortals() read (empty before it ran). */
export function customPortals(): readonly Portal[] {
  return loaded;
}
