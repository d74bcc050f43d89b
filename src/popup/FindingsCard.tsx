import type { FindingView } from '../shared/popup-view';
import { t } from '../ui/i18n';

/** The findings of a failed try, with the advice the background already wrote for this portal (popup-view.ts). */
export function FindingsCard({ findings }: { findings: FindingView[] }) {
  if (findings.length === 0) {
    return (
      <section class="card" data-findings="0">
        <h2>{t('findingsSection')}</h2>
        <p class="muted">{t('findingsNone')}</p>
      </section>
    );
  }
  return (
    <section class="card warn" data-findings={findings.length}>
      <h2>{t('findingsSection')}</h2>
      {findings.map((finding) => (
        <article key={finding.category} data-category={finding.category}>
          <h2>{finding.title}</h2>
          <p class="muted">
            {t('findingMessage')} {finding.message}
          </p>
          <p>{finding.explanation}</p>
          <ol>
            {finding.steps.map((step) => (
              <li>{step}</li>
            ))}
          </ol>
        </article>
      ))}
    </section>
  );
}
