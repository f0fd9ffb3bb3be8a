import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config.js';

// `npm run mutate` (Stryker): the unit tests without the tests that only run the built dist/ (the CLI
// tests spawn dist/cli.js, the browser-bundle test loads dist/browser.js) and so never see a mutant of src/.
// Test files share one module graph (`isolate: false`): Stryker switches mutants at run time, so the
// modules need not be loaded again for every test file of every mutant run (the dates, events and article
// tests ran in 15 s instead of 27 s this way; the full unit suite passes so too).
export default mergeConfig(
  unit,
  defineConfig({
    test: {
      isolate: false,
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
