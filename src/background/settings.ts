/**
 * The user's choices, in storage.local: categories the user said "not helpful — don't show again" for, per
 * portal. Read defensively: a broken or old value is treated as empty, never as an error that loses the rest.
 */
import browser from 'webextension-polyfill';
import * as z from 'zod/mini';
import { CategorySchema } from '../shared/messages';
import type { Category } from '../core/categories';
import { serially } from './serially';
import { FailureCountSchema } from './stored-schemas';

/** changes to stored settings and counters run one at a time (serially.ts) */
const inTurn = serially();

const MUTED_KEY = 'mutedHints';
const MutedSchema = z.record(z.string(), z.array(CategorySchema));
export type MutedHints = z.infer<typeof MutedSchema>;

export async function readMuted(): Promise<MutedHints> {
  const stored = await browser.storage.local.get(MUTED_KEY);
  const parsed = MutedSchema.safeParse(stored[MUTED_KEY] ?? {});
  return parsed.success ? parsed.data : {};
}

export function mute(portalKey: string, categories: Category[]): Promise<void> {
  return inTurn(async () => {
    const muted = await readMuted();
    muted[portalKey] = [...new Set([...(muted[portalKey] ?? []), ...categories])].sort();
    await browser.storage.local.set({ [MUTED_KEY]: muted });
  });
}

export function unmute(portalKey: string): Promise<void> {
  return inTurn(async () => {
    const muted = await readMuted();
    delete muted[portalKey];
    await browser.storage.local.set({ [MUTED_KEY]: muted });
  });
}

/** Consecutive failed attempts per portal in this browser session: counts only, never what was typed. */
const failuresKey = (portalKey: string) => `failures:${portalKey}`;

export async function readFailures(portalKey: string): Promise<number> {
  const stored = await browser.storage.session.get(failuresKey(portalKey));
  const parsed = FailureCountSchema.safeParse(stored[failuresKey(portalKey)]);
  return parsed.success ? parsed.data : 0;
}

export async function writeFailures(portalKey: string, count: number): Promise<void> {
  await browser.storage.session.set({ [failuresKey(portalKey)]: count });
}

/**
 * Counts one more failed attempt and answers the new count. Increments run one after another (tabs of the same
 * portal may report at the same moment): a read-modify-write that overlaps another would lose an attempt.
 */
export function addFailure(portalKey: string): Promise<number> {
  return inTurn(async () => {
    const count = (await readFailures(portalKey)) + 1;
    await writeFailures(portalKey, count);
    return count;
  });
}
