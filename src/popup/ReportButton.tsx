/**
 * "复制诊断信息": the plain-text report for the hotline or IT (src/core/checklist composeReport), copied to the
 * clipboard. Identifiers in it are masked by the core; nothing secret is in the facts to begin with.
 */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Lang } from '../core/categories';
import { composeReport } from '../core/checklist';
import type { ChecklistFacts, CheckResult } from '../core/checklist/types';
import type { Finding } from '../core/diagnose/types';
import { t } from '../ui/i18n';
import { copyText } from './actions';

export function ReportButton(props: { facts: ChecklistFacts; results: CheckResult[]; findings: Finding[]; lang: Lang }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    const { facts, results, findings, lang } = props;
    const report = composeReport({
      lang,
      version: browser.runtime.getManifest().version,
      browser: facts.browser,
      portal: facts.portal,
      trust: facts.trust,
      results,
      findings,
      now: new Date(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    setCopied(await copyText(report));
  };
  return (
    <div class="row report">
      <button type="button" data-copy-report onClick={() => void copy()}>{t('reportCopy')}</button>
      <span class="muted" aria-live="polite">{copied === null ? '' : t(copied ? 'feedbackCopied' : 'feedbackCopyFailed')}</span>
    </div>
  );
}
