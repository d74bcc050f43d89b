/**
 * After the user corrected the credit code in the popup: offer to keep the correction in the company's profile,
 * so the next login does not start from the typo again. Offered only for a value that can be right (the ID checks
 * come with the checklist, after the first paint: use-live.ts).
 */
import { useState } from 'preact/hooks';
import type { CompanyProfile } from '../core/checklist/types';
import { t } from '../ui/i18n';
import { useLive } from './use-live';

export function SaveFix(props: {
  profile: CompanyProfile | null;
  typed?: string;
  onSaved(profile: CompanyProfile): void;
}) {
  const { profile, typed, onSaved } = props;
  const live = useLive();
  const [failed, setFailed] = useState(false);
  const value = typed?.trim();
  if (!live || !profile || !value || value === profile.creditCode || !live.checkId(value, 'company').valid) return null;
  const save = () => void live.saveProfile({ ...profile, creditCode: value }).then(onSaved, () => setFailed(true));
  return (
    <div class="actions">
      <button type="button" data-save-fix onClick={save}>
        {t('saveFixToProfile')}
      </button>
      {failed ? (
        <span class="muted" role="status">
          {t('saveFixFailed')}
        </span>
      ) : null}
    </div>
  );
}
