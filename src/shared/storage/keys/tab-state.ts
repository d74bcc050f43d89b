/**
 * `tab:<id>` (storage.session): what the background knows about each tab's page (recognition, findings, hint).
 * A value of the wrong shape counts as no state for that tab only; the tab's next message starts afresh.
 */
import { whole, type StoredEntry } from '../entry';
import { TabStateSchema } from '../tab-state-schema';
import type { TabState } from '../../tab-state';

export const TAB_STATE: StoredEntry<TabState | null> = {
  area: 'session',
  key: 'tab:',
  family: true,
  fallback: () => null,
  recover: whole(TabStateSchema as never, () => null),
};
