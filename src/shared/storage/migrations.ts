/**
 * How each storage area's layout changed, one step per version, so a user who updates from any earlier version
 * keeps every setting. Pure: a step gets the area's values and answers what to set and what to remove; store.ts
 * applies it. Import (backup.ts) runs the same steps over an older export file.
 *
 * Version 1 is the layout before versions existed (no `storageVersion` key).
 * local 1 → 2: `mutedHints` (site → categories, always meant "this kind of problem") became `mutes` (site → mute
 *   with its scope, 'kind' or 'site'); an entry that cannot be read is dropped alone.
 */
import type { AreaName } from './entry';
import { parseMute, type Mute } from './keys/mutes';

export type Values = Record<string, unknown>;
export interface Change {
  set: Values;
  remove: string[];
}
type Step = (values: Values) => Change;

function mutedHintsToMutes(values: Values): Change {
  const old = values.mutedHints;
  const mutes: Record<string, Mute> = {};
  if (typeof old === 'object' && old !== null && !Array.isArray(old)) {
    for (const [site, categories] of Object.entries(old).slice(0, 1000)) {
      const mute = parseMute({ scope: 'kind', categories });
      if (mute && site.length <= 200) mutes[site] = mute;
    }
  }
  const current = typeof values.mutes === 'object' && values.mutes !== null ? (values.mutes as Values) : {};
  return { set: { mutes: { ...mutes, ...current } }, remove: ['mutedHints'] };
}

/** STEPS[area][n - 1] takes the area from version n to n + 1 */
const STEPS: Record<AreaName, Step[]> = {
  local: [mutedHintsToMutes],
  session: [],
};

export const CURRENT_VERSION: Record<AreaName, number> = {
  local: STEPS.local.length + 1,
  session: STEPS.session.length + 1,
};

/** Everything that takes `values` (written in `from`) to the current layout; nothing for a newer version. */
export function migrate(area: AreaName, from: number, values: Values): Change {
  const all: Change = { set: {}, remove: [] };
  let now: Values = { ...values };
  for (let version = from; version < CURRENT_VERSION[area]; version += 1) {
    const change = STEPS[area][version - 1]!(now);
    now = { ...now, ...change.set };
    for (const key of change.remove) delete now[key];
    Object.assign(all.set, change.set);
    for (const key of change.remove) delete all.set[key];
    all.remove.push(...change.remove.filter((key) => !(key in change.set)));
  }
  return all;
}
