/**
 * Portals the registry lacks (a city's 社保 or 公积金 site), added by the user: address, name, kind. The click on
 * "添加" asks the browser for that site's permission; only when the user allows it is the portal saved, and the
 * background then runs our content script there (src/background/custom-portals.ts). Removing gives both back.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Lang } from '../core/categories';
import { PORTAL_KINDS, checkPortalUrl, customPortal, type CustomPortalEntry, type PortalKind } from '../core/portals';
import {
  CUSTOM_PORTALS_KEY,
  MAX_NAME_LENGTH,
  addCustomPortal,
  readCustomPortals,
  removeCustomPortal,
} from '../shared/custom-portals';
import { t } from '../ui/i18n';
import { portalUrlProblemText } from './portal-url-problem';

export const KIND_LABEL: Record<PortalKind, string> = {
  'e-tax': 'kindETax',
  'social-insurance': 'kindSocialInsurance',
  'medical-insurance': 'kindMedicalInsurance',
  'housing-fund': 'kindHousingFund',
};

interface Status {
  tone: 'ok' | 'danger';
  text: string;
}

function useCustomPortals(): CustomPortalEntry[] | null {
  const [entries, setEntries] = useState<CustomPortalEntry[] | null>(null);
  useEffect(() => {
    const load = () => void readCustomPortals().then(setEntries, () => setEntries([]));
    load();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CUSTOM_PORTALS_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return entries;
}

export function CustomPortals({ lang }: { lang: Lang }) {
  const entries = useCustomPortals();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PortalKind>('social-insurance');
  const [status, setStatus] = useState<Status | null>(null);
  if (entries === null) return null;

  // no await before addCustomPortal's permission request: the browser asks only inside the click
  const submit = (event: Event) => {
    event.preventDefault();
    const verdict = checkPortalUrl(url, entries.map(customPortal));
    if (!verdict.ok) return setStatus({ tone: 'danger', text: portalUrlProblemText(verdict, lang) });
    const label = name.trim().slice(0, MAX_NAME_LENGTH);
    if (!label) return setStatus({ tone: 'danger', text: t('customPortalNameMissing') });
    void addCustomPortal({ url: verdict.url, host: verdict.host, name: label, kind }).then(
      (outcome) => {
        if (outcome === 'added') {
          setUrl('');
          setName('');
          setStatus({ tone: 'ok', text: t('customPortalAdded', label) });
        } else setStatus({ tone: 'danger', text: t(outcome === 'refused' ? 'customPortalRefused' : 'customPortalFull') });
      },
      () => setStatus({ tone: 'danger', text: t('customPortalRefused') }),
    );
  };
  const remove = (entry: CustomPortalEntry) => {
    void removeCustomPortal(entry.host).then(() => setStatus({ tone: 'ok', text: t('customPortalRemoved', entry.name) }));
  };

  return (
    <section class="card" data-custom-portals={entries.length} aria-labelledby="custom-portals-title">
      <h2 id="custom-portals-title">{t('customPortalsSection')}</h2>
      <p class="muted">{t('customPortalsIntro')}</p>
      {entries.length === 0 ? <p class="muted">{t('customPortalsNone')}</p> : null}
      <ul class="profiles">
        {entries.map((entry) => (
          <li key={entry.host} class="row" data-custom-portal={entry.host}>
            <span>
              {entry.name}
              <span class="muted"> · {t(KIND_LABEL[entry.kind])} · {entry.host}</span>
            </span>
            <button type="button" onClick={() => remove(entry)} aria-label={t('customPortalRemoveNamed', entry.name)}>
              {t('customPortalRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="profile-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for="custom-portal-url">{t('customPortalUrl')}</label>
          <input id="custom-portal-url" type="url" value={url} maxLength={2048} autocomplete="off"
            placeholder="https://" aria-invalid={status?.tone === 'danger' ? 'true' : undefined}
            aria-describedby="custom-portal-status"
            onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="custom-portal-name">{t('customPortalName')}</label>
          <input id="custom-portal-name" type="text" value={name} maxLength={MAX_NAME_LENGTH} autocomplete="off"
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="custom-portal-kind">{t('customPortalKind')}</label>
          <select id="custom-portal-kind" value={kind}
            onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as PortalKind)}>
            {PORTAL_KINDS.map((k) => <option key={k} value={k}>{t(KIND_LABEL[k])}</option>)}
          </select>
        </div>
        <div class="row buttons">
          <button type="submit" class="primary" data-add-custom-portal>{t('customPortalAdd')}</button>
        </div>
        <p id="custom-portal-status" class={`check ${status?.tone ?? ''}`} role="status" data-custom-portal-status>
          {status?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
