import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox (Debian's firefox-esr, puppeteer-core over WebDriver BiDi) with dist/firefox
// installed; run after `npm run build`. One browser at a time, like the Chromium e2e.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
