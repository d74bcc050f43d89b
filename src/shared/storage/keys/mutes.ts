/**
 * `mutes` (storage.local, since storage version 2): what the user silenced with the hint's "not helpful", per site
 * (a recognised portal's id, else the page's host name): `site` silences every hint there, `kind` only the listed
 * problem categories. Each site's entry is read on its own: one broken entry costs only itself.
 * (Version 1 kept `mutedHints`: site → categories, which were always kinds; src/shared/storage/migrations.ts.)
 */
import * as z from 'zod/mini';
import { CATEGORIES, isCategory, type Category } from '../../../core/categories';
import { recordOf, type StoredEntry } from '../entry';

export type Mute = { scope: 'site' } | { scope: 'kind'; categories: Category[] };

const KindMuteSchema = z.object({
  scope: z.literal('kind'),
  categories: z.array(z.unknown()).check(z.minLength(1), z.maxLength(CATEGORIES.length * 2)),
});
const SiteMuteSchema = z.object({ scope: z.literal('site') });

/** One site's mute, or null when nothing of it is usable; unknown category names are dropped, the rest kept. */
export function parseMute(value: unknown): Mute | null {
  if (SiteMuteSchema.safeParse(value).success) return { scope: 'site' };
  const kind = KindMuteSchema.safeParse(value);
  if (!kind.success) return null;
  const categories = [
    ...new Set(kind.data.categories.filter((c): c is Category => typeof c === 'string' && isCategory(c))),
  ].sort();
  return categories.length ? { scope: 'kind', categories } : null;
}

export const MUTES: StoredEntry<Record<string, Mute>> = {
  area: 'local',
  key: 'mutes',
  exported: true,
  label: 'storedMutes',
  fallback: () => ({}),
  recover: recordOf(parseMute, 1000),
};
