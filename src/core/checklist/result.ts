import type { CheckAction, CheckId, CheckResult, CheckStatus, Localized } from './types';

/** What every item holds besides its check: its id and its title. */
export interface ItemHead {
  id: CheckId;
  title: Localized;
}

/** One result of an item, with empty steps and actions unless given. */
export function result(
  head: ItemHead,
  status: CheckStatus,
  reason: Localized,
  steps: Localized[] = [],
  actions: CheckAction[] = [],
): CheckResult {
  return { id: head.id, status, title: head.title, reason, steps, actions };
}

/** Both languages of a text built from the same parts. */
export function both(zh: string, en: string): Localized {
  return { 'zh-CN': zh, en };
}
