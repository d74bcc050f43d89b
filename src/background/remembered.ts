/**
 * A family of stored values (one per tab, one per site) kept in memory in front of storage (./memory.ts): read from
 * storage once, then from memory; written to memory at once and to storage after, one write after another so the
 * last one stored is the last one made. A storage change that is not the echo of our own write drops the value from
 * memory; while our writes of a key are still on their way, a change of it is ours and is ignored.
 */
interface Slot<T> {
  value?: Promise<T>;
  /** JSON of the last value we stored: a change carrying it is our own write coming back */
  stored?: string;
  /** our writes of this key not yet in storage */
  pending: number;
}

export interface RememberedFamily<T> {
  read(key: string): Promise<T>;
  /** changes the value in memory now; `stored` settles once the new value is in storage */
  update(key: string, change: (old: T) => T): { value: Promise<T>; stored: Promise<void> };
  write(key: string, value: T): Promise<void>;
  /** a storage.onChanged change of `key` */
  changed(key: string, change: { newValue?: unknown }): void;
  /** settles once every write made so far is in storage */
  settled(): Promise<void>;
  clear(): void;
}

export function rememberedFamily<T>(
  load: (key: string) => Promise<T>,
  store: (key: string, value: T) => Promise<void>,
): RememberedFamily<T> {
  const slots = new Map<string, Slot<T>>();
  let writes: Promise<void> = Promise.resolve();
  const slotOf = (key: string): Slot<T> => {
    const slot = slots.get(key) ?? { pending: 0 };
    slots.set(key, slot);
    return slot;
  };
  const read = (key: string): Promise<T> => {
    const slot = slotOf(key);
    if (!slot.value) {
      const loading = load(key);
      slot.value = loading;
      // a failed read is not remembered: the next read tries storage again
      loading.catch(() => {
        if (slot.value === loading) slot.value = undefined;
      });
    }
    return slot.value;
  };
  const update = (key: string, change: (old: T) => T) => {
    const slot = slotOf(key);
    slot.pending += 1;
    const value = read(key).then(change);
    slot.value = value;
    value.catch(() => {
      if (slot.value === value) slot.value = undefined;
    });
    const stored = writes
      .then(async () => {
        try {
          const next = await value;
          slot.stored = JSON.stringify(next ?? null);
          await store(key, next);
        } finally {
          slot.pending -= 1;
        }
      })
      .catch(() => undefined);
    writes = stored;
    return { value, stored };
  };
  return {
    read,
    update,
    write: (key, value) => update(key, () => value).stored,
    changed(key, change) {
      const slot = slots.get(key);
      if (!slot || slot.pending > 0 || JSON.stringify(change.newValue ?? null) === slot.stored) return;
      slots.delete(key);
    },
    settled: () => writes,
    clear: () => slots.clear(),
  };
}
