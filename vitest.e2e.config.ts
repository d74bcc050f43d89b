import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (Debian's package) with dist/chrome loaded; run after `npm run build`.
// One browser at a time: the machine has two cores and each test launches its own profile.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
