/**
 * The popup on a portal (or any government site): findings of a failed try first, then the company, then the
 * checklist as the main content, then what the page is. It shows the background's results until the checklist
 * itself is loaded (use-live.ts), then composes them here as the user types, probes or switches company. Probes
 * run only on the user's click.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../core/categories';
import type { ChecklistFacts, CheckAction, CheckResult, CompanyProfile } from '../core/checklist/types';
import type { PopupView, PopupViewInput } from '../shared/popup-view';
import { t } from '../ui/i18n';
import { copyText, fillField, openPage, probeCa, probeNetwork, type FillOutcome } from './actions';
import { Checklist, type Typed } from './Checklist';
import { FindingsCard } from './FindingsCard';
import { PageCard } from './PageCard';
import { ProfilePicker } from './ProfilePicker';
import { ReportButton } from './ReportButton';
import { TrustCard } from './TrustCard';
import { useLive } from './use-live';

const FILLED: Record<FillOutcome, string> = {
  filled: 'feedbackFilled',
  'no-field': 'feedbackNoField',
  refused: 'feedbackRefused',
  unavailable: 'feedbackUnavailable',
};

export interface PortalViewProps {
  /** what the background composed for this tab */
  view: PopupView;
  lang: Lang;
  profiles: CompanyProfile[];
  selectedId: string | null;
  onSelect(profile: CompanyProfile): void;
  /** a profile changed from the popup (a corrected credit code was saved) */
  onProfileSaved(profile: CompanyProfile): void;
}

export function PortalView({ view, lang, profiles, selectedId, onSelect, onProfileSaved }: PortalViewProps) {
  const live = useLive();
  const [typed, setTyped] = useState<Typed>({});
  const [probes, setProbes] = useState(view.probes);
  const [feedback, setFeedback] = useState<Record<string, string>>({});
  const input: PopupViewInput = {
    tab: view.tab,
    profiles,
    selectedId,
    lastId: view.lastId,
    typed,
    probes,
    browser: view.browser,
    lang,
    now: new Date(),
  };
  const shown = live ? live.composePopupView(input) : view;
  const results = shown.results;
  const profile = profiles.find((p) => p.id === shown.selectedId) ?? null;
  const say = (item: CheckResult, key: string) => setFeedback((old) => ({ ...old, [item.id]: t(key) }));
  const probed = (next: Partial<ChecklistFacts['probes']>) => setProbes((old) => ({ ...old, ...next }));

  const onAction = (action: CheckAction, item: CheckResult) => {
    const tabId = view.tab!.id;
    switch (action.kind) {
      case 'copy':
        return void copyText(action.value).then((ok) => say(item, ok ? 'feedbackCopied' : 'feedbackCopyFailed'));
      case 'fill':
        return void fillField(tabId, action.field, action.value).then((outcome) => say(item, FILLED[outcome]));
      case 'probe-ca':
        say(item, 'feedbackProbing');
        return void probeCa(action.vendor).then((ca) => {
          probed({ ca });
          say(item, 'feedbackProbed');
        });
      case 'probe-network':
        say(item, 'feedbackProbing');
        return void probeNetwork(tabId).then((network) => {
          probed({ network });
          say(item, 'feedbackProbed');
        });
      case 'open':
        return void openPage(action.url);
    }
  };
  const switchTo = (next: CompanyProfile) => {
    setTyped({});
    onSelect(next);
  };
  const state = view.tab?.state ?? null;
  return (
    <>
      {shown.findings.length ? <FindingsCard findings={shown.findings} /> : null}
      <ProfilePicker profiles={profiles} selected={profile} onSelect={switchTo} />
      <Checklist
        results={results}
        lang={lang}
        profile={profile}
        typed={typed}
        onType={setTyped}
        onAction={onAction}
        feedback={feedback}
        onProfileSaved={(saved) => {
          setTyped({ ...typed, creditCode: undefined });
          onProfileSaved(saved);
        }}
      />
      <ReportButton input={input} />
      {shown.trust ? <TrustCard trust={shown.trust} lang={lang} /> : null}
      <PageCard recognition={state?.recognition ?? null} />
    </>
  );
}
