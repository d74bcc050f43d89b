/**
 * The pre-login checklist: one item per file under items/, registered here in the order a user meets them
 * (CHECK_IDS). A test reads the items folder, so an item file that is not registered fails it.
 */
import { agentId } from './items/agent-id';
import { browser } from './items/browser';
import { caClient } from './items/ca-client';
import { creditCode } from './items/credit-code';
import { network } from './items/network';
import { officialEntry } from './items/official-entry';
import { password } from './items/password';
import type { ChecklistFacts, ChecklistItem, CheckResult } from './types';

export * from './types';
export { completeFacts, EXAMPLE_NOW, UNKNOWN_BROWSER } from './facts';
export { browserFacts } from './browser-facts';
export type { NavigatorFacts } from './browser-facts';
export { browserLabel, osLabel } from './names';
export { composeReport, localTime } from './report';
export type { ReportFinding, ReportInput } from './report';

export const CHECKLIST: readonly ChecklistItem[] = [
  officialEntry,
  creditCode,
  agentId,
  browser,
  caClient,
  password,
  network,
];

/** Every item's verdict on the facts, in CHECK_IDS order. An item that throws says 'unknown' instead of taking the popup down. */
export function runChecklist(facts: ChecklistFacts): CheckResult[] {
  return CHECKLIST.map((item) => {
    try {
      return item.check(facts);
    } catch {
      return {
        id: item.id,
        status: 'unknown',
        title: item.title,
        reason: { 'zh-CN': '这一项暂时无法检查。', en: 'This item could not be checked.' },
        steps: [],
        actions: [],
      };
    }
  });
}
