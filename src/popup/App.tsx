/**
 * The popup, by what the tab shows: on a look-alike only the warning and the official entry; on a portal the
 * checklist (findings after a failed try stay above it); on any other page the user's usual portals, one click
 * to open. It paints what the background composed for this tab (view.ts); the registry and the checklist come
 * after the first paint (use-live.ts) for what the user does next. State here is the popup's own: the chosen
 * company and the profiles as saved from here.
 */
import { useEffect, useState } from 'preact/hooks';
import { uiLang } from '../shared/lang';
import type { CompanyProfile } from '../core/checklist/types';
import { ext } from '../shared/ext';
import type { PopupView } from '../shared/popup-view';
import { t } from '../ui/i18n';
import { GuardCard } from '../ui/GuardCard';
import { NextReminder } from './NextReminder';
import { PortalView } from './PortalView';
import { TrustCard } from './TrustCard';
import { loadLive } from './use-live';
import { UsualPortals } from './UsualPortals';
import { requestView } from './view';

export interface AppProps {
  search: string;
  /** the background's answer, when main.tsx has it already (the popup then renders once, with it) */
  first?: PopupView | null;
}

export function App({ search, first }: AppProps) {
  // null: the background could not answer; undefined: not yet
  const [view, setView] = useState<PopupView | null | undefined>(first);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [profiles, setProfiles] = useState<CompanyProfile[] | null>(null);
  useEffect(() => {
    if (first === undefined) void requestView(search).then(setView);
  }, [search]);
  const lang = uiLang();
  const tab = view?.tab;
  const shownProfiles = profiles ?? view?.profiles ?? [];
  const select = (profile: CompanyProfile) => {
    setSelectedId(profile.id);
    void loadLive().then((live) => live.writeLastProfileId(profile.id));
  };
  const verdict = view?.trust?.trust ?? null;
  return (
    <main aria-busy={view === undefined}>
      <div class="row">
        <h1>{t('extName')}</h1>
        <button type="button" onClick={() => void ext.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </div>
      {view === undefined ? <p class="muted">{t('popupLoading')}</p> : null}
      {view !== undefined && (!tab || !tab.url) ? <p class="muted">{t('popupNoPage')}</p> : null}
      {view && verdict !== 'lookalike' ? <NextReminder profiles={shownProfiles} lang={lang} /> : null}
      {view?.trust && tab?.url && verdict === 'lookalike' ? <TrustCard trust={view.trust} lang={lang} /> : null}
      {view && tab?.url && verdict !== 'lookalike' && view.portalLike ? (
        <PortalView
          key={tab.id}
          view={view}
          lang={lang}
          profiles={shownProfiles}
          selectedId={selectedId ?? view.selectedId}
          onSelect={select}
          onProfileSaved={(saved) => setProfiles(shownProfiles.map((p) => (p.id === saved.id ? saved : p)))}
        />
      ) : null}
      {view?.trust && tab?.url && verdict !== 'lookalike' && !view.portalLike ? (
        <>
          <UsualPortals portals={view.usualPortals} lang={lang} />
          <TrustCard trust={view.trust} lang={lang} />
          <GuardCard />
        </>
      ) : null}
    </main>
  );
}
