import { useEffect, useState } from 'preact/hooks';
import { disableGuard, enableGuard, guardEnabled } from '../shared/guard';
import { t } from './i18n';

export function GuardCard() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  // the IT department's policy may require the guard (true) or keep it off (false): the user cannot change it then
  const [required, setRequired] = useState<boolean | null>(null);
  useEffect(() => {
    void guardEnabled().then(setEnabled);
    // the policy reader (zod, storage) is loaded here, not with the page: the popup paints without it
    void import('../shared/storage/managed')
      .then(({ readPolicy }) => readPolicy())
      .then((policy) => setRequired(policy.lookalikeGuard));
  }, []);
  if (enabled === null) return null;
  const toggle = async () => {
    if (enabled) await disableGuard();
    else await enableGuard();
    setEnabled(await guardEnabled());
  };
  const on = enabled && required !== false;
  // a required guard still needs the user's one click: browsers grant access to all sites only on a gesture
  const button = required === null || (required && !enabled);
  return (
    <section class="card" data-guard={on ? 'on' : 'off'} data-locked={required === null ? undefined : String(required)}>
      <div class="row">
        <h2>{t('guardSection')}</h2>
        {button ? (
          <button type="button" onClick={() => void toggle()}>
            {t(enabled ? 'guardDisable' : 'guardEnable')}
          </button>
        ) : (
          <span class="locked">{t('managedLocked')}</span>
        )}
      </div>
      <p class="muted">{t(on ? 'guardOn' : 'guardOff')}</p>
      {required !== null ? <p class="muted">{t(required ? 'guardLockedOn' : 'guardLockedOff')}</p> : null}
    </section>
  );
}
