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
  /** the browser requirement the portal states, or null when none is known */
  browsers: Localized | null;
  /** CA vendors or clients the portal is known to use */
  caClients: string[];
  /** the service hotline for this kind of portal */
  hotline: string;
  source: string[];
  certainty: Certainty;
  /** what is uncertain, historical or special about the entry */
  note?: string;
  /** URLs the registry test walks: `login` must classify to this entry as a login URL, `other` to this entry only */
  testUrls: { login?: string[]; other?: string[] };
}
