/**
 * Every key the extension keeps in storage.local and storage.session, one entry per key (or family of keys). A
 * key read or written anywhere must be listed here: tests/unit/storage/registry.test.ts derives this list from the
 * folder and checks what the extension actually stores against it.
 */
import type { StoredEntry } from '../entry';
import { AGENT_IDS } from './agent-ids';
import { CUSTOM_PORTALS } from './custom-portals';
import { FAILURES } from './failures';
import { LANGUAGE } from './language';
import { LAST_COMPANY } from './last-company';
import { MUTES } from './mutes';
import { PROFILES } from './profiles';
import { REMINDER_FIRED } from './reminder-fired';
import { RESETS } from './resets';
import { TAB_STATE } from './tab-state';
import { LOCAL_VERSION, SESSION_VERSION } from './version';

export const STORED_KEYS: readonly StoredEntry[] = [
  LOCAL_VERSION,
  PROFILES,
  LAST_COMPANY,
  MUTES,
  LANGUAGE,
  CUSTOM_PORTALS,
  REMINDER_FIRED,
  RESETS,
  SESSION_VERSION,
  AGENT_IDS,
  TAB_STATE,
  FAILURES,
] as StoredEntry[];

/** The entry a stored key belongs to, or undefined for a key nobody registered. */
export function entryOf(area: 'local' | 'session', key: string): StoredEntry | undefined {
  return STORED_KEYS.find(
    (entry) => entry.area === area && (entry.family ? key.startsWith(entry.key) : key === entry.key),
  );
}
