import { isCustomPortal, officialEntry, trust as trustOf } from '../core/portals';
import type { Lang } from '../core/categories';
import { customPortals } from '../shared/custom-portals';
import { t } from '../ui/i18n';

const LOOK = {
  official: { tone: 'ok', title: 'trustOfficial', detail: 'trustOfficialDetail' },
  government: { tone: 'ok', title: 'trustGovernment', detail: 'trustGovernmentDetail' },
  lookalike: { tone: 'danger', title: 'trustLookalike', detail: 'trustLookalikeDetail' },
  unknown: { tone: '', title: 'trustUnknown', detail: 'trustUnknownDetail' },
} as const;
const CUSTOM = { tone: 'ok', title: 'trustCustom', detail: 'trustCustomDetail' } as const;

export function TrustCard({ url, lang }: { url: string; lang: Lang }) {
  const verdict = trustOf(url, customPortals());
  // a site the user added is official by their word, not ours: the card says so
  const look = verdict.portal && isCustomPortal(verdict.portal) ? CUSTOM : LOOK[verdict.trust];
  const entry = verdict.trust === 'lookalike' ? officialEntry(verdict.imitates?.kind, verdict.imitates?.region) : null;
  return (
    <section class={`card ${look.tone}`} data-trust={verdict.trust} role={verdict.trust === 'lookalike' ? 'alert' : undefined}>
      <h2>{t(look.title)}</h2>
      {verdict.portal ? <p>{verdict.portal.name[lang]}</p> : null}
      <p class="muted">{verdict.host}</p>
      <p>{t(look.detail)}</p>
      {entry ? (
        <p>
          {t('trustLookalikeEntry')} <a href={entry} target="_blank" rel="noreferrer">{entry}</a>
        </p>
      ) : null}
    </section>
  );
}
