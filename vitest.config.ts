import { defineConfig } from 'vitest/config';

// `npm test`: unit, golden-fixture and property tests. Corpus tests run via vitest.corpus.config.ts, browser
// tests via vitest.browser.config.ts (`npm run test:browser`).
export default defineConfig({
  // `import seed from '../../fixtures/seed.wiki'` (the playground's example) is the file's text, as in the page build
  plugins: [
    {
      name: 'wiki-text',
      transform: (code, id) =>
        id.endsWith('.wiki') ? { code: `export default ${JSON.stringify(code)};`, map: null } : null,
    },
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/corpus/**', 'tests/browser/**'],
    testTimeout: 60_000,
  },
});
