/**
 * The popup, by what the tab shows: on a look-alike only the warning and the official entry; on a portal the
 * checklist (findings after a failed try stay above it); on any other page the user's usual portals, one click
 * to open. State here is the popup's own: the chosen company, what was typed, what the probes said.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { uiLang } from '../background/lang';
import type { CompanyProfile } from '../core/checklist/types';
import { trust } from '../core/portals';
import { readLastProfileId, readProfiles, writeLastProfileId } from '../shared/profiles';
import { t } from '../ui/i18n';
import { GuardCard } from './GuardCard';
import { PortalView } from './PortalView';
import { chooseProfile } from './profile-choice';
import { TrustCard } from './TrustCard';
import { describedTab, type PopupTab } from './tab';
import { UsualPortals } from './UsualPortals';

/** The checklist only makes sense where our content script runs: portals and government sites. */
function isPortalLike(tab: PopupTab): boolean {
  if (tab.state?.recognition) return true;
  const verdict = tab.url === null ? 'unknown' : trust(tab.url).trust;
  return verdict === 'official' || verdict === 'government';
}

interface Loaded {
  tab: PopupTab | null;
  profiles: CompanyProfile[];
  lastId: string | null;
}

async function load(search: string): Promise<Loaded> {
  const [tab, profiles, lastId] = await Promise.all([
    describedTab(search).catch(() => null),
    readProfiles().catch(() => []),
    readLastProfileId().catch(() => null),
  ]);
  return { tab, profiles, lastId };
}

export function App({ search }: { search: string }) {
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  useEffect(() => {
    void load(search).then((next) => {
      const portalId = next.tab?.state?.recognition?.portal?.id ?? (next.tab?.url ? trust(next.tab.url).portal?.id : null);
      setSelectedId(chooseProfile(next.profiles, portalId ?? null, next.lastId)?.id ?? null);
      setLoaded(next);
    });
  }, [search]);
  const lang = uiLang();
  const tab = loaded?.tab;
  const profiles = loaded?.profiles ?? [];
  const select = (profile: CompanyProfile) => {
    setSelectedId(profile.id);
    void writeLastProfileId(profile.id);
  };
  const verdict = tab?.url ? trust(tab.url).trust : null;
  return (
    <main aria-busy={loaded === undefined}>
      <div class="row">
        <h1>{t('extName')}</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </div>
      {loaded === undefined ? <p class="muted">{t('popupLoading')}</p> : null}
      {loaded && (!tab || !tab.url) ? <p class="muted">{t('popupNoPage')}</p> : null}
      {tab?.url && verdict === 'lookalike' ? <TrustCard url={tab.url} lang={lang} /> : null}
      {tab?.url && verdict !== 'lookalike' && isPortalLike(tab) ? (
        <PortalView key={tab.id} tab={tab} lang={lang} profiles={profiles}
          profile={profiles.find((p) => p.id === selectedId) ?? null} onSelect={select} />
      ) : null}
      {tab?.url && verdict !== 'lookalike' && !isPortalLike(tab) ? (
        <>
          <UsualPortals profiles={profiles} lang={lang} />
          <TrustCard url={tab.url} lang={lang} />
          <GuardCard />
        </>
      ) : null}
    </main>
  );
}
