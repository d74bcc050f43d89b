import type { Localized } from '../categories';
import { isLoginUrl } from '../portals/registry';
import { trust } from '../portals/trust';
import type { Trust } from '../portals/trust';
import type { LoginMode, Portal, PortalKind } from '../portals/types';
import type { PageSnapshot } from '../snapshot';
import { SNAPSHOT_BOUNDS } from '../page-limits';
import { CREDENTIAL_WORDS, DETECTORS, LOGIN_WORDS, modeOfLabel } from './detectors';
import { hasAny, preparePage } from './page';
import type { Page } from './page';

export type LoginStep = 'credentials' | 'sms-code' | 'role-choice' | 'agreement';

export interface Recognition {
  portal: { id: string; kind: PortalKind; region: string; name: Localized } | null;
  /** a `.gov.cn` login page that is not in the registry */
  unlistedGovernment: boolean;
  trust: Trust;
  isLoginPage: boolean;
  /** login modes the page offers, in LOGIN_MODES order */
  modes: LoginMode[];
  /** the mode whose form is showing */
  activeMode: LoginMode | null;
  step: LoginStep | null;
  loggedIn: boolean;
}

const MODE_ORDER: readonly LoginMode[] = ['password', 'ca', 'qr', 'sms', 'e-license'];

function offeredModes(p: Page, step: LoginStep | null): LoginMode[] {
  const modes = new Set<LoginMode>();
  for (const tab of p.snapshot.tabs.slice(0, 50)) {
    const m = modeOfLabel(tab.label);
    if (m) modes.add(m);
  }
  for (const b of p.snapshot.buttons.slice(0, 100)) {
    // Buttons name a mode only when they say so outright (证书登录, 扫码登录, 电子营业执照扫码登录 → e-license, its
    // first match); a bare 登录 or 单位登录 does not.
    const m = b.length <= 16 ? modeOfLabel(b) : null;
    if (m && m !== 'password') modes.add(m);
  }
  if (p.passwordFields > 0 && !showsCertificateForm(p)) modes.add('password');
  if (DETECTORS.qrLogin.test(p)) modes.add('qr');
  if (DETECTORS.caLogin.test(p) || showsCertificateForm(p)) modes.add('ca');
  if (step === 'sms-code') modes.add('sms');
  return MODE_ORDER.filter((m) => modes.has(m));
}

const PIN_WORDS = ['pin', '证书密码', '证书口令', '口令', 'key密码', 'ukey密码', 'u盾密码'];
const CERT_WORDS = ['证书', 'cert', 'ukey', 'u盾', 'usbkey'];

/** The certificate form showing: a certificate list (select) and its PIN field, with no other password field. */
function showsCertificateForm(p: Page): boolean {
  const about = (f: PageSnapshot['fields'][number]) => `${f.placeholder} ${f.label} ${f.name} ${f.id}`.toLowerCase();
  const fields = p.snapshot.fields.slice(0, SNAPSHOT_BOUNDS.fields);
  const pins = fields.filter((f) => f.type === 'password' && hasAny(about(f), PIN_WORDS)).length;
  const certList = fields.some((f) => f.tag === 'select' && hasAny(about(f), CERT_WORDS));
  return certList && pins > 0 && pins === p.passwordFields;
}

function activeModeOf(p: Page, step: LoginStep | null, modes: LoginMode[]): LoginMode | null {
  const fromTab = p.activeTab ? modeOfLabel(p.activeTab) : null;
  const certificate = showsCertificateForm(p);
  // "单位登录 / 法人登录" tabs name who logs in, not how: the fields decide then.
  if (fromTab && !(fromTab === 'password' && (p.passwordFields === 0 || certificate) && modes.length > 1))
    return fromTab;
  if (step === 'sms-code') return 'sms';
  // a PIN is a password field too: the certificate list next to it says which form this is
  if (certificate) return 'ca';
  if (p.passwordFields > 0) return 'password';
  if (p.snapshot.hasQrCode && p.textFields === 0 && modes.includes('qr')) return 'qr';
  if (p.snapshot.caMarkers.length > 0 && modes.length === 1 && modes[0] === 'ca') return 'ca';
  return null;
}

/**
 * The login step. Dialogs and code fields also occur outside logins (a checkout's SMS code, a site's terms), so
 * they count only in a login context: a login form, a registry login URL, or (for the code) a login button.
 */
function stepOf(p: Page, loginForm: boolean, loginUrl: boolean): LoginStep | null {
  const context = loginForm || loginUrl;
  if (context && DETECTORS.roleChoice.test(p)) return 'role-choice';
  if (context && DETECTORS.agreement.test(p)) return 'agreement';
  if (DETECTORS.smsCodeStep.test(p) && (context || hasAny(p.buttons, LOGIN_WORDS))) return 'sms-code';
  if (loginForm) return 'credentials';
  return null;
}

/**
 * What the page is: which portal, whether it is the login page, which mode and step, whether the user is already
 * logged in. Pure and cheap (a few hundred `includes` over bounded strings); runs on every snapshot.
 * `custom`: the portals the user added (src/core/portals/custom.ts), known like registry entries.
 */
export function recognise(snapshot: PageSnapshot, custom: readonly Portal[] = []): Recognition {
  const p = preparePage(snapshot);
  const t = trust(snapshot.url, custom);
  const portal = t.portal;

  const credentialFields = (p.textFields > 0 || p.passwordFields > 0) && hasAny(p.fieldText, CREDENTIAL_WORDS);
  const loginForm =
    DETECTORS.tpassLoginForm.test(p) ||
    DETECTORS.passwordLogin.test(p) ||
    (DETECTORS.hallEnterUnitLogin.test(p) && (p.textFields > 0 || p.passwordFields > 0)) ||
    (DETECTORS.caLogin.test(p) && hasAny(p.all, LOGIN_WORDS)) ||
    (credentialFields && hasAny(p.buttons, LOGIN_WORDS));
  const isLoggedIn = DETECTORS.loggedIn.test(p);
  const step = isLoggedIn ? null : stepOf(p, loginForm, isLoginUrl(snapshot.url, portal));
  const qr = DETECTORS.qrLogin.test(p) && hasAny(p.all, LOGIN_WORDS);
  const isLoginPage = !isLoggedIn && (step !== null || qr);
  const modes = isLoginPage ? offeredModes(p, step) : [];
  const activeMode = isLoginPage ? activeModeOf(p, step, modes) : null;

  return {
    portal: portal ? { id: portal.id, kind: portal.kind, region: portal.region, name: portal.name } : null,
    unlistedGovernment: !portal && t.trust === 'government' && isLoginPage,
    trust: t.trust,
    isLoginPage,
    modes,
    activeMode,
    step,
    loggedIn: isLoggedIn,
  };
}
