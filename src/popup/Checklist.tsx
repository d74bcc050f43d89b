/**
 * The pre-login checklist: one CheckItem per result, in the order a user meets them. The credit-code and agent-ID
 * items carry an input: what the user types there wins over the profile's value and is checked again at once
 * (the core's reason is the live verdict); an emptied input falls back to the profile's value, shown as placeholder. The agent's ID is never shown in full: the input starts empty, with the
 * profile's value masked as its placeholder.
 */
import type { Lang } from '../core/categories';
import type { ChecklistFacts, CheckAction, CheckResult, CompanyProfile } from '../core/checklist/types';
import { maskId } from '../core/mask';
import { t } from '../ui/i18n';
import { CheckItem } from './CheckItem';
import { SaveFix } from './SaveFix';

export type Typed = ChecklistFacts['typed'];

export interface ChecklistProps {
  results: CheckResult[];
  lang: Lang;
  profile: CompanyProfile | null;
  typed: Typed;
  onType(typed: Typed): void;
  onAction(action: CheckAction, item: CheckResult): void;
  feedback: Record<string, string>;
  onProfileSaved(profile: CompanyProfile): void;
}

function TypedInput(props: {
  id: string;
  check: string;
  label: string;
  value: string;
  placeholder?: string;
  onInput(v: string): void;
}) {
  return (
    <div class="field typed">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        value={props.value}
        placeholder={props.placeholder}
        maxLength={64}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={`check-${props.check}-reason`}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}

export function Checklist(props: ChecklistProps) {
  const { results, lang, profile, typed, onType, onAction, feedback, onProfileSaved } = props;
  const input = (result: CheckResult) => {
    if (result.id === 'credit-code') {
      return (
        <>
          <TypedInput
            id="typed-credit-code"
            check="credit-code"
            label={t('typedCreditCode')}
            value={typed.creditCode ?? profile?.creditCode ?? ''}
            placeholder={profile?.creditCode}
            onInput={(creditCode) => onType({ ...typed, creditCode })}
          />
          <SaveFix profile={profile} typed={typed.creditCode} onSaved={onProfileSaved} />
        </>
      );
    }
    if (result.id === 'agent-id') {
      return (
        <TypedInput
          id="typed-agent-id"
          check="agent-id"
          label={t('typedAgentId')}
          value={typed.agentId ?? ''}
          placeholder={profile?.agentId ? maskId(profile.agentId) : undefined}
          onInput={(agentId) => onType({ ...typed, agentId: agentId || undefined })}
        />
      );
    }
    return null;
  };
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('checklistSection')}</h2>
      <ol class="checks">
        {results.map((result) => (
          <CheckItem
            key={result.id}
            result={result}
            lang={lang}
            feedback={feedback[result.id]}
            onAction={(action) => onAction(action, result)}
          >
            {input(result)}
          </CheckItem>
        ))}
      </ol>
    </section>
  );
}
