/**
 * The extension API without webextension-polyfill, for pages that must start fast (the popup): Firefox has a
 * native promise-based `browser`, Chromium's MV3 `chrome.*` returns promises itself, and both have the same shape
 * for what these pages call (runtime messages, tabs, storage, permissions, i18n). The polyfill is only needed where
 * an `onMessage` listener answers with a promise (the background), which Chromium does not take natively.
 * Looked up on every use, so a test's fake `browser`/`chrome` (tests/unit/setup.ts) is the one called.
 */
type Api = typeof chrome;

const api = (): Api => {
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (scope.browser?.runtime ? scope.browser : scope.chrome)!;
};

export const ext: Api = new Proxy({} as Api, { get: (_target, name) => api()[name as keyof Api] });
