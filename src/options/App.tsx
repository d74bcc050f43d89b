import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { uiLang } from '../shared/lang';
// biome-ignore lint/style/noRestrictedImports: the one known crossing (tests/unit/layers.test.ts KNOWN); settings move to src/shared/storage on the store branch
import { readMuted, unmute, type MutedHints } from '../background/settings';
import { KNOWLEDGE } from '../core/diagnose/knowledge';
import { portalById } from '../core/portals';
import { GuardCard } from '../ui/GuardCard';
import { t } from '../ui/i18n';
import { ProfilesCard } from './ProfilesCard';
import { VENDORS } from './vendors';

export function App() {
  const [muted, setMuted] = useState<MutedHints | null>(null);
  const load = () => void readMuted().then(setMuted);
  useEffect(() => {
    load();
    const onChange = () => load();
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  const entries = Object.entries(muted ?? {});
  const lang = uiLang();
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <ProfilesCard vendors={VENDORS} lang={lang} />
      <GuardCard />
      <section class="card" data-muted={entries.length}>
        <h2>{t('mutedSection')}</h2>
        {entries.length === 0 ? <p class="muted">{t('mutedNone')}</p> : null}
        {entries.map(([portal, categories]) => (
          <div class="row" key={portal}>
            <span>
              {portalById(portal)?.name[lang] ?? portal}
              <span class="muted"> · {categories.map((category) => KNOWLEDGE[category].title[lang]).join('、')}</span>
            </span>
            <button type="button" onClick={() => void unmute(portal).then(load)}>
              {t('mutedRestore')}
            </button>
          </div>
        ))}
      </section>
      <footer class="muted">
        {/* privacy.html is made from PRIVACY.md at build time (scripts/privacy-page.ts) */}
        <a href="privacy.html" target="_blank" rel="noopener" data-privacy-link>
          {t('privacyLink')}
        </a>
      </footer>
    </main>
  );
}
