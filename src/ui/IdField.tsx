/**
 * A labelled input for a credit code or an ID number, checked as the user types with the exact reason from
 * src/core/ids. Used by the options page (company profiles) and the popup (typed values win over the profile's).
 * The reason is tied to the input (aria-describedby) and announced politely, so a screen reader hears it too.
 */
import type { Lang } from '../core/categories';
import { checkId, type IdType } from '../core/ids';

export interface IdFieldProps {
  id: string;
  label: string;
  value: string;
  type: IdType;
  lang: Lang;
  onInput(value: string): void;
  placeholder?: string;
  /** a short note under the field (e.g. where the value is kept) */
  note?: string;
}

export function IdField(props: IdFieldProps) {
  const { id, label, value, type, lang, onInput, placeholder, note } = props;
  const result = value.trim() === '' ? null : checkId(value, type);
  const tone =
    result === null ? '' : result.severity === 'error' ? 'danger' : result.severity === 'warning' ? 'warn' : 'ok';
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        value={value}
        placeholder={placeholder}
        autocomplete="off"
        spellcheck={false}
        maxLength={64}
        aria-invalid={result?.severity === 'error' ? 'true' : undefined}
        aria-describedby={`${id}-check`}
        data-severity={result?.severity ?? 'empty'}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
      />
      <p id={`${id}-check`} class={`check ${tone || 'muted'}`} aria-live="polite">
        {result ? result.message[lang] : (note ?? '')}
      </p>
    </div>
  );
}
