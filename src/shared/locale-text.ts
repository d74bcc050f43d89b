/**
 * A messages.json entry with its substitutions filled in the way chrome.i18n.getMessage does it: `$NAME$` through
 * the entry's placeholders (whose content is `$1`…), `$1`… directly, `$$` for a dollar sign. Used where we answer
 * from the bundled catalogues instead of the browser's (a language the user chose). No dependencies: the content
 * script uses it too.
 */
export interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string } | undefined>;
}

const numbered = (text: string, substitutions: readonly string[]): string =>
  text.replace(/\$(\d)/g, (whole, n: string) => substitutions[Number(n) - 1] ?? whole);

export function localeText(entry: LocaleEntry, substitutions: readonly string[] = []): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? numbered(placeholder.content, substitutions) : whole;
  });
  // `$1` written straight into a message; `$$` stands for "$"
  return numbered(named, substitutions).replace(/\$\$/g, '$');
}
