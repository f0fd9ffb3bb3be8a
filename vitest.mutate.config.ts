import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config.js';

// `npm run mutate` (Stryker): the unit tests without the CLI tests, which spawn the built dist/cli.js
// and so never see a mutant of src/.
export default mergeConfig(
  unit,
  defineConfig({
    test: {
      exclude: ['tests/corpus/**', 'tests/cli/cli.test.ts'],
    },
  }),
);
