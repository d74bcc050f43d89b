/**
 * Export and import of all the user's settings as one JSON file: `{ format, version, exportedAt, settings }`, where
 * `settings` holds every key registered as `exported` (keys/index.ts) in the storage layout of `version`. An older
 * file is brought up to date by the same migrations as stored values; a file that is not JSON, not ours, from a
 * newer version or with any value that does not read back whole is refused as a whole, before anything is written.
 * Agent ID numbers that live in session storage (the user did not ask to remember them) are never in the file.
 */
import type { CompanyProfile } from '../../core/checklist/types';
import type { StoredEntry } from './entry';
import { STORED_KEYS } from './keys';
import { PROFILES } from './keys/profiles';
import { LOCAL_VERSION } from './keys/version';
import { CURRENT_VERSION, migrate, type Values } from './migrations';
import { inTurn, readKey, writeKey } from './store';

export const BACKUP_FORMAT = 'login-assistant-settings';
/** far above any real list of companies; a bigger file is not one of ours */
export const MAX_BACKUP_BYTES = 5_000_000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  settings: Values;
}

export type Refusal = 'not-json' | 'foreign' | 'future' | 'invalid';
export type ImportResult = { ok: true; settings: Values } | { ok: false; reason: Refusal; label?: string };

const exportedKeys = (): StoredEntry[] => STORED_KEYS.filter((entry) => entry.exported && entry.area === 'local');

/** a profile in the file keeps its agent ID only when the user asked to remember it */
function withoutSessionIds(profiles: CompanyProfile[]): CompanyProfile[] {
  return profiles.map((profile) => {
    if (profile.rememberAgentId || profile.agentId === undefined) return profile;
    const { agentId: _sessionOnly, ...rest } = profile;
    return rest;
  });
}

export async function exportSettings(now = new Date()): Promise<Backup> {
  const settings: Values = {};
  for (const entry of exportedKeys()) {
    const value = await readKey(entry);
    settings[entry.key] = entry === PROFILES ? withoutSessionIds(value as CompanyProfile[]) : value;
  }
  return { format: BACKUP_FORMAT, version: CURRENT_VERSION.local, exportedAt: now.toISOString(), settings };
}

function envelope(text: string): ImportResult | { version: number; settings: Values } {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, reason: 'invalid' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as Values).format !== BACKUP_FORMAT)
    return { ok: false, reason: 'foreign' };
  const { version, settings } = data as Values;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'invalid' };
  if (version > CURRENT_VERSION.local) return { ok: false, reason: 'future' };
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
    return { ok: false, reason: 'invalid' };
  return { version, settings: settings as Values };
}

/** Reads an export file; every value must read back whole, else the file is refused (`label` says which). */
export function parseBackup(text: string): ImportResult {
  const outer = envelope(text);
  if ('ok' in outer) return outer;
  const change = migrate('local', outer.version, outer.settings);
  const values: Values = { ...outer.settings, ...change.set };
  const settings: Values = {};
  for (const entry of exportedKeys()) {
    const { value, dropped } = entry.recover(values[entry.key]);
    if (dropped > 0) return { ok: false, reason: 'invalid', label: entry.label };
    settings[entry.key] = value;
  }
  return { ok: true, settings };
}

/** Replaces every exported setting with the file's (a setting the file lacks goes back to its default). */
export function applyBackup(settings: Values): Promise<void> {
  return inTurn(async () => {
    for (const entry of exportedKeys()) {
      await writeKey(entry, entry.key in settings ? settings[entry.key] : entry.fallback());
    }
    // the values are in the current layout now, whatever the area held before
    await writeKey(LOCAL_VERSION, CURRENT_VERSION.local);
  });
}
