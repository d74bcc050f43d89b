import { useState } from 'preact/hooks';
import { uiLang } from '../shared/lang';
import { GuardCard } from '../ui/GuardCard';
import { t } from '../ui/i18n';
import { BackupCard } from './BackupCard';
import { CustomPortals } from './CustomPortals';
import { LanguageSetting } from './LanguageSetting';
import { MutesCard } from './MutesCard';
import { ProfilesCard } from './ProfilesCard';
import { StorageNotice } from './StorageNotice';
import { VENDORS } from './vendors';

export function App() {
  // an import replaces the companies: the card then reads them afresh
  const [imports, setImports] = useState(0);
  const lang = uiLang();
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <StorageNotice />
      <ProfilesCard key={imports} vendors={VENDORS} lang={lang} />
      <GuardCard />
      <CustomPortals key={`portals-${imports}`} lang={lang} />
      <LanguageSetting />
      <MutesCard lang={lang} />
      <BackupCard onImported={() => setImports((n) => n + 1)} />
      <footer class="muted">
        {/* privacy.html is made from PRIVACY.md at build time (scripts/privacy-page.ts) */}
        <a href="privacy.html" target="_blank" rel="noopener" data-privacy-link>
          {t('privacyLink')}
        </a>
      </footer>
    </main>
  );
}
