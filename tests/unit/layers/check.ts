/**
 * The layer rules as a pure function over one file and what it imports (layers.test.ts applies it to every file
 * under src). src/core is the pure knowledge and logic; src/shared and src/ui are what several extension parts use;
 * each shell (a part the browser runs on its own) talks to the others only by messages, never by import.
 */
export const SHELLS = ['content', 'background', 'popup', 'options', 'welcome', 'offscreen'] as const;
/** src/cli: command-line tools that reuse the content script's page reading on saved pages; nothing imports them */
export const LAYERS = ['core', 'shared', 'ui', 'cli', ...SHELLS] as const;
export type Layer = (typeof LAYERS)[number];

/** Packages that are browser APIs: the core takes what it needs as plain data instead. */
export const BROWSER_PACKAGES = ['webextension-polyfill', 'chrome', '@types/chrome'];

export interface Violation {
  file: string;
  imported: string;
  rule: string;
}

/** `src/popup/App.tsx` → 'popup'; a path outside src (a package, public/_locales) → null. */
export function layerOf(path: string): string | null {
  const match = /^src\/([^/]+)\//.exec(path);
  return match ? match[1]! : null;
}

/** An import as written in `file`, as a path from the repository root (a package stays its name). */
export function resolveImport(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const parts = file.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

const SHELL_SET = new Set<string>(SHELLS);

/** What breaks the rules in one file's imports (already resolved with resolveImport). */
export function violations(file: string, imports: readonly string[]): Violation[] {
  const from = layerOf(file);
  const found: Violation[] = [];
  for (const imported of imports) {
    const to = layerOf(imported);
    if (from === 'core' && BROWSER_PACKAGES.includes(imported))
      found.push({ file, imported, rule: 'core uses no browser API' });
    if (from === 'core' && to !== null && to !== 'core') found.push({ file, imported, rule: 'core imports only core' });
    if (to === 'cli' && from !== 'cli') found.push({ file, imported, rule: 'nothing imports the command-line tools' });
    const crossesShells = to !== null && SHELL_SET.has(to) && to !== from;
    if (crossesShells && from !== 'cli') found.push({ file, imported, rule: 'a shell is imported only by itself' });
  }
  return found;
}
