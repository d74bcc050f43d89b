/**
 * One tab's messages are handled one after another, in the order they arrived. Handlers read the tab's state,
 * change it and write it back; two overlapping handlers of the same tab would each write their own copy and the
 * later write would drop the earlier one's change. Other tabs do not wait for this tab.
 *
 * A tab that sends far more than a page ever needs (a page script flooding its own error events) only fills its own
 * queue: beyond MAX_PENDING waiting messages, further error reports of that tab are dropped, not queued.
 */
const MAX_PENDING = 16;

interface Queue {
  tail: Promise<unknown>;
  pending: number;
}

export interface TabQueues {
  /** runs `task` after the tab's earlier tasks; answers `dropped` instead when the tab's queue is full and `droppable` */
  run<T>(tabId: number, task: () => Promise<T>, options?: { droppable?: boolean; dropped?: T }): Promise<T>;
  pending(tabId: number): number;
}

export function tabQueues(maxPending = MAX_PENDING): TabQueues {
  const queues = new Map<number, Queue>();
  return {
    run(tabId, task, options = {}) {
      const queue = queues.get(tabId) ?? { tail: Promise.resolve(), pending: 0 };
      if (options.droppable && queue.pending >= maxPending) return Promise.resolve(options.dropped as never);
      queues.set(tabId, queue);
      queue.pending += 1;
      const result = queue.tail.then(task);
      queue.tail = result
        .catch(() => undefined)
        .finally(() => {
          queue.pending -= 1;
          if (queue.pending === 0 && queues.get(tabId) === queue) queues.delete(tabId);
        });
      return result;
    },
    pending: (tabId) => queues.get(tabId)?.pending ?? 0,
  };
}
