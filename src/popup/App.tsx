/**
 * The popup, by what the tab shows: on a look-alike only the warning and the official entry; on a portal the
 * checklist (findings after a failed try stay above it); on any other page the user's usual portals, one click
 * to open. State here is the popup's own: the chosen company, what was typed, what the probes said.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { uiLang } from '../shared/lang';
import type { CompanyProfile } from '../core/checklist/types';
import { trust } from '../core/portals';
import { readLastProfileId, readProfiles, writeLastProfileId } from '../shared/profiles';
import { t } from '../ui/i18n';
import { GuardCard } from '../ui/GuardCard';
import { PortalView } from './PortalView';
import { chooseProfile } from '../shared/profile-choice';
import { TrustCard } from './TrustCard';
import { openedTab, withState, type PopupTab } from './tab';
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
  /** the background has answered about the tab (until then the checklist judges by the address alone) */
  complete: boolean;
}

/**
 * Two steps, for speed: what the popup can read at once (the tab's address, the profiles) renders the checklist;
 * the background's knowledge of the page (it may have to wake up first) completes it a moment later.
 */
function load(search: string, show: (loaded: Loaded) => void): void {
  void Promise.all([
    openedTab(search).catch(() => null),
    readProfiles().catch(() => []),
    readLastProfileId().catch(() => null),
  ]).then(async ([tab, profiles, lastId]) => {
    if (tab?.url) show({ tab, profiles, lastId, complete: false });
    const described = tab ? await withState(tab).catch(() => tab) : null;
    show({ tab: described, profiles, lastId, complete: true });
  });
}

export function App({ search }: { search: string }) {
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  useEffect(() => {
    let chosen = false;
    load(search, (next) => {
      if (!chosen) {
        const portalId = next.tab?.state?.recognition?.portal?.id ?? (next.tab?.url ? trust(next.tab.url).portal?.id : null);
        setSelectedId(chooseProfile(next.profiles, portalId ?? null, next.lastId)?.id ?? null);
        chosen = true;
      }
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
    <main aria-busy={!loaded?.complete}>
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
          profile={profiles.find((p) => p.id === selectedId) ?? null} onSelect={select}
          onProfileSaved={(saved) =>
            setLoaded({ ...loaded!, profiles: profiles.map((p) => (p.id === saved.id ? saved : p)) })
          } />
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
