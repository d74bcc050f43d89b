/**
 * The companies the user logs in for: list, add, edit, delete. Storage is src/shared/profiles.ts (agent IDs in
 * session storage unless remembered); this card only shows and edits.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../core/categories';
import type { CompanyProfile } from '../core/checklist/types';
import { maskId } from '../core/mask';
import { deleteProfile, newProfileId, readProfiles, saveProfile } from '../shared/profiles';
import { filterProfiles } from '../shared/profile-choice';
import { isManagedProfile } from '../shared/storage/managed';
import { t } from '../ui/i18n';
import { ImportCompanies } from './ImportCompanies';
import { ProfileForm, type Vendor } from './ProfileForm';

const blank = (): CompanyProfile => ({
  id: newProfileId(),
  name: '',
  creditCode: '',
  usualPortals: [],
  agentIdType: 'person',
});

export function ProfilesCard({ vendors, lang }: { vendors: Vendor[]; lang: Lang }) {
  const [profiles, setProfiles] = useState<CompanyProfile[] | null>(null);
  const [editing, setEditing] = useState<CompanyProfile | null>(null);
  const [query, setQuery] = useState('');
  const [importing, setImporting] = useState(false);
  const load = () => void readProfiles().then(setProfiles);
  useEffect(load, []);
  if (profiles === null) return null;
  const save = async (profile: CompanyProfile) => {
    await saveProfile(profile);
    setEditing(null);
    load();
  };
  const remove = async (profile: CompanyProfile) => {
    if (!confirm(t('profileDeleteConfirm', profile.name))) return;
    await deleteProfile(profile.id);
    load();
  };
  const shown = filterProfiles(profiles, query);
  return (
    <section class="card" data-profiles={profiles.length} aria-labelledby="profiles-title">
      <div class="row">
        <h2 id="profiles-title">{t('profilesSection')}</h2>
        <span class="row">
          <button type="button" data-import-open aria-expanded={importing} onClick={() => setImporting(!importing)}>
            {t('importOpen')}
          </button>
          <button type="button" data-add-profile onClick={() => setEditing(blank())}>
            {t('profileAdd')}
          </button>
        </span>
      </div>
      {importing ? (
        <ImportCompanies existing={profiles} lang={lang} onImported={load} onClose={() => setImporting(false)} />
      ) : null}
      <p class="muted">{t('profilesPrivacy')}</p>
      {editing ? (
        <ProfileForm
          key={editing.id}
          initial={editing}
          vendors={vendors}
          lang={lang}
          onSave={(p) => void save(p)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {profiles.length > 5 ? (
        <div class="field">
          <label for="profiles-filter">{t('profileFilter')}</label>
          <input
            id="profiles-filter"
            type="search"
            value={query}
            autocomplete="off"
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      ) : null}
      {profiles.length === 0 ? <p class="muted">{t('profilesNone')}</p> : null}
      <ul class="profiles">
        {shown.map((profile) => (
          <li key={profile.id} data-profile={profile.id} class="row">
            <span>
              {profile.name}
              <span class="muted">
                {' '}
                · {maskId(profile.creditCode)}
                {profile.agentId ? ` · ${maskId(profile.agentId)}` : ''}
              </span>
            </span>
            {isManagedProfile(profile.id) ? (
              // pushed by the IT department's policy: shown and used everywhere, changed only by the policy
              <span class="locked" data-locked title={t('managedLockedNamed', profile.name)}>
                {t('managedLocked')}
              </span>
            ) : (
              <span class="row">
                <button
                  type="button"
                  onClick={() => setEditing(profile)}
                  aria-label={t('profileEditNamed', profile.name)}
                >
                  {t('profileEditShort')}
                </button>
                <button
                  type="button"
                  onClick={() => void remove(profile)}
                  aria-label={t('profileDeleteNamed', profile.name)}
                >
                  {t('profileDelete')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
