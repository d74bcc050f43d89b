/**
 * Export all settings to one JSON file and import them back (src/shared/storage/backup.ts). A refused file says
 * why, and nothing is written; a good one replaces the settings after the user confirms.
 */
import { useRef, useState } from 'preact/hooks';
import { applyBackup, exportSettings, parseBackup, type ImportResult } from '../shared/storage/backup';
import { t } from '../ui/i18n';

const REFUSAL: Record<string, string> = {
  'not-json': 'backupRefusedNotJson',
  foreign: 'backupRefusedForeign',
  future: 'backupRefusedFuture',
};

function refusalText(result: Extract<ImportResult, { ok: false }>): string {
  if (result.reason === 'invalid')
    return result.label ? t('backupRefusedInvalid', t(result.label)) : t('backupRefusedUnreadable');
  return t(REFUSAL[result.reason]!);
}

async function download(): Promise<void> {
  const backup = await exportSettings();
  const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `login-assistant-settings-${backup.exportedAt.slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

export function BackupCard({ onImported }: { onImported(): void }) {
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const importFile = async (file: File) => {
    const result = parseBackup(await file.text());
    if (!result.ok) return setNote({ ok: false, text: refusalText(result) });
    const count = String((result.settings.companyProfiles as unknown[]).length);
    if (!confirm(t('backupImportConfirm', count))) return setNote(null);
    await applyBackup(result.settings);
    setNote({ ok: true, text: t('backupImported', count) });
    onImported();
  };
  return (
    <section class="card" aria-labelledby="backup-title" data-backup>
      <h2 id="backup-title">{t('backupSection')}</h2>
      <p class="muted">{t('backupHelp')}</p>
      <div class="row buttons">
        <button type="button" data-export onClick={() => void download()}>
          {t('backupExport')}
        </button>
        <button type="button" onClick={() => picker.current?.click()}>
          {t('backupImport')}
        </button>
        <input
          ref={picker}
          hidden
          type="file"
          accept=".json,application/json"
          data-import
          aria-label={t('backupImport')}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {note ? (
        <p
          role={note.ok ? 'status' : 'alert'}
          class={note.ok ? 'ok' : 'danger'}
          data-backup-result={note.ok ? 'imported' : 'refused'}
        >
          {note.text}
        </p>
      ) : null}
    </section>
  );
}
