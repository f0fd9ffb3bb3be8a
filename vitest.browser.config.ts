import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the built pages (dist/playground.html, a `bn-wikitext timeline` page) in the system
// Chromium (/usr/bin/chromium, or $CHROMIUM), driven by playwright-core. One file at a time: one browser is enough.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
