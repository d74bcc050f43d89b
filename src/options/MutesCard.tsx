/**
 * What the user silenced with the hint's "not helpful", in their words: the site (a portal's name, else its host
 * name) and what is silenced there (every hint, or the named kinds of problem); each can be shown again.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Lang } from '../core/categories';
import { KNOWLEDGE } from '../core/diagnose/knowledge';
import { portalById } from '../core/portals';
import { readMutes, unmute, type Mute, type Mutes } from '../shared/storage/mutes';
import { t } from '../ui/i18n';

function silencedText(mute: Mute, lang: Lang): string {
  if (mute.scope === 'site') return t('mutedScopeSite');
  const kinds = mute.categories.map((category) => KNOWLEDGE[category]?.title[lang] ?? category);
  return t('mutedScopeKind', kinds.join(lang === 'en' ? ', ' : '、'));
}

export function MutesCard({ lang }: { lang: Lang }) {
  const [mutes, setMutes] = useState<Mutes | null>(null);
  useEffect(() => {
    const load = () => void readMutes().then(setMutes);
    load();
    browser.storage.onChanged.addListener(load);
    return () => browser.storage.onChanged.removeListener(load);
  }, []);
  const entries = Object.entries(mutes ?? {});
  return (
    <section class="card" data-muted={entries.length} aria-labelledby="muted-title">
      <h2 id="muted-title">{t('mutedSection')}</h2>
      {entries.length === 0 ? <p class="muted">{t('mutedNone')}</p> : null}
      <ul class="profiles">
        {entries.map(([site, mute]) => {
          const name = portalById(site)?.name[lang] ?? site;
          return (
            <li class="row" key={site} data-mute={site} data-scope={mute.scope}>
              <span>
                {name}
                <span class="muted"> · {silencedText(mute, lang)}</span>
              </span>
              <button type="button" aria-label={t('mutedRestoreNamed', name)} onClick={() => void unmute(site)}>
                {t('mutedRestore')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
