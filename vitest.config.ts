import { defineConfig } from 'vitest/config';

// Unit tests only; the end-to-end tests in tests/e2e drive real Chromium and run under node:test
// after a build (see package.json "test:e2e").
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
