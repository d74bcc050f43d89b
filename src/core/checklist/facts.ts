import type { BrowserFacts, ChecklistFacts } from './types';

/** A browser we know nothing about: what the popup reports before it has looked. */
export const UNKNOWN_BROWSER: BrowserFacts = {
  name: 'unknown',
  version: null,
  engine: 'unknown',
  os: 'unknown',
  cookiesEnabled: true,
  online: true,
};

/** A fixed moment for examples and tests (2026-06-01 12:00 Beijing time). */
export const EXAMPLE_NOW = new Date('2026-06-01T04:00:00Z');

/**
 * Complete facts from the parts a caller knows: nothing recognised, no profile, nothing probed, no failures.
 * Items' examples state only what they are about; this fills the rest.
 */
export function completeFacts(partial: Partial<ChecklistFacts> = {}): ChecklistFacts {
  return {
    url: null,
    trust: null,
    portal: null,
    recognition: null,
    profile: null,
    typed: {},
    browser: UNKNOWN_BROWSER,
    probes: { ca: { state: 'not-probed' }, network: { state: 'not-probed' } },
    lockout: { failures: 0 },
    maintenance: false,
    now: EXAMPLE_NOW,
    ...partial,
  };
}
