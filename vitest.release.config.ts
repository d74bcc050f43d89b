import { defineConfig } from 'vitest/config';

// Release checks: run after `npm run pack` (see package.json "test"); they open the zips in release/.
export default defineConfig({
  test: {
    include: ['tests/release/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
