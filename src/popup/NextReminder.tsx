/**
 * One line under the popup's title: the next certificate expiry or password change of all the user's companies
 * ("下次提醒：某公司 证书 7 天后到期（2027-03-31）"), from src/core/reminders. Nothing when no date is ahead.
 */
import type { Lang } from '../core/categories';
import type { CompanyProfile } from '../core/checklist/types';
// the module itself, not the folder's index: that one also brings the portal registry and the ID checks
import { nextReminder } from '../core/reminders/next';
import { t } from '../ui/i18n';

export function NextReminder({
  profiles,
  lang,
  now = new Date(),
}: {
  profiles: CompanyProfile[];
  lang: Lang;
  now?: Date;
}) {
  const next = nextReminder(profiles, now);
  if (!next) return null;
  const urgent = next.daysLeft <= 7;
  return (
    <p class={`check ${urgent ? 'warn' : 'muted'}`} data-next-reminder={next.kind} data-days-left={next.daysLeft}>
      {t('nextReminder', next.text[lang])}
    </p>
  );
}
