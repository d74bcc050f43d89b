/**
 * The texts of the note under a page's credit-code or ID field (src/content/fill/field-note.ts), by their names in
 * public/_locales/<lang>/messages.json. The page bundle does not carry them: in the language the browser picked they
 * come from chrome.i18n, in a language the user chose the background answers them (`field-note-texts`).
 */
export const FIELD_NOTE_KEYS = [
  'fieldNoteBy',
  'fieldNoteCodeCharset',
  'fieldNoteCodeLetter',
  'fieldNoteCodeLength',
  'fieldNoteCodeCheck',
  'fieldNoteIdCharset',
  'fieldNoteIdLength',
  'fieldNoteIdCheck',
] as const;

/** Where the count goes in a text the background answers (the length notes: "this one has 17"). */
export const FIELD_NOTE_COUNT = '$1';
