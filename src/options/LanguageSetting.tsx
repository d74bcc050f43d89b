/**
 * "跟随浏览器 / 中文 / English": the language every page and the in-page hint speak (src/shared/language.ts).
 * The choice applies at once: open extension pages re-render, the background writes its next hint in it, and the
 * content scripts' next field note follows.
 */
import { useEffect, useState } from 'preact/hooks';
import { chooseLanguage, loadLanguage, type LanguagePreference } from '../shared/language';
import { t } from '../ui/i18n';

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
const CHOICES: { value: LanguagePreference; label: () => string }[] = [
  { value: 'auto', label: () => t('languageAuto') },
  { value: 'zh-CN', label: () => '中文' },
  { value: 'en', label: () => 'English' },
];

export function LanguageSetting() {
  const [chosen, setChosen] = useState<LanguagePreference | null>(null);
  useEffect(() => {
    void loadLanguage().then(setChosen);
  }, []);
  if (chosen === null) return null;
  const choose = (value: LanguagePreference) => {
    setChosen(value);
    // the pages re-render when the stored choice changes (src/options/main.tsx)
    void chooseLanguage(value);
  };
  return (
    <section class="card" data-language-setting={chosen} aria-labelledby="language-title">
      <h2 id="language-title">{t('languageSection')}</h2>
      <fieldset class="choices" aria-labelledby="language-title">
        {CHOICES.map(({ value, label }) => (
          <label key={value} class="check-row" lang={value === 'auto' ? undefined : value}>
            <input
              type="radio"
              name="language"
              value={value}
              checked={chosen === value}
              onChange={() => choose(value)}
            />
            {label()}
          </label>
        ))}
      </fieldset>
      <p class="muted">{t('languageNote')}</p>
    </section>
  );
}
