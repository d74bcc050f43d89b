import type { Lang } from '../core/categories';
import type { TrustView } from '../shared/popup-view';
import { t } from '../ui/i18n';

const LOOK = {
  official: { tone: 'ok', title: 'trustOfficial', detail: 'trustOfficialDetail' },
  government: { tone: 'ok', title: 'trustGovernment', detail: 'trustGovernmentDetail' },
  lookalike: { tone: 'danger', title: 'trustLookalike', detail: 'trustLookalikeDetail' },
  unknown: { tone: '', title: 'trustUnknown', detail: 'trustUnknownDetail' },
} as const;
const CUSTOM = { tone: 'ok', title: 'trustCustom', detail: 'trustCustomDetail' } as const;

export function TrustCard({ trust, lang }: { trust: TrustView; lang: Lang }) {
  // a site the user added is official by their word, not ours: the card says so
  const look = trust.custom ? CUSTOM : LOOK[trust.trust];
  return (
    <section
      class={`card ${look.tone}`}
      data-trust={trust.trust}
      role={trust.trust === 'lookalike' ? 'alert' : undefined}
    >
      <h2>{t(look.title)}</h2>
      {trust.portalName ? <p>{trust.portalName[lang]}</p> : null}
      <p class="muted">{trust.host}</p>
      <p>{t(look.detail)}</p>
      {trust.entry ? (
        <p>
          {t('trustLookalikeEntry')}{' '}
          <a href={trust.entry} target="_blank" rel="noreferrer">
            {trust.entry}
          </a>
        </p>
      ) : null}
    </section>
  );
}
