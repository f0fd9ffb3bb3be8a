import { defineConfig } from 'vitest/config';

// `npm test`: unit, golden-fixture and property tests. Corpus tests run via vitest.corpus.config.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/corpus/**'],
    testTimeout: 60_000,
  },
});
