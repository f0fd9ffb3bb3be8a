import { defineConfig } from 'vitest/config';

// `npm run test:corpus`: checks over the 300 real articles in ../shared/corpus.
export default defineConfig({
  test: {
    include: ['tests/corpus/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
