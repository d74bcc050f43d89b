/**
 * What one stored key is: its storage area, its name (or the prefix of a family of keys such as `tab:<id>`), how a
 * stored value is read back, and the value it falls back to. Storage is not trusted on read — an older version, a
 * crash in the middle of a write or anything else with access to the extension's storage can leave a value of the
 * wrong shape — so `recover` never throws: it keeps what parses, entry by entry, and says whether it had to drop
 * or reset something, so the options page can tell the user (src/shared/storage/resets.ts).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export type AreaName = 'local' | 'session';

export interface Recovered<T> {
  value: T;
  /** how many entries (or the whole value: 1) were dropped or reset; 0 when the value read back as it was */
  dropped: number;
}

export interface StoredEntry<T = unknown> {
  area: AreaName;
  /** the key, or for a family (`family: true`) the prefix every key of the family starts with */
  key: string;
  family?: boolean;
  /** a user's setting: part of the export file (src/shared/storage/backup.ts) */
  exported?: boolean;
  /**
   * names the value in the options page's "was reset" message (a _locales message name); absent for what the
   * extension keeps for itself (tab state, counters), whose reset the user would not know what to make of
   */
  label?: string;
  fallback: () => T;
  recover(raw: unknown): Recovered<T>;
}

/** A value read whole: it parses, or it is the fallback (and counts as reset unless it was simply absent). */
export function whole<T>(schema: z.ZodMiniType<T>, fallback: () => T): (raw: unknown) => Recovered<T> {
  return (raw) => {
    if (raw === undefined) return { value: fallback(), dropped: 0 };
    const parsed = schema.safeParse(raw);
    return parsed.success ? { value: parsed.data, dropped: 0 } : { value: fallback(), dropped: 1 };
  };
}

/** A list read entry by entry: a bad entry is dropped alone, the list is cut at `max`. */
export function listOf<T>(parse: (entry: unknown) => T | null, max: number): (raw: unknown) => Recovered<T[]> {
  return (raw) => {
    if (raw === undefined) return { value: [], dropped: 0 };
    if (!Array.isArray(raw)) return { value: [], dropped: 1 };
    const value: T[] = [];
    let dropped = Math.max(0, raw.length - max);
    for (const entry of raw.slice(0, max)) {
      const parsed = parse(entry);
      if (parsed === null) dropped += 1;
      else value.push(parsed);
    }
    return { value, dropped };
  };
}

/** A record read entry by entry: a bad entry (or a bad key) is dropped alone. */
export function recordOf<T>(
  parse: (entry: unknown) => T | null,
  max: number,
  keyMax = 200,
): (raw: unknown) => Recovered<Record<string, T>> {
  return (raw) => {
    if (raw === undefined) return { value: {}, dropped: 0 };
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { value: {}, dropped: 1 };
    const value: Record<string, T> = {};
    let dropped = 0;
    for (const [key, entry] of Object.entries(raw).slice(0, max)) {
      const parsed = key.length > 0 && key.length <= keyMax ? parse(entry) : null;
      if (parsed === null) dropped += 1;
      else value[key] = parsed;
    }
    return { value, dropped: dropped + Math.max(0, Object.keys(raw).length - max) };
  };
}

/** A parse function for listOf/recordOf from a zod schema. */
export function parseWith<T>(schema: z.ZodMiniType<T>): (entry: unknown) => T | null {
  return (entry) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? parsed.data : null;
  };
}
