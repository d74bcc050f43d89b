/**
 * The optional "change the password every N days" reminder of one profile: the interval and the day it was last
 * changed (src/core/reminders counts from it). Only dates: there is no field for the password itself.
 */
import type { CompanyProfile } from '../core/checklist/types';
import { chinaToday, dateOfDay, PASSWORD_DAYS } from '../core/reminders';
import { t } from '../ui/i18n';

type Patch = Pick<CompanyProfile, 'passwordEveryDays' | 'passwordChangedOn'>;

/** Why the interval cannot be saved, or null (empty = no reminder). */
export function passwordDaysProblem(days: number | undefined): string | null {
  if (days === undefined) return null;
  return Number.isInteger(days) && days >= PASSWORD_DAYS.min && days <= PASSWORD_DAYS.max
    ? null
    : t('profileNeedsPasswordDays');
}

const today = () => dateOfDay(chinaToday(new Date()));

export function PasswordReminderFields({ draft, set }: { draft: CompanyProfile; set(patch: Patch): void }) {
  const setDays = (text: string) => {
    const days = text.trim() === '' ? undefined : Number(text);
    // counting needs a start: a new interval starts today unless the user says otherwise
    set({
      passwordEveryDays: days,
      passwordChangedOn: draft.passwordChangedOn ?? (days === undefined ? undefined : today()),
    });
  };
  return (
    <>
      <div class="field">
        <label for="profile-password-every">{t('profilePasswordEvery')}</label>
        <input
          id="profile-password-every"
          type="number"
          inputMode="numeric"
          min={PASSWORD_DAYS.min}
          max={PASSWORD_DAYS.max}
          value={draft.passwordEveryDays ?? ''}
          aria-describedby="profile-password-every-note"
          aria-invalid={passwordDaysProblem(draft.passwordEveryDays) ? 'true' : 'false'}
          onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)}
        />
        <span id="profile-password-every-note" class="muted">
          {t('profilePasswordEveryNote')}
        </span>
      </div>
      {draft.passwordEveryDays !== undefined ? (
        <div class="field">
          <label for="profile-password-changed">{t('profilePasswordChanged')}</label>
          <span class="row">
            <input
              id="profile-password-changed"
              type="date"
              value={draft.passwordChangedOn ?? ''}
              onInput={(e) => set({ passwordChangedOn: (e.currentTarget as HTMLInputElement).value || undefined })}
            />
            <button type="button" onClick={() => set({ passwordChangedOn: today() })}>
              {t('profilePasswordToday')}
            </button>
          </span>
        </div>
      ) : null}
    </>
  );
}
