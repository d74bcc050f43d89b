/**
 * `customPortals` (storage.local): the portals the user added (src/shared/custom-portals.ts reads and writes it).
 * Each entry is read on its own: one broken entry costs only itself.
 */
import { listOf, type StoredEntry } from '../entry';
import type { CustomPortalEntry } from '../../../core/portals';
import { parseCustomPortal } from '../../custom-portals';

// the key is written out, and the parser called only inside `recover`: the two files import each other
export const CUSTOM_PORTALS: StoredEntry<CustomPortalEntry[]> = {
  area: 'local',
  key: 'customPortals',
  exported: true,
  label: 'storedCustomPortals',
  fallback: () => [],
  recover: (raw) => listOf((entry) => parseCustomPortal(entry), 100)(raw),
};
