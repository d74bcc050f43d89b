/**
 * Gathers the checklist's facts from what the popup knows: the tab (address, recognition, findings, the failure
 * count the background keeps per portal), the registry, the chosen company, what the user typed, the browser,
 * and the probes the user ran. Pure: the browser facts are passed in.
 */
import type { BrowserFacts, ChecklistFacts, CompanyProfile, LockoutFacts } from '../core/checklist/types';
import type { Finding } from '../core/diagnose/types';
import { portalById, trust } from '../core/portals';
import type { PopupTab } from './popup-view';
import { customPortals } from './custom-portals';

/** The lockout guard's counts: the failures the background counted, and what the page said after the last try. */
export function lockoutFacts(findings: readonly Finding[], failures: number, seenAt: number): LockoutFacts {
  const facts: LockoutFacts = { failures };
  for (const { category, captures } of findings) {
    if (facts.triesLeft === undefined && captures.triesLeft !== undefined) facts.triesLeft = captures.triesLeft;
    if (category === 'account-locked' && facts.lockedMinutes === undefined && captures.minutes !== undefined) {
      facts.lockedMinutes = captures.minutes;
      facts.lockedAt = seenAt;
    }
  }
  return facts;
}

export interface FactsInput {
  tab: PopupTab;
  profile: CompanyProfile | null;
  typed: ChecklistFacts['typed'];
  browser: BrowserFacts;
  probes: ChecklistFacts['probes'];
  now: Date;
}

export function checklistFacts({ tab, profile, typed, browser, probes, now }: FactsInput): ChecklistFacts {
  const verdict = tab.url ? trust(tab.url, customPortals()) : null;
  const recognition = tab.state?.recognition ?? null;
  const portal = (recognition?.portal ? portalById(recognition.portal.id) : null) ?? verdict?.portal ?? null;
  const findings = tab.state?.findings ?? [];
  return {
    url: tab.url,
    trust: verdict,
    portal,
    recognition,
    profile,
    typed,
    browser,
    probes,
    lockout: lockoutFacts(findings, tab.failures, tab.state?.updatedAt ?? now.getTime()),
    maintenance: findings.some((f) => f.category === 'maintenance'),
    caMarkers: tab.state?.caMarkers ?? [],
    now,
  };
}
