import type { PageSnapshot } from '../core/snapshot';
import { fold, PARTS, type PartKey, type Scope } from './snapshot-parts';
import { partsTouched } from './snapshot-dirty';
import { walkPage } from './snapshot-walk';

/**
 * Collects a PageSnapshot: the page's structure, never what the user typed (./snapshot-parts.ts says how each part
 * is read). One walk over the page finds every part's elements (./snapshot-walk.ts), then each part reads its
 * own. `collectSnapshot` reads the whole page once; `snapshotter` keeps the parts it read and, after a mutation,
 * reads again only the parts the mutation touched (./snapshot-dirty.ts), yielding to the page between parts so no
 * piece of it is a long task.
 */
export function collectSnapshot(doc: Document, url: string): PageSnapshot {
  const walked = walkPage(
    doc,
    PARTS.flatMap((p) => p.reads),
  );
  const scope: Scope = { doc, ...walked };
  const snapshot = { url, title: fold(doc.title, 200) } as Record<string, unknown>;
  for (const part of PARTS) snapshot[part.key] = part.read(scope);
  return snapshot as unknown as PageSnapshot;
}

export interface Snapshotter {
  /** mutation records since the last look: marks the parts they touched; whether any part needs reading again */
  note(batch: readonly MutationRecord[][]): boolean;
  /** the page may have changed anywhere (a route, a frame's document, a load): read everything next time */
  invalidate(): void;
  /** the snapshot, reading again only what changed; `pause` lets the page run between parts */
  take(url: string, pause?: () => Promise<void>): Promise<PageSnapshot>;
}

/** Lets the page run: scheduler.yield where the browser has it (Chrome 129+), a task otherwise. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export function snapshotter(doc: Document): Snapshotter {
  const values = new Map<PartKey, unknown>();
  /** whether the parts kept were read from this page as it is (false: read everything again) */
  let read = false;
  /** the page's frames and shadow roots are not observed here: with any, every change is read again */
  let plainDocument = false;
  const invalidate = (): void => {
    read = false;
    values.clear();
  };
  return {
    note(batch) {
      const touched = read && plainDocument ? partsTouched(batch, PARTS) : 'all';
      if (touched === 'all') invalidate();
      else for (const key of touched) values.delete(key);
      return touched === 'all' || touched.size > 0;
    },
    invalidate,
    async take(url, pause) {
      const missing = PARTS.filter((p) => !values.has(p.key));
      // one walk finds the elements of every part to be read; none when nothing changed
      const scope: Scope =
        missing.length > 0
          ? {
              doc,
              ...walkPage(
                doc,
                missing.flatMap((p) => p.reads),
              ),
            }
          : { doc, roots: [doc] };
      if (missing.length > 0) {
        if (!read) plainDocument = scope.roots.length === 1;
        read = true;
        if (pause) await pause();
      }
      const snapshot = { url, title: fold(doc.title, 200) } as Record<string, unknown>;
      for (const part of PARTS) {
        if (values.has(part.key)) {
          snapshot[part.key] = values.get(part.key);
          continue;
        }
        const value = part.read(scope);
        values.set(part.key, value);
        snapshot[part.key] = value;
        if (pause) await pause();
      }
      return snapshot as unknown as PageSnapshot;
    },
  };
}
