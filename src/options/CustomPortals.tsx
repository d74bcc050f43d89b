/**
 * Portals the registry lacks (a city's 社保 or 公积金 site), added by the user: address, name, kind. The click on
 * "添加" asks the browser for that site's permission; only when the user allows it is the portal saved, and the
 * background then runs our content script there (src/background/custom-portals.ts). Removing gives both back.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Lang } from '../core/categories';
import {
  CUSTOM_PORTALS_KEY,
  readAllCustomPortals,
  removeCustomPortal,
  type ListedCustomPortal,
} from '../shared/custom-portals';
import { t } from '../ui/i18n';
import { AddCustomPortal, KIND_LABEL, type Status } from './AddCustomPortal';

function useCustomPortals(): ListedCustomPortal[] | null {
  const [entries, setEntries] = useState<ListedCustomPortal[] | null>(null);
  useEffect(() => {
    const load = () => void readAllCustomPortals().then(setEntries, () => setEntries([]));
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
  const [status, setStatus] = useState<Status | null>(null);
  if (entries === null) return null;
  const remove = (entry: ListedCustomPortal) => {
    void removeCustomPortal(entry.host).then(() =>
      setStatus({ tone: 'ok', text: t('customPortalRemoved', entry.name) }),
    );
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
              <span class="muted">
                {' '}
                · {t(KIND_LABEL[entry.kind])} · {entry.host}
              </span>
            </span>
            {entry.managed ? (
              // pushed by the IT department's policy: not the user's to remove (src/shared/storage/managed.ts)
              <span class="locked" data-locked title={t('managedLockedNamed', entry.name)}>
                {t('managedLocked')}
              </span>
            ) : (
              <button type="button" onClick={() => remove(entry)} aria-label={t('customPortalRemoveNamed', entry.name)}>
                {t('customPortalRemove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <AddCustomPortal entries={entries} lang={lang} status={status} onStatus={setStatus} />
    </section>
  );
}
