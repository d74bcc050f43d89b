// Puts an in-memory `chrome`/`browser` on globalThis (runtime, storage incl. session, tabs, action) so
// shell modules that import webextension-polyfill can be unit-tested without mocks. Reset per test.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach } from 'vitest';

(globalThis as unknown as { chrome: unknown }).chrome = fakeBrowser;
(globalThis as unknown as { browser: unknown }).browser = fakeBrowser;

beforeEach(async () => {
  fakeBrowser.reset();
  // the background's memory of storage (src/background/memory.ts) starts empty with the storage
  (await import('../../src/background/memory')).forgetMemory();
});
