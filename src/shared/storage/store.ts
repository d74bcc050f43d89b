/**
 * Reading and writing the registered keys (keys/index.ts): every read first brings its area to the current layout
 * (migrations.ts, once per page or worker), then recovers the value entry by entry (entry.ts); what had to be
 * dropped is written back repaired and noted for the options page (resets.ts), so it is reported once.
 */
import browser from 'webextension-polyfill';
import type { AreaName, StoredEntry } from './entry';
import { CURRENT_VERSION, migrate } from './migrations';
import { RESETS } from './keys/resets';
import { VERSION_KEY } from './keys/version';
import { serially } from './serially';

const areaOf = (area: AreaName) => (area === 'local' ? browser.storage.local : browser.storage.session);
const migrated: Partial<Record<AreaName, Promise<void>>> = {};
/** changes to stored settings and counters run one at a time (serially.ts) */
export const inTurn = serially();
/** migrations have their own turn: a change waiting in `inTurn` may be the read that needs the migration */
const migrationTurn = serially();
const repairTurn = serially();

/** The stored layout version; absent (or unreadable) is version 1, the layout before versions existed. */
async function storedVersion(area: AreaName): Promise<number> {
  const raw = (await areaOf(area).get(VERSION_KEY))[VERSION_KEY];
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 ? raw : 1;
}

/** Runs the area's migrations from its stored version; a newer version (after a downgrade) is left as it is. */
export async function runMigrations(area: AreaName): Promise<void> {
  const from = await storedVersion(area);
  if (from >= CURRENT_VERSION[area]) return;
  const values = (await areaOf(area).get(null)) as Record<string, unknown>;
  const change = migrate(area, from, values);
  if (change.remove.length) await areaOf(area).remove(change.remove);
  await areaOf(area).set({ ...change.set, [VERSION_KEY]: CURRENT_VERSION[area] });
}

/** Once per page or worker: the area is migrated before its first read. */
export function ensureMigrated(area: AreaName): Promise<void> {
  migrated[area] ??= migrationTurn(() => runMigrations(area)).catch(() => undefined);
  return migrated[area];
}

async function noteReset(entry: StoredEntry, dropped: number): Promise<void> {
  if (!entry.label) return;
  const key = RESETS.key + entry.label;
  const before = RESETS.recover((await browser.storage.local.get(key))[key]).value ?? 0;
  await browser.storage.local.set({ [key]: Math.min(1e6, before + dropped) });
}

const rawOf = async (entry: StoredEntry, key: string) => (await areaOf(entry.area).get(key))[key];

/**
 * Writes the repaired value back and notes the reset, one repair at a time and only if the value is still broken:
 * two pages reading the same broken key at once must report it once, and two notes must not overwrite each other.
 */
function repair<T>(entry: StoredEntry<T>, suffix: string): Promise<void> {
  return repairTurn(async () => {
    const { value, dropped } = entry.recover(await rawOf(entry, entry.key + suffix));
    if (dropped === 0) return;
    await writeKey(entry, value, suffix);
    await noteReset(entry, dropped);
  });
}

export async function readKey<T>(entry: StoredEntry<T>, suffix = ''): Promise<T> {
  await ensureMigrated(entry.area);
  const { value, dropped } = entry.recover(await rawOf(entry, entry.key + suffix));
  if (dropped > 0) await repair(entry, suffix);
  return value;
}

/** Writes the value (null or undefined removes the key). */
export async function writeKey<T>(entry: StoredEntry<T>, value: T, suffix = ''): Promise<void> {
  const key = entry.key + suffix;
  if (value === null || value === undefined) await areaOf(entry.area).remove(key);
  else await areaOf(entry.area).set({ [key]: value });
}

export async function removeKey(entry: StoredEntry, suffix = ''): Promise<void> {
  await areaOf(entry.area).remove(entry.key + suffix);
}

/** Forgets the per-page memo (tests start each case from fresh storage). */
export function forgetMigrated(): void {
  delete migrated.local;
  delete migrated.session;
}
