import type { Localized } from '../categories';

/** The four families of portals the assistant knows. */
export type PortalKind = 'e-tax' | 'social-insurance' | 'medical-insurance' | 'housing-fund';

export const PORTAL_KINDS: readonly PortalKind[] = ['e-tax', 'social-insurance', 'medical-insurance', 'housing-fund'];

/** How a user can log in: account password, CA certificate on a USB key (U盾), QR scan, SMS code, e-business-licence. */
export type LoginMode = 'password' | 'ca' | 'qr' | 'sms' | 'e-license';

export const LOGIN_MODES: readonly LoginMode[] = ['password', 'ca', 'qr', 'sms', 'e-license'];

/**
 * How sure the research is about an entry: `high` = seen in the portal's own code or two independent sources;
 * `medium` = one source or a pattern shared by siblings; `low` = indirect. `note` says what is uncertain.
 */
export type Certainty = 'high' | 'medium' | 'low';

export interface Portal {
  /** `<kind>/<region>` or `<kind>/<region>-<what>`; unique, stable (used by the CLI and the tests) */
  id: string;
  name: Localized;
  kind: PortalKind;
  /** region code: a pinyin province/city ('beijing', 'shenzhen') or 'national' */
  region: string;
  /** exact host names, lower-case, no port */
  hosts: string[];
  /** the page a user should open to log in (the "go here instead" of the phishing warning) */
  entry: string;
  /**
   * Login pages as `host/path-prefix` with an optional `#hash-prefix`, no scheme, no port:
   * `tpass.beijing.chinatax.gov.cn/#/login` matches `https://tpass.beijing.chinatax.gov.cn:8443/#/login?client_id=…`.
   */
  loginUrls: string[];
  /** login modes the portal is known to offer; empty when the sources do not say */
  loginMethods: LoginMode[];
  /** the browser requirement the portal states, or null when none is known (the checklist then says "unknown") */
  browsers: BrowserRequirement | null;
  /** ids of the CA vendors (src/core/ca-clients) whose USB keys the portal is known to accept */
  caClients: string[];
  /** what the sources say about the portal's password: its initial value and where to reset it */
  password?: PasswordFacts;
  /** the service hotline for this kind of portal */
  hotline: string;
  source: string[];
  certainty: Certainty;
  /** what is uncertain, historical or special about the entry */
  note?: string;
  /** URLs the registry test walks: `login` must classify to this entry as a login URL, `other` to this entry only */
  testUrls: { login?: string[]; other?: string[] };
}

/** Browser engines a portal can require (the checklist's BrowserFacts.engine, without 'unknown'). */
export type RequiredEngine = 'chromium' | 'gecko' | 'webkit' | 'trident';

export const REQUIRED_ENGINES: readonly RequiredEngine[] = ['chromium', 'gecko', 'webkit', 'trident'];

/** Desktop systems a login can be limited to (most CA clients exist for Windows only). */
export type DesktopOs = 'windows' | 'macos' | 'linux';

/** The browser a portal states it needs, as data the checklist compares with the user's browser. */
export interface BrowserRequirement {
  /** engines the portal names; a page built on ActiveX lists only 'trident' */
  engines: RequiredEngine[];
  /** lowest major version per browser name (BrowserFacts.name, 'ie' for Internet Explorer), where stated */
  minVersion?: Record<string, number>;
  /** the page needs Internet Explorer or an IE-compatible mode (Edge IE mode, 360 兼容模式) */
  ieMode?: boolean;
  /** systems the login works on, when the sources limit it */
  os?: DesktopOs[];
  /** the requirement as the source states it (or, when the page states none, what is known to work), for the user */
  said: Localized;
  source: string;
}

/** A portal's password facts, each only where a source states it. */
export interface PasswordFacts {
  /** the rule for the first password, e.g. the last six characters of the ID number */
  initial?: Localized;
  /** the portal's own password-reset page */
  resetUrl?: string;
  source: string;
}
