/**
 * The form that adds a custom portal (./CustomPortals.tsx): the address is checked first (src/core/portals/custom.ts),
 * then the click asks the browser for that host's permission, and only a granted one is saved.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../core/categories';
import { PORTAL_KINDS, checkPortalUrl, customPortal, type CustomPortalEntry, type PortalKind } from '../core/portals';
import { MAX_NAME_LENGTH, addCustomPortal } from '../shared/custom-portals';
import { t } from '../ui/i18n';
import { portalUrlProblemText } from './portal-url-problem';

export const KIND_LABEL: Record<PortalKind, string> = {
  'e-tax': 'kindETax',
  'social-insurance': 'kindSocialInsurance',
  'medical-insurance': 'kindMedicalInsurance',
  'housing-fund': 'kindHousingFund',
};

export interface Status {
  tone: 'ok' | 'danger';
  text: string;
}

interface Props {
  entries: CustomPortalEntry[];
  lang: Lang;
  status: Status | null;
  onStatus(status: Status): void;
}

const OUTCOME_TEXT = { refused: 'customPortalRefused', full: 'customPortalFull' } as const;

export function AddCustomPortal({ entries, lang, status, onStatus }: Props) {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PortalKind>('social-insurance');
  // no await before addCustomPortal's permission request: the browser asks only inside the click
  const submit = (event: Event) => {
    event.preventDefault();
    const verdict = checkPortalUrl(url, entries.map(customPortal));
    if (!verdict.ok) return onStatus({ tone: 'danger', text: portalUrlProblemText(verdict, lang) });
    const label = name.trim().slice(0, MAX_NAME_LENGTH);
    if (!label) return onStatus({ tone: 'danger', text: t('customPortalNameMissing') });
    void addCustomPortal({ url: verdict.url, host: verdict.host, name: label, kind }).then(
      (outcome) => {
        if (outcome !== 'added') return onStatus({ tone: 'danger', text: t(OUTCOME_TEXT[outcome]) });
        setUrl('');
        setName('');
        onStatus({ tone: 'ok', text: t('customPortalAdded', label) });
      },
      () => onStatus({ tone: 'danger', text: t('customPortalRefused') }),
    );
  };
  return (
    <form class="profile-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for="custom-portal-url">{t('customPortalUrl')}</label>
        <input
          id="custom-portal-url"
          type="url"
          value={url}
          maxLength={2048}
          autocomplete="off"
          placeholder="https://"
          aria-invalid={status?.tone === 'danger' ? 'true' : undefined}
          aria-describedby="custom-portal-status"
          onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="custom-portal-name">{t('customPortalName')}</label>
        <input
          id="custom-portal-name"
          type="text"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          autocomplete="off"
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="custom-portal-kind">{t('customPortalKind')}</label>
        <select
          id="custom-portal-kind"
          value={kind}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as PortalKind)}
        >
          {PORTAL_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABEL[k])}
            </option>
          ))}
        </select>
      </div>
      <div class="row buttons">
        <button type="submit" class="primary" data-add-custom-portal>
          {t('customPortalAdd')}
        </button>
      </div>
      <p id="custom-portal-status" class={`check ${status?.tone ?? ''}`} role="status" data-custom-portal-status>
        {status?.text ?? ''}
      </p>
    </form>
  );
}
