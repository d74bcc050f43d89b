import type { Recognition } from '../core/recognise';
import { uiLang } from '../shared/lang';
import { t } from '../ui/i18n';

const MODE_LABEL: Record<string, string> = {
  password: 'modePassword',
  ca: 'modeCa',
  qr: 'modeQr',
  sms: 'modeSms',
  'e-license': 'modeELicense',
};

const STEP_LABEL: Record<string, string> = {
  credentials: 'stepCredentials',
  'sms-code': 'stepSmsCode',
  'role-choice': 'stepRoleChoice',
  agreement: 'stepAgreement',
};

export function PageCard({ recognition }: { recognition: Recognition | null }) {
  if (!recognition) {
    return (
      <section class="card" data-page="unseen">
        <h2>{t('pageSection')}</h2>
        <p class="muted">{t('pageNotSeen')}</p>
      </section>
    );
  }
  const status = recognition.loggedIn ? 'pageLoggedIn' : recognition.isLoginPage ? 'pageLogin' : 'pageNotLogin';
  return (
    <section class="card" data-page={status}>
      <h2>{t('pageSection')}</h2>
      <p>{t(status)}</p>
      {recognition.isLoginPage ? (
        <dl>
          {recognition.modes.length ? (
            <>
              <dt>{t('pageModes')}</dt>
              <dd>
                {recognition.modes.map((mode) => t(MODE_LABEL[mode] ?? mode)).join(uiLang() === 'en' ? ', ' : '、')}
              </dd>
            </>
          ) : null}
          {recognition.activeMode ? (
            <>
              <dt>{t('pageActiveMode')}</dt>
              <dd data-active-mode={recognition.activeMode}>{t(MODE_LABEL[recognition.activeMode] ?? '')}</dd>
            </>
          ) : null}
          {recognition.step ? (
            <>
              <dt>{t('pageStep')}</dt>
              <dd data-step={recognition.step}>{t(STEP_LABEL[recognition.step] ?? '')}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}
