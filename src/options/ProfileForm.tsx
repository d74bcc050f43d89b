/**
 * Add or edit one company. Every input has a label; the credit code and the agent's ID are checked as they are
 * typed, and a value that cannot be right blocks saving with its reason. No input exists for a password, PIN or
 * SMS code: the extension has nowhere to keep one.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang, Localized } from '../core/categories';
import type { AgentIdType, CompanyProfile } from '../core/checklist/types';
import { checkId } from '../core/ids';
import { AGENT_ID_TYPES } from '../shared/profiles';
import { IdField } from '../ui/IdField';
import { t } from '../ui/i18n';
import { PasswordReminderFields, passwordDaysProblem } from './PasswordReminderFields';
import { PortalPicker } from './PortalPicker';

export interface Vendor {
  id: string;
  name: Localized;
}

const ID_TYPE_LABEL: Record<AgentIdType, string> = {
  person: 'idTypePerson',
  'resident-id': 'idTypeResident',
  'resident-id-15': 'idTypeResident15',
  'hk-mo-tw-permit': 'idTypePermit',
  'foreign-permanent-id': 'idTypeForeign',
};

/** Why the draft cannot be saved yet, or null. */
function blocker(draft: CompanyProfile): string | null {
  if (!draft.name.trim()) return t('profileNeedsName');
  if (!draft.creditCode.trim() || !checkId(draft.creditCode, 'company').valid) return t('profileNeedsCode');
  if (draft.agentId && !checkId(draft.agentId, draft.agentIdType ?? 'person').valid) return t('profileNeedsAgentId');
  return passwordDaysProblem(draft.passwordEveryDays);
}

export interface ProfileFormProps {
  initial: CompanyProfile;
  vendors: Vendor[];
  lang: Lang;
  onSave(profile: CompanyProfile): void;
  onCancel(): void;
}

export function ProfileForm({ initial, vendors, lang, onSave, onCancel }: ProfileFormProps) {
  const [draft, setDraft] = useState<CompanyProfile>(initial);
  const [tried, setTried] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  // keyboard users land in the form they just opened, not back at the top of the page
  useEffect(() => first.current?.focus(), []);
  const set = (patch: Partial<CompanyProfile>) => setDraft({ ...draft, ...patch });
  const problem = blocker(draft);
  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (!problem) onSave(draft);
  };
  return (
    <form class="card profile-form" onSubmit={submit} aria-labelledby="profile-form-title" noValidate>
      <h2 id="profile-form-title">{t(initial.name ? 'profileEdit' : 'profileAdd')}</h2>
      <div class="field">
        <label for="profile-name">{t('profileName')}</label>
        <input
          id="profile-name"
          ref={first}
          value={draft.name}
          maxLength={200}
          required
          onInput={(e) => set({ name: (e.currentTarget as HTMLInputElement).value })}
        />
      </div>
      <IdField
        id="profile-code"
        label={t('profileCreditCode')}
        value={draft.creditCode}
        type="company"
        lang={lang}
        onInput={(creditCode) => set({ creditCode })}
      />
      <div class="field">
        <label for="profile-agent-name">{t('profileAgentName')}</label>
        <input
          id="profile-agent-name"
          value={draft.agentName ?? ''}
          maxLength={100}
          onInput={(e) => set({ agentName: (e.currentTarget as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for="profile-agent-type">{t('profileAgentIdType')}</label>
        <select
          id="profile-agent-type"
          value={draft.agentIdType ?? 'person'}
          onChange={(e) => set({ agentIdType: (e.currentTarget as HTMLSelectElement).value as AgentIdType })}
        >
          {AGENT_ID_TYPES.map((type) => (
            <option value={type}>{t(ID_TYPE_LABEL[type])}</option>
          ))}
        </select>
      </div>
      <IdField
        id="profile-agent-id"
        label={t('profileAgentId')}
        value={draft.agentId ?? ''}
        type={draft.agentIdType ?? 'person'}
        lang={lang}
        onInput={(agentId) => set({ agentId })}
        note={t(draft.rememberAgentId ? 'profileAgentIdRemembered' : 'profileAgentIdSession')}
      />
      <div class="field check-row">
        <input
          id="profile-remember"
          type="checkbox"
          checked={draft.rememberAgentId ?? false}
          onChange={(e) => set({ rememberAgentId: (e.currentTarget as HTMLInputElement).checked })}
        />
        <label for="profile-remember">{t('profileRemember')}</label>
      </div>
      <PortalPicker selected={draft.usualPortals} lang={lang} onChange={(usualPortals) => set({ usualPortals })} />
      <div class="field">
        <label for="profile-vendor">{t('profileCertVendor')}</label>
        <select
          id="profile-vendor"
          value={draft.certVendor ?? ''}
          onChange={(e) => set({ certVendor: (e.currentTarget as HTMLSelectElement).value || undefined })}
        >
          <option value="">{t('profileCertVendorNone')}</option>
          {vendors.map((v) => (
            <option value={v.id}>{v.name[lang]}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="profile-expiry">{t('profileCertExpiry')}</label>
        <input
          id="profile-expiry"
          type="date"
          value={draft.certExpiry ?? ''}
          onInput={(e) => set({ certExpiry: (e.currentTarget as HTMLInputElement).value || undefined })}
        />
      </div>
      <PasswordReminderFields draft={draft} set={set} />
      {tried && problem ? (
        <p class="check danger" role="alert">
          {problem}
        </p>
      ) : null}
      <div class="row buttons">
        <button type="submit" class="primary">
          {t('profileSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('profileCancel')}
        </button>
      </div>
    </form>
  );
}
