/**
 * Which company the checklist is for. The chosen one shows on top; the others are one click away (a button each).
 * With many companies a filter input narrows the buttons by part of the name or the credit code.
 */
import { useState } from 'preact/hooks';
import { ext as browser } from '../shared/ext';
import type { CompanyProfile } from '../core/checklist/types';
import { maskId } from '../core/mask';
import { t } from '../ui/i18n';
import { filterProfiles } from '../shared/profile-choice';

/** buttons shown at once; beyond this the filter input appears */
const SHOWN = 5;

export function ProfilePicker(props: {
  profiles: CompanyProfile[];
  selected: CompanyProfile | null;
  onSelect(profile: CompanyProfile): void;
}) {
  const { profiles, selected, onSelect } = props;
  const [query, setQuery] = useState('');
  if (profiles.length === 0) {
    return (
      <section class="card" data-profile="none">
        <p>{t('profileNoneYet')}</p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('profileAddInOptions')}
        </button>
      </section>
    );
  }
  const others = filterProfiles(
    profiles.filter((p) => p.id !== selected?.id),
    query,
  );
  return (
    <section class="card profile" data-profile={selected?.id ?? 'none'} aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profileFor')}</h2>
      {selected ? (
        <p class="chosen" data-chosen-profile={selected.id}>
          <strong>{selected.name}</strong> <span class="muted">{maskId(selected.creditCode)}</span>
        </p>
      ) : null}
      {profiles.length > SHOWN ? (
        <div class="field">
          <label for="profile-filter">{t('profileFilter')}</label>
          <input
            id="profile-filter"
            type="search"
            value={query}
            autocomplete="off"
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      ) : null}
      {others.length ? (
        <ul class="switch" aria-label={t('profileSwitch')}>
          {others.slice(0, SHOWN).map((profile) => (
            <li key={profile.id}>
              <button type="button" data-switch-profile={profile.id} onClick={() => onSelect(profile)}>
                {profile.name}
              </button>
            </li>
          ))}
        </ul>
      ) : query ? (
        <p class="muted">{t('profileFilterNone')}</p>
      ) : null}
    </section>
  );
}
