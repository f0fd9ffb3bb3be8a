import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config.js';

// `npm run mutate` (Stryker): the unit tests without the tests that only run the built dist/ (the CLI
// tests spawn dist/cli.js, the browser-bundle test loads dist/browser.js) and so never see a mutant of src/.
export default mergeConfig(
  unit,
  defineConfig({
    test: {
      exclude: [
        'tests/corpus/**',
        'tests/browser/**',
        'tests/cli/cli.test.ts',
        'tests/cli/timeline.test.ts',
        'tests/browser-bundle.test.ts',
      ],
    },
  }),
);
