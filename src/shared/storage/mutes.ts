/**
 * The hint's "not helpful": per site, either every hint ('site') or the listed kinds of problem ('kind'). A site
 * that is muted whole stays muted whole; kinds add up. Changes run in turn (two tabs may mute at the same moment).
 */
import type { Category } from '../../core/categories';
import { MUTES, type Mute } from './keys/mutes';
import { inTurn, readKey, writeKey } from './store';

export type { Mute };
export type Mutes = Record<string, Mute>;

export function readMutes(): Promise<Mutes> {
  return readKey(MUTES);
}

function merged(old: Mute | undefined, scope: 'kind' | 'site', categories: Category[]): Mute | undefined {
  if (scope === 'site' || old?.scope === 'site') return { scope: 'site' };
  const all = [...new Set([...(old?.categories ?? []), ...categories])].sort();
  return all.length ? { scope: 'kind', categories: all } : old;
}

export function mute(site: string, scope: 'kind' | 'site', categories: Category[]): Promise<void> {
  return inTurn(async () => {
    const mutes = await readMutes();
    const next = merged(mutes[site], scope, categories);
    if (!next) return;
    mutes[site] = next;
    await writeKey(MUTES, mutes);
  });
}

export function unmute(site: string): Promise<void> {
  return inTurn(async () => {
    const mutes = await readMutes();
    delete mutes[site];
    await writeKey(MUTES, mutes);
  });
}

/** Whether a finding of this category may be shown on the site. */
export function silenced(mute: Mute | undefined, category: Category): boolean {
  if (!mute) return false;
  return mute.scope === 'site' || mute.categories.includes(category);
}
