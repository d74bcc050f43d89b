/**
 * "复制诊断信息": the plain-text report for the hotline or IT (src/core/checklist composeReport), copied to the
 * clipboard. Identifiers in it are masked by the core; nothing secret is in the facts to begin with. Composed from
 * the checklist as shown, loaded after the first paint (use-live.ts).
 */
import { useState } from 'preact/hooks';
import { ext } from '../shared/ext';
import type { PopupViewInput } from '../shared/popup-view';
import { t } from '../ui/i18n';
import { copyText } from './actions';
import { loadLive } from './use-live';

export function ReportButton({ input }: { input: PopupViewInput }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    const live = await loadLive();
    const report = live.popupReport(
      { ...input, now: new Date() },
      ext.runtime.getManifest().version,
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    setCopied(await copyText(report));
  };
  return (
    <div class="row report">
      <button type="button" data-copy-report onClick={() => void copy()}>
        {t('reportCopy')}
      </button>
      <span class="muted" aria-live="polite">
        {copied === null ? '' : t(copied ? 'feedbackCopied' : 'feedbackCopyFailed')}
      </span>
    </div>
  );
}
