/**
 * The pre-login checklist's contract: facts in, one result per item out. Pure (no browser API): the popup gathers
 * the facts (tab state, the selected company profile, browser facts, probe results) and renders the results; each
 * item lives in items/<id>.ts with its check, its texts and the example facts it must judge.
 */
import type { Lang, Localized } from '../categories';
import type { IdType } from '../ids';
import type { Portal } from '../portals';
import type { TrustResult } from '../portals';
import type { Recognition } from '../recognise';

export type { Lang, Localized };

/** The popup contract (README "Public contracts"): `data-status` of each `data-check` element. */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'n/a';

/** Item ids, in the order a user meets them (README "Public contracts": `data-check`). */
export const CHECK_IDS = [
  'official-entry',
  'credit-code',
  'agent-id',
  'browser',
  'ca-client',
  'password',
  'network',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** The agent's identity document types (src/core/ids). */
export type AgentIdType = Extract<
  IdType,
  'resident-id' | 'resident-id-15' | 'hk-mo-tw-permit' | 'foreign-permanent-id' | 'person'
>;

/** A company the user logs in for. Never holds a password, PIN, SMS or captcha code: there is no field for one. */
export interface CompanyProfile {
  id: string;
  name: string;
  /** the company's unified social credit code (or taxpayer number), as the user typed it */
  creditCode: string;
  agentName?: string;
  /** kept in storage.session unless `rememberAgentId`; always shown masked */
  agentId?: string;
  agentIdType?: AgentIdType;
  rememberAgentId?: boolean;
  /** portal ids (src/core/portals) this company logs in to */
  usualPortals: string[];
  /** CA vendor id (src/core/ca-clients) of the company's USB key */
  certVendor?: string;
  /** the certificate's expiry date, `YYYY-MM-DD` */
  certExpiry?: string;
  /** remind to change the login password this many days after `passwordChangedOn` (src/core/reminders) */
  passwordEveryDays?: number;
  /** the day the password was last changed, `YYYY-MM-DD` (the user says so; the password itself is never kept) */
  passwordChangedOn?: string;
}

export type BrowserEngine = 'chromium' | 'gecko' | 'webkit' | 'trident' | 'unknown';
export type OperatingSystem = 'windows' | 'macos' | 'linux' | 'chromeos' | 'android' | 'ios' | 'unknown';

/** What the popup can tell about the browser it runs in (user-agent client hints, navigator). */
export interface BrowserFacts {
  /** 'chrome' | 'edge' | '360' | 'qq' | 'sogou' | 'firefox' | … | 'unknown' */
  name: string;
  /** major version, null when unknown */
  version: number | null;
  engine: BrowserEngine;
  os: OperatingSystem;
  cookiesEnabled: boolean;
  online: boolean;
}

/** The answer of a CA vendor's local service (background probe, on the user's click only). */
export type CaProbe =
  | { state: 'not-probed' }
  /** the user did not grant the 127.0.0.1 permission */
  | { state: 'no-permission' }
  /**
   * nothing answered at the vendor's local address: the client is not installed or not running. `timedOut`: the
   * connection hung instead of being refused (security software or a stuck client), so "not installed" is unsure.
   */
  | { state: 'not-running'; timedOut?: boolean }
  /** the client answered but lists no certificate: no key inserted (or its driver is missing) */
  | { state: 'no-key' }
  | { state: 'key'; certs: { holder: string; notAfter?: string }[] }
  /** the client answered, but its protocol has no read-only list call we may use */
  | { state: 'running' };

/** A timed same-origin request from the page to its own portal (content script, on the user's click only). */
export type NetworkProbe = { state: 'not-probed' } | { state: 'fast' | 'slow'; ms: number } | { state: 'unreachable' };

/** The lockout guard's knowledge of this portal in this browser session (counts only, never what was typed). */
export interface LockoutFacts {
  /** consecutive failed attempts counted on this portal */
  failures: number;
  /** what the page said is left ("还有2次机会"), when it said so */
  triesLeft?: number;
  /** when the page said the account is locked: for how many minutes, and when it said so (ms since epoch) */
  lockedMinutes?: number;
  lockedAt?: number;
}

export interface ChecklistFacts {
  /** the tab's address, null when the popup could not learn it */
  url: string | null;
  trust: TrustResult | null;
  portal: Portal | null;
  recognition: Recognition | null;
  /** the selected company profile */
  profile: CompanyProfile | null;
  /** values typed into the popup itself, which win over the profile's */
  typed: { creditCode?: string; agentId?: string; agentIdType?: AgentIdType };
  browser: BrowserFacts;
  probes: { ca: CaProbe; network: NetworkProbe };
  lockout: LockoutFacts;
  /** the page shows a maintenance notice (a `maintenance` finding) */
  maintenance: boolean;
  /**
   * CA client traces the page carries, as the snapshot reports them (`script:XTXSAB.js`, `clsid:3F36…`,
   * `mime:application/…`; src/core/recognise/ca-markers.ts). Optional: absent = none seen.
   */
  caMarkers?: string[];
  /** the page says this browser is not supported or asks for IE / 兼容模式 (a `browser-unsupported` finding) */
  browserUnsupported?: boolean;
  now: Date;
}

/** What the user can do from an item; the popup turns each into a button. */
export type CheckAction =
  /** copy the normalised value */
  | { kind: 'copy'; value: string }
  /** put the value into the page's own credit-code / ID field (content script, message `fill-field`) */
  | { kind: 'fill'; field: FillField; value: string }
  /** ask for the 127.0.0.1 permission, then probe the vendor's local service (background, message `probe-ca`) */
  | { kind: 'probe-ca'; vendor: string }
  /** timed request to the portal from the page (content script, message `probe-network`) */
  | { kind: 'probe-network' }
  /** open an official page (entry, reset page, client download) */
  | { kind: 'open'; url: string; label: Localized };

export type FillField = 'credit-code' | 'agent-id';

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  title: Localized;
  /** one sentence: why this status */
  reason: Localized;
  /** what to do, in order; empty when nothing is to be done */
  steps: Localized[];
  actions: CheckAction[];
}

/** One checklist item: its check and the example facts it must judge (tests walk every item's examples). */
export interface ChecklistItem {
  id: CheckId;
  /** the item's title, also when its check cannot run */
  title: Localized;
  check(facts: ChecklistFacts): CheckResult;
  examples: { name: string; facts: Partial<ChecklistFacts>; expect: CheckStatus }[];
}
