/**
 * The mutation records waiting for the next frame. Past `fullAt` records in one wait, following them one by one
 * costs more than looking at every surface once: the records are dropped and the batch becomes a full rescan
 * (as Dark Reader does above 1,000 mutations). It starts as a full rescan: the first look at the page.
 */
export function recordQueue(fullAt: number): {
  push(records: MutationRecord[]): void;
  take(): { batch: MutationRecord[][]; full: boolean };
} {
  let batch: MutationRecord[][] = [];
  let count = 0;
  let full = true;
  return {
    push(records) {
      if (full) return;
      count += records.length;
      if (count > fullAt) {
        full = true;
        batch = [];
      } else batch.push(records);
    },
    take() {
      const taken = { batch, full };
      batch = [];
      count = 0;
      full = false;
      return taken;
    },
  };
}
