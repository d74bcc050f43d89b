/**
 * The first-run page, opened once when the extension is installed: what it does in three lines, the offer to turn
 * on the look-alike guard (without it a fake portal gives no signal unless the popup is opened), and the way to
 * the company profiles.
 */
import browser from 'webextension-polyfill';
import { GuardCard } from '../ui/GuardCard';
import { t } from '../ui/i18n';

export function App() {
  return (
    <main class="welcome-page">
      <h1>{t('welcomeTitle')}</h1>
      <ol class="welcome" aria-label={t('welcomeWhat')}>
        <li>{t('welcomeLine1')}</li>
        <li>{t('welcomeLine2')}</li>
        <li>{t('welcomeLine3')}</li>
      </ol>
      <p class="offer">{t('welcomeGuard')}</p>
      <GuardCard />
      <section class="card">
        <h2>{t('welcomeProfilesTitle')}</h2>
        <p>{t('welcomeProfiles')}</p>
        <button type="button" data-open-options onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcomeOpenOptions')}
        </button>
      </section>
    </main>
  );
}
