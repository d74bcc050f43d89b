/**
 * On a page that is no portal: the portals the user's companies log in to, each with its official entry, one
 * click to open. Opening from here is the safe habit the look-alike warning asks for.
 */
import type { Lang } from '../core/categories';
import { ext } from '../shared/ext';
import type { UsualPortalView } from '../shared/popup-view';
import { t } from '../ui/i18n';

export function UsualPortals({ portals, lang }: { portals: UsualPortalView[]; lang: Lang }) {
  return (
    <section class="card" data-usual-portals={portals.length} aria-labelledby="usual-title">
      <h2 id="usual-title">{t('usualSection')}</h2>
      {portals.length === 0 ? (
        <>
          <p class="muted">{t('usualNone')}</p>
          <button type="button" onClick={() => void ext.runtime.openOptionsPage()}>
            {t('profileAddInOptions')}
          </button>
        </>
      ) : (
        <ul class="usual">
          {portals.map((portal) => (
            <li key={portal.id}>
              <button
                type="button"
                data-open-portal={portal.id}
                onClick={() => void ext.tabs.create({ url: portal.entry }).then(() => window.close())}
              >
                {portal.name[lang]}
              </button>
              <span class="muted"> {new URL(portal.entry).host}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
