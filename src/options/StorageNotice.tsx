/**
 * The options page's word about stored settings that had to be reset (src/shared/storage/resets.ts) and about a
 * browser policy that could not be read in part (src/shared/storage/managed.ts). Opening the page first repairs
 * storage, so what it reports is what was just found and fixed.
 */
import { useEffect, useState } from 'preact/hooks';
import { readPolicy } from '../shared/storage/managed';
import { repairStorage } from '../shared/storage/repair';
import { clearResets, readResets } from '../shared/storage/resets';
import { t } from '../ui/i18n';

export function StorageNotice() {
  const [resets, setResets] = useState<Record<string, number>>({});
  const [ignored, setIgnored] = useState(0);
  useEffect(() => {
    void repairStorage()
      .catch(() => undefined)
      .then(readResets)
      .then(setResets);
    void readPolicy().then((policy) => setIgnored(policy.ignored));
  }, []);
  const entries = Object.entries(resets);
  if (entries.length === 0 && ignored === 0) return null;
  return (
    <section class="card warn" role="status" data-storage-notice>
      {entries.length > 0 ? (
        <div data-storage-resets={entries.length}>
          <p>{t('storageResetTitle')}</p>
          <ul>
            {entries.map(([label, count]) => (
              <li key={label} data-reset={label}>
                {t('storageResetItem', t(label), String(count))}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void clearResets().then(() => setResets({}))}>
            {t('storageResetDismiss')}
          </button>
        </div>
      ) : null}
      {ignored > 0 ? <p data-policy-ignored={ignored}>{t('policyIgnored', String(ignored))}</p> : null}
    </section>
  );
}
