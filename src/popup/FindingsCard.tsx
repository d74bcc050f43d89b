import type { Lang } from '../core/categories';
import { explain } from '../core/diagnose/explain';
import type { Finding } from '../core/diagnose/types';
import type { Recognition } from '../core/recognise';
import { t } from '../ui/i18n';

export function FindingsCard(props: { findings: Finding[]; recognition: Recognition | null; lang: Lang }) {
  const { findings, recognition, lang } = props;
  if (findings.length === 0) {
    return (
      <section class="card" data-findings="0">
        <h2>{t('findingsSection')}</h2>
        <p class="muted">{t('findingsNone')}</p>
      </section>
    );
  }
  const portal = recognition?.portal;
  return (
    <section class="card warn" data-findings={findings.length}>
      <h2>{t('findingsSection')}</h2>
      {findings.map((finding) => {
        const advice = explain(finding.category, lang, {
          portalId: portal?.id,
          kind: portal?.kind,
          captures: finding.captures,
        });
        return (
          <article key={finding.category} data-category={finding.category}>
            <h2>{advice.title}</h2>
            <p class="muted">
              {t('findingMessage')} {finding.message}
            </p>
            <p>{advice.explanation}</p>
            <ol>
              {advice.steps.map((step) => (
                <li>{step}</li>
              ))}
            </ol>
          </article>
        );
      })}
    </section>
  );
}
