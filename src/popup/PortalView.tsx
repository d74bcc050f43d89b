/**
 * The popup on a portal (or any government site): findings of a failed try first, then the company, then the
 * checklist as the main content, then what the page is. Probes run only on the user's click.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../core/categories';
import { runChecklist } from '../core/checklist';
import type { ChecklistFacts, CheckAction, CheckResult, CompanyProfile } from '../core/checklist/types';
import { t } from '../ui/i18n';
import { copyText, fillField, openPage, probeCa, probeNetwork, type FillOutcome } from './actions';
import { readBrowser } from './browser';
import { Checklist, type Typed } from './Checklist';
import { checklistFacts } from './facts';
import { FindingsCard } from './FindingsCard';
import { PageCard } from './PageCard';
import { ProfilePicker } from './ProfilePicker';
import { ReportButton } from './ReportButton';
import { TrustCard } from './TrustCard';
import type { PopupTab } from './tab';

const NOT_PROBED: ChecklistFacts['probes'] = { ca: { state: 'not-probed' }, network: { state: 'not-probed' } };

const FILLED: Record<FillOutcome, string> = {
  filled: 'feedbackFilled',
  'no-field': 'feedbackNoField',
  refused: 'feedbackRefused',
  unavailable: 'feedbackUnavailable',
};

export interface PortalViewProps {
  tab: PopupTab;
  lang: Lang;
  profiles: CompanyProfile[];
  profile: CompanyProfile | null;
  onSelect(profile: CompanyProfile): void;
  /** a profile changed from the popup (a corrected credit code was saved) */
  onProfileSaved(profile: CompanyProfile): void;
}

export function PortalView({ tab, lang, profiles, profile, onSelect, onProfileSaved }: PortalViewProps) {
  const [typed, setTyped] = useState<Typed>({});
  const [probes, setProbes] = useState(NOT_PROBED);
  const [feedback, setFeedback] = useState<Record<string, string>>({});
  const [browserFacts] = useState(readBrowser);
  const facts = checklistFacts({ tab, profile, typed, browser: browserFacts, probes, now: new Date() });
  const results = runChecklist(facts);
  const say = (item: CheckResult, key: string) => setFeedback((old) => ({ ...old, [item.id]: t(key) }));

  const onAction = (action: CheckAction, item: CheckResult) => {
    switch (action.kind) {
      case 'copy':
        return void copyText(action.value).then((ok) => say(item, ok ? 'feedbackCopied' : 'feedbackCopyFailed'));
      case 'fill':
        return void fillField(tab.id, action.field, action.value).then((outcome) => say(item, FILLED[outcome]));
      case 'probe-ca':
        say(item, 'feedbackProbing');
        return void probeCa(action.vendor).then((ca) => {
          setProbes((old) => ({ ...old, ca }));
          say(item, 'feedbackProbed');
        });
      case 'probe-network':
        say(item, 'feedbackProbing');
        return void probeNetwork(tab.id).then((network) => {
          setProbes((old) => ({ ...old, network }));
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
  const findings = tab.state?.findings ?? [];
  return (
    <>
      {findings.length ? (
        <FindingsCard findings={findings} recognition={tab.state?.recognition ?? null} lang={lang} />
      ) : null}
      <ProfilePicker profiles={profiles} selected={profile} onSelect={switchTo} />
      <Checklist results={results} lang={lang} profile={profile} typed={typed} onType={setTyped}
        onAction={onAction} feedback={feedback}
        onProfileSaved={(saved) => {
          setTyped({ ...typed, creditCode: undefined });
          onProfileSaved(saved);
        }} />
      <ReportButton facts={facts} results={results} findings={findings} lang={lang} />
      {tab.url ? <TrustCard url={tab.url} lang={lang} /> : null}
      <PageCard recognition={tab.state?.recognition ?? null} />
    </>
  );
}
