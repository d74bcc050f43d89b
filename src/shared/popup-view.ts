/**
 * What the popup shows, composed from what it needs for this tab only: the trust verdict, the chosen company, the
 * checklist's results, the findings with their advice already written, the usual portals. The background composes
 * the first one (src/background/popup-view.ts) so the popup paints it without loading the portal registry, the
 * rules' texts or the checklist; once the popup has loaded those after its first paint (src/popup/live.ts) it
 * composes again here, with what the user typed and probed. Pure: the browser facts and the time are passed in.
 */
import type { Lang, Localized } from '../core/categories';
import { browserFacts, composeReport, runChecklist, type NavigatorFacts } from '../core/checklist';
import type { BrowserFacts, ChecklistFacts, CheckResult, CompanyProfile } from '../core/checklist/types';
import { explain } from '../core/diagnose/explain';
import type { Category } from '../core/categories';
import { isCustomPortal, officialEntry, portalById, trust, type Trust } from '../core/portals';
import { customPortals } from './custom-portals';
import { checklistFacts } from './checklist-facts';
import type { TabState } from './tab-state';
import { chooseProfile } from './profile-choice';
import type { LanguagePreference } from './language-text';

export interface PopupTab {
  id: number;
  /** known with activeTab (the user opened the popup on this tab) or from what our content script reported */
  url: string | null;
  state: TabState | null;
  /** consecutive failed tries the background counted on this tab's portal (lockout guard) */
  failures: number;
}

export interface TrustView {
  trust: Trust;
  host: string;
  portalName: Localized | null;
  /** on a look-alike: the official entry to use instead */
  entry: string | null;
  /** a portal the user added (src/shared/custom-portals.ts): official by their word, not ours */
  custom: boolean;
}

export interface FindingView {
  category: Category;
  /** what the page said (identifiers already masked by the background) */
  message: string;
  title: string;
  explanation: string;
  steps: string[];
}

export interface UsualPortalView {
  id: string;
  name: Localized;
  entry: string;
}

export interface PopupViewInput {
  tab: PopupTab | null;
  profiles: CompanyProfile[];
  /** the company the user picked in this popup; else chosen for the portal (profile-choice.ts) */
  selectedId?: string | null;
  lastId: string | null;
  typed: ChecklistFacts['typed'];
  probes: ChecklistFacts['probes'];
  browser: BrowserFacts;
  lang: Lang;
  now: Date;
}

export interface PopupView {
  tab: PopupTab | null;
  profiles: CompanyProfile[];
  selectedId: string | null;
  lastId: string | null;
  browser: BrowserFacts;
  /** what the CA client and network probes found (not probed, in the background's first view) */
  probes: ChecklistFacts['probes'];
  trust: TrustView | null;
  /** a portal or a government site: the checklist's place (our content script runs there) */
  portalLike: boolean;
  /** the checklist, when portalLike; empty elsewhere */
  results: CheckResult[];
  findings: FindingView[];
  usualPortals: UsualPortalView[];
  /** the language choice, in the background's first view: the popup speaks it without reading storage first */
  language?: LanguagePreference;
}

export const NOT_PROBED: ChecklistFacts['probes'] = { ca: { state: 'not-probed' }, network: { state: 'not-probed' } };

/** The browser facts from what `navigator` says in the popup (the service worker has no cookie setting). */
export function browserOf(navigator: NavigatorFacts): BrowserFacts {
  return browserFacts(navigator);
}

function trustView(url: string): TrustView {
  const verdict = trust(url, customPortals());
  const entry = verdict.trust === 'lookalike' ? officialEntry(verdict.imitates?.kind, verdict.imitates?.region) : null;
  const custom = verdict.portal ? isCustomPortal(verdict.portal) : false;
  return { trust: verdict.trust, host: verdict.host, portalName: verdict.portal?.name ?? null, entry, custom };
}

function findingViews(state: TabState | null, lang: Lang): FindingView[] {
  const portal = state?.recognition?.portal;
  return (state?.findings ?? []).map((finding) => {
    const advice = explain(finding.category, lang, {
      portalId: portal?.id,
      kind: portal?.kind,
      captures: finding.captures,
    });
    return { category: finding.category, message: finding.message, ...advice };
  });
}

function usualPortals(profiles: readonly CompanyProfile[]): UsualPortalView[] {
  const ids = [...new Set(profiles.flatMap((p) => p.usualPortals))];
  return ids
    .map((id) => portalById(id))
    .filter((p) => p !== null)
    .map((p) => ({ id: p.id, name: p.name, entry: p.entry }));
}

/** The company the checklist is for: the one picked in this popup, else the one for this portal (profile-choice.ts). */
function profileFor(input: PopupViewInput): CompanyProfile | null {
  const { tab, profiles, selectedId, lastId } = input;
  const picked = selectedId ? profiles.find((p) => p.id === selectedId) : undefined;
  if (picked) return picked;
  const portalId =
    tab?.state?.recognition?.portal?.id ?? (tab?.url ? trust(tab.url, customPortals()).portal?.id : null) ?? null;
  return chooseProfile(profiles, portalId, lastId);
}

function factsOf(input: PopupViewInput, profile: CompanyProfile | null): ChecklistFacts | null {
  const { tab } = input;
  if (!tab) return null;
  return checklistFacts({
    tab,
    profile,
    typed: input.typed,
    browser: input.browser,
    probes: input.probes,
    now: input.now,
  });
}

export function composePopupView(input: PopupViewInput): PopupView {
  const { tab, profiles, lastId, lang } = input;
  const verdict = tab?.url ? trustView(tab.url) : null;
  const portalLike =
    Boolean(tab?.state?.recognition) || verdict?.trust === 'official' || verdict?.trust === 'government';
  const profile = profileFor(input);
  const facts = portalLike && verdict?.trust !== 'lookalike' ? factsOf(input, profile) : null;
  return {
    tab,
    profiles,
    selectedId: profile?.id ?? null,
    lastId,
    browser: input.browser,
    probes: input.probes,
    trust: verdict,
    portalLike,
    results: facts ? runChecklist(facts) : [],
    findings: findingViews(tab?.state ?? null, lang),
    usualPortals: verdict?.trust === 'lookalike' || portalLike ? [] : usualPortals(profiles),
  };
}

/** "复制诊断信息": the plain-text report of the checklist as shown (src/core/checklist/report.ts). */
export function popupReport(input: PopupViewInput, version: string, timeZone: string): string {
  const facts = factsOf(input, profileFor(input));
  return composeReport({
    lang: input.lang,
    version,
    browser: input.browser,
    portal: facts?.portal ?? null,
    trust: facts?.trust ?? null,
    results: facts ? runChecklist(facts) : [],
    findings: input.tab?.state?.findings ?? [],
    now: input.now,
    timeZone,
  });
}

/** What was stored belongs to the document it came from; after the tab moved on to another page it says nothing. */
export function currentState(stored: TabState | null, url: string | null): TabState | null {
  const withoutHash = (address: string) => address.split('#')[0] ?? address;
  return stored && url !== null && withoutHash(stored.url) === withoutHash(url) ? stored : null;
}
