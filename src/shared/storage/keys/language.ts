/** `language` (storage.local): "follow the browser", 中文 or English (src/shared/language.ts reads it). */
import { whole, type StoredEntry } from '../entry';
import { LANGUAGE_KEY, LanguagePreferenceSchema, type LanguagePreference } from '../../language';

export const LANGUAGE: StoredEntry<LanguagePreference> = {
  area: 'local',
  key: LANGUAGE_KEY,
  exported: true,
  label: 'storedLanguage',
  fallback: () => 'auto',
  recover: (raw) => whole(LanguagePreferenceSchema, () => 'auto' as const)(raw),
};
