/**
 * The language of the note under a field (./field-note.ts): the user's choice from the options page (storage.local
 * `language`, src/shared/language.ts), else the browser's locale through chrome.i18n. A changed choice applies to
 * the next note without reloading the page. Only the note's own texts are bundled, by name, so the content script
 * stays small.
 */
import {
  fieldNoteBy as zhBy,
  fieldNoteCodeCharset as zhCodeCharset,
  fieldNoteCodeLetter as zhCodeLetter,
  fieldNoteCodeLength as zhCodeLength,
  fieldNoteCodeCheck as zhCodeCheck,
  fieldNoteIdCharset as zhIdCharset,
  fieldNoteIdLength as zhIdLength,
  fieldNoteIdCheck as zhIdCheck,
} from '../../../public/_locales/zh_CN/messages.json';
import {
  fieldNoteBy as enBy,
  fieldNoteCodeCharset as enCodeCharset,
  fieldNoteCodeLetter as enCodeLetter,
  fieldNoteCodeLength as enCodeLength,
  fieldNoteCodeCheck as enCodeCheck,
  fieldNoteIdCharset as enIdCharset,
  fieldNoteIdLength as enIdLength,
  fieldNoteIdCheck as enIdCheck,
} from '../../../public/_locales/en/messages.json';
import { localeText, type LocaleEntry } from '../../shared/locale-text';
import { onAbort } from '../on-abort';
import type { Texts } from './field-note';

type Table = Record<string, LocaleEntry>;

const TABLES: Record<'zh-CN' | 'en', Table> = {
  'zh-CN': {
    fieldNoteBy: zhBy,
    fieldNoteCodeCharset: zhCodeCharset,
    fieldNoteCodeLetter: zhCodeLetter,
    fieldNoteCodeLength: zhCodeLength,
    fieldNoteCodeCheck: zhCodeCheck,
    fieldNoteIdCharset: zhIdCharset,
    fieldNoteIdLength: zhIdLength,
    fieldNoteIdCheck: zhIdCheck,
  },
  en: {
    fieldNoteBy: enBy,
    fieldNoteCodeCharset: enCodeCharset,
    fieldNoteCodeLetter: enCodeLetter,
    fieldNoteCodeLength: enCodeLength,
    fieldNoteCodeCheck: enCodeCheck,
    fieldNoteIdCharset: enIdCharset,
    fieldNoteIdLength: enIdLength,
    fieldNoteIdCheck: enIdCheck,
  },
};

const LANGUAGE_KEY = 'language';

function chosenOf(value: unknown): 'zh-CN' | 'en' | null {
  return value === 'zh-CN' || value === 'en' ? value : null;
}

/** The note's texts, following the stored choice from now on (until `signal` aborts). */
export function noteTexts(signal?: AbortSignal): Texts {
  let chosen: 'zh-CN' | 'en' | null = null;
  void chrome.storage.local.get(LANGUAGE_KEY).then(
    (stored) => (chosen = chosenOf(stored[LANGUAGE_KEY])),
    () => undefined,
  );
  const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'local' && LANGUAGE_KEY in changes) chosen = chosenOf(changes[LANGUAGE_KEY]?.newValue);
  };
  chrome.storage.onChanged.addListener(onChanged);
  onAbort(signal, () => chrome.storage.onChanged.removeListener(onChanged));
  return (key, substitution) => {
    const entry = chosen ? TABLES[chosen][key] : undefined;
    if (!entry) return chrome.i18n.getMessage(key, substitution);
    return localeText(entry, substitution === undefined ? [] : [substitution]);
  };
}
