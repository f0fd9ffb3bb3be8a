import { defineConfig } from 'vitest/config';

// `npm test`: unit, golden-fixture and property tests. Corpus tests run via vitest.corpus.config.ts, browser
// tests via vitest.browser.config.ts (`npm run test:browser`).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/corpus/**', 'tests/browser/**'],
    testTimeout: 60_000,
  },
});
