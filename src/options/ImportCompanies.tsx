/**
 * Import a company list from a CSV file: pick the file, see every row's verdict (src/core/companies), confirm, and
 * only the fine rows are saved. Nothing is written before the confirmation; identifiers in the table are masked.
 */
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../core/categories';
import type { CompanyProfile } from '../core/checklist/types';
import { MAX_CSV_BYTES, readCompanyCsv, type CsvEncoding, type CsvPreview } from '../core/companies';
import { addProfiles, newProfileId } from '../shared/profiles';
import { t } from '../ui/i18n';
import { ImportPreviewTable } from './ImportPreviewTable';

const ENCODING_LABEL: Record<CsvEncoding, string> = {
  'utf-8': 'importEncUtf8',
  'utf-8-bom': 'importEncUtf8Bom',
  gb18030: 'importEncGbk',
};

export interface ImportCompaniesProps {
  existing: CompanyProfile[];
  lang: Lang;
  onImported(count: number): void;
  onClose(): void;
}

export function ImportCompanies({ existing, lang, onImported, onClose }: ImportCompaniesProps) {
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setDone(null);
    setPreview(null);
    if (!file) return;
    // refused before reading: a wrong pick (a video, a database dump) is never loaded into memory
    if (file.size > MAX_CSV_BYTES) return setProblem(t('importTooBig'));
    const next = readCompanyCsv(new Uint8Array(await file.arrayBuffer()), existing);
    setProblem(next.error ? next.error[lang] : null);
    setPreview(next.error ? null : next);
    // the verdict is where a keyboard or screen-reader user should be next
    requestAnimationFrame(() => summary.current?.focus());
  };
  const fine = preview?.rows.filter((r) => r.status === 'ok') ?? [];
  const confirm = async () => {
    const count = await addProfiles(fine.map((r) => ({ ...r.company!, id: newProfileId() })));
    setPreview(null);
    setDone(t('importDone', String(count)));
    onImported(count);
  };
  const count = (status: string) => String(preview?.rows.filter((r) => r.status === status).length ?? 0);
  return (
    <section class="card import" aria-labelledby="import-title" data-import>
      <h2 id="import-title">{t('importTitle')}</h2>
      <p class="muted">{t('importHelp')}</p>
      <div class="field">
        <label for="import-file">{t('importChoose')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,text/csv"
          onChange={(e) => void choose(e.currentTarget as HTMLInputElement)}
        />
      </div>
      {problem ? (
        <p class="check danger" role="alert" data-import-error>
          {problem}
        </p>
      ) : null}
      {done ? (
        <p class="check ok" role="status" data-import-done>
          {done}
        </p>
      ) : null}
      {preview ? (
        <>
          <h3>{t('importPreview')}</h3>
          <p ref={summary} tabIndex={-1} role="status" data-import-summary>
            {t(
              'importSummary',
              String(preview.rows.length),
              count('ok'),
              count('refused'),
              count('duplicate'),
              t(ENCODING_LABEL[preview.encoding!]),
            )}
          </p>
          {preview.ignored.length > 0 ? (
            <p class="muted">{t('importIgnored', preview.ignored.join(lang === 'en' ? ', ' : '、'))}</p>
          ) : null}
          <ImportPreviewTable rows={preview.rows} lang={lang} />
          {fine.length === 0 ? <p class="check warn">{t('importNothing')}</p> : null}
        </>
      ) : null}
      <div class="row buttons">
        {preview && fine.length > 0 ? (
          <button type="button" class="primary" data-import-confirm onClick={() => void confirm()}>
            {t('importConfirm', String(fine.length))}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {t(preview ? 'importCancel' : 'importClose')}
        </button>
      </div>
    </section>
  );
}
