import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { uiLang } from '../background/lang';
import { trust } from '../core/portals';
import { t } from '../ui/i18n';
import { FindingsCard } from './FindingsCard';
import { GuardCard } from './GuardCard';
import { PageCard } from './PageCard';
import { TrustCard } from './TrustCard';
import { describedTab, type PopupTab } from './tab';

/** Page and findings cards only make sense where our content script runs: portals and government sites. */
function isPortalLike(tab: PopupTab): boolean {
  if (tab.state?.recognition) return true;
  const verdict = tab.url === null ? 'unknown' : trust(tab.url).trust;
  return verdict === 'official' || verdict === 'government';
}

export function App({ search }: { search: string }) {
  const [tab, setTab] = useState<PopupTab | null | undefined>(undefined);
  useEffect(() => {
    void describedTab(search).then(setTab, () => setTab(null));
  }, [search]);
  const lang = uiLang();
  return (
    <main aria-busy={tab === undefined}>
      <div class="row">
        <h1>{t('extName')}</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </div>
      {tab === undefined ? <p class="muted">{t('popupLoading')}</p> : null}
      {tab === null || (tab && !tab.url) ? <p class="muted">{t('popupNoPage')}</p> : null}
      {tab?.url ? (
        <>
          <TrustCard url={tab.url} lang={lang} />
          {isPortalLike(tab) ? (
            <>
              <PageCard recognition={tab.state?.recognition ?? null} />
              <FindingsCard
                findings={tab.state?.findings ?? []}
                recognition={tab.state?.recognition ?? null}
                lang={lang}
              />
            </>
          ) : null}
        </>
      ) : null}
      <GuardCard />
    </main>
  );
}
