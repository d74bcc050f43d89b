/**
 * Usual portals, picked from the registry by name: type part of a name (北京, 医保, Shanghai …), tick the ones this
 * company uses. The ticked ones stay listed above the search, each with a button to remove it.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../core/categories';
import { PORTALS, portalById } from '../core/portals';
import { t } from '../ui/i18n';

const MAX_SHOWN = 12;

export function PortalPicker(props: { selected: string[]; lang: Lang; onChange(ids: string[]): void }) {
  const { selected, lang, onChange } = props;
  const [query, setQuery] = useState('');
  const wanted = query.trim().toLowerCase();
  // every word typed must occur in the name: "北京 税务", "shanghai medical"
  const words = wanted.split(/\s+/).filter(Boolean).slice(0, 5);
  const fits = (name: string) => words.every((word) => name.includes(word));
  const matches = words.length
    ? PORTALS.filter((p) => !selected.includes(p.id) && (fits(p.name['zh-CN']) || fits(p.name.en.toLowerCase()))).slice(
        0,
        MAX_SHOWN,
      )
    : [];
  return (
    <fieldset class="portals">
      <legend>{t('profilePortals')}</legend>
      <ul class="chips" aria-label={t('profilePortalsChosen')}>
        {selected.map((id) => (
          <li key={id} data-portal={id}>
            {portalById(id)?.name[lang] ?? id}
            <button
              type="button"
              aria-label={t('profilePortalRemove', portalById(id)?.name[lang] ?? id)}
              onClick={() => onChange(selected.filter((s) => s !== id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div class="field">
        <label for="portal-search">{t('profilePortalSearch')}</label>
        <input
          id="portal-search"
          type="search"
          value={query}
          autocomplete="off"
          onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {matches.length ? (
        <ul class="matches">
          {matches.map((p) => (
            <li key={p.id}>
              <button type="button" data-add-portal={p.id} onClick={() => onChange([...selected, p.id])}>
                + {p.name[lang]}
              </button>
            </li>
          ))}
        </ul>
      ) : wanted ? (
        <p class="muted">{t('profilePortalNone')}</p>
      ) : null}
    </fieldset>
  );
}
