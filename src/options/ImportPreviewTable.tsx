/** The import preview: one table row per CSV row, its verdict and why. Values are already masked by the core. */
import type { Lang } from '../core/categories';
import type { PreviewRow, RowStatus } from '../core/companies';
import { t } from '../ui/i18n';

const STATUS_LABEL: Record<RowStatus, string> = {
  ok: 'importStatusOk',
  refused: 'importStatusRefused',
  duplicate: 'importStatusDuplicate',
};
const STATUS_CLASS: Record<RowStatus, string> = { ok: 'ok', refused: 'danger', duplicate: 'warn' };

export function ImportPreviewTable({ rows, lang }: { rows: PreviewRow[]; lang: Lang }) {
  return (
    // a scrolling region must take keyboard focus, or a keyboard user cannot scroll the wide table (WCAG 2.1.1)
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region, named by its label
    <section class="import-table" tabIndex={0} aria-label={t('importPreview')}>
      <table>
        <thead>
          <tr>
            {[
              'importColLine',
              'importColStatus',
              'importColName',
              'importColCode',
              'importColAgent',
              'importColExpiry',
              'importColReason',
            ].map((key) => (
              <th scope="col" key={key}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} data-import-row={row.line} data-status={row.status} class={STATUS_CLASS[row.status]}>
              <td>{row.line}</td>
              <td class={`status check ${STATUS_CLASS[row.status]}`}>{t(STATUS_LABEL[row.status])}</td>
              <td class="name">{row.shown.name}</td>
              <td class="code">{row.shown.creditCode}</td>
              <td>
                {row.shown.agentName}
                {row.shown.agentId ? <span class="code agent-id">{row.shown.agentId}</span> : null}
              </td>
              <td class="date">{row.company?.certExpiry ?? row.shown.certExpiry}</td>
              <td class="reason" data-import-reason>
                {row.reasons.map((reason) => (
                  <p>{reason[lang]}</p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
