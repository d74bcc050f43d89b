/**
 * The language of the note under a field (./field-note.ts): the user's choice from the options page (storage.local
 * `language`, src/shared/language.ts), else the browser's locale through chrome.i18n. A changed choice applies to
 * the next note without reloading the page. The page bundle carries no texts of its own: for a chosen language the
 * background answers the note's texts (`field-note-texts`), asked once when the choice is read or changed. Part of
 * the hint's code (hint.js): a page only needs it once a field note is due (./field-note.ts).
 */
import { FIELD_NOTE_COUNT } from '../../shared/field-note-keys';
import { send } from '../messaging';
import { onAbort } from '../on-abort';
import type { Texts } from './field-note';

const LANGUAGE_KEY = 'language';

const chosenOf = (value: unknown): boolean => value === 'zh-CN' || value === 'en';

export type NoteTexts = Texts & { ready: Promise<void> };

/**
 * The note's texts, following the stored choice from now on (until `signal` aborts); `ready` settles once the
 * stored choice is read and, for a chosen language, its texts have come.
 */
export function noteTexts(signal?: AbortSignal): NoteTexts {
  let table: Record<string, string> | null = null;
  const follow = async (value: unknown): Promise<void> => {
    table = null;
    if (!chosenOf(value)) return;
    const answer = await send({ type: 'field-note-texts' });
    if (answer && !('error' in answer)) table = answer;
  };
  const ready = chrome.storage.local.get(LANGUAGE_KEY).then(
    (stored) => follow(stored[LANGUAGE_KEY]),
    () => undefined,
  );
  const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'local' && LANGUAGE_KEY in changes) void follow(changes[LANGUAGE_KEY]?.newValue);
  };
  chrome.storage.onChanged.addListener(onChanged);
  onAbort(signal, () => chrome.storage.onChanged.removeListener(onChanged));
  const texts: Texts = (key, substitution) => {
    const text = table?.[key];
    if (text === undefined) return chrome.i18n.getMessage(key, substitution);
    return substitution === undefined ? text : text.replace(FIELD_NOTE_COUNT, substitution);
  };
  return Object.assign(texts, { ready });
}
