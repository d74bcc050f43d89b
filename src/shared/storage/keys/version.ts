/**
 * `storageVersion` (in each area): the layout version the area's values were written in, so an update knows which
 * migrations to run (src/shared/storage/migrations.ts). Absent means version 1: the layout before versions existed.
 */
import * as z from 'zod/mini';
import { whole, type StoredEntry, type AreaName } from '../entry';

export const VERSION_KEY = 'storageVersion';
const VersionSchema = z.number().check(z.int(), z.minimum(1), z.maximum(1000));

const versionIn = (area: AreaName): StoredEntry<number> => ({
  area,
  key: VERSION_KEY,
  fallback: () => 1,
  recover: whole(VersionSchema, () => 1),
});

export const LOCAL_VERSION = versionIn('local');
export const SESSION_VERSION = versionIn('session');
