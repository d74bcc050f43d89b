/**
 * Read-modify-write of one stored value, one after another: two tabs (or two overlapping messages) changing the same
 * counter or list at the same moment would otherwise each write their own copy and lose the other's change.
 */
export function serially(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const next = tail.then(task);
    tail = next.catch(() => undefined);
    return next;
  };
}
