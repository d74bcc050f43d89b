import { useEffect, useState } from 'preact/hooks';
import { disableGuard, enableGuard, guardEnabled } from '../shared/guard';
import { t } from './i18n';

export function GuardCard() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    void guardEnabled().then(setEnabled);
  }, []);
  if (enabled === null) return null;
  const toggle = async () => {
    if (enabled) await disableGuard();
    else await enableGuard();
    setEnabled(await guardEnabled());
  };
  return (
    <section class="card" data-guard={enabled ? 'on' : 'off'}>
      <div class="row">
        <h2>{t('guardSection')}</h2>
        <button type="button" onClick={() => void toggle()}>
          {t(enabled ? 'guardDisable' : 'guardEnable')}
        </button>
      </div>
      <p class="muted">{t(enabled ? 'guardOn' : 'guardOff')}</p>
    </section>
  );
}
