/**
 * The language of the note under a field (./field-note.ts): the user's choice from the options page (storage.local
 * `language`, src/shared/language.ts), else the browser's locale through chrome.i18n. A changed choice applies to
 * the next note without reloading the page. The page bundle carries no texts of its own: for a chosen language the
 * background answers the note's texts (`field-note-texts`), asked once when the choice is read or changed.
 */
import { FIELD_NOTE_COUNT } from '../../shared/field-note-keys';
import { send } from '../messaging';
import { onAbort } from '../on-abort';
import type { Texts } from './field-note';

const LANGUAGE_KEY = 'language';

const chosenOf = (value: unknown): boolean => value === 'zh-CN' || value === 'en';

/** The note's texts, following the stored choice from now on (until `signal` aborts). */
export function noteTexts(signal?: AbortSignal): Texts {
  let table: Record<string, string> | null = null;
  const follow = (value: unknown): void => {
    table = null;
    if (!chosenOf(value)) return;
    void send({ type: 'field-note-texts' }).then((answer) => {
      if (answer && !('error' in answer)) table = answer;
    });
  };
  void chrome.storage.local.get(LANGUAGE_KEY).then(
    (stored) => follow(stored[LANGUAGE_KEY]),
    () => undefined,
  );
  const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'local' && LANGUAGE_KEY in changes) follow(changes[LANGUAGE_KEY]?.newValue);
  };
  chrome.storage.onChanged.addListener(onChanged);
  onAbort(signal, () => chrome.storage.onChanged.removeListener(onChanged));
  return (key, substitution) => {
    const text = table?.[key];
    if (text === undefined) return chrome.i18n.getMessage(key, substitution);
    return substitution === undefined ? text : text.replace(FIELD_NOTE_COUNT, substitution);
  };
}
