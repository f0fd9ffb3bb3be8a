import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Mutation testing (`npm run mutate`): Stryker plants small bugs (mutants) in src/ and runs the unit
// tests that cover each one; a mutant no test notices "survives". Scope by folder with MUTATE
// (`MUTATE=src/passes npm run mutate`, several with commas; default: all of src/). Incremental: each
// scope keeps its results in .tmp/stryker/<scope>.json and reruns only mutants whose code or tests
// changed. Reports: .tmp/stryker/<scope>.html and the table printed at the end.
// Smaller generated inputs per mutant (the tests read these; `npm test` keeps its own sizes).
process.env.FUZZ_RUNS ??= '60';
process.env.ADVERSARIAL_SIZE ??= '3000';

const scopes = (process.env.MUTATE ?? 'src')
  .split(',')
  .map((s) => s.trim().replace(/\/+$/, ''))
  .filter(Boolean);
const name = scopes
  .map((s) => s.replace(/^src\/?/, '') || 'src')
  .join('+')
  .replaceAll('/', '-');

const tempDirName = `.tmp/stryker-sandbox-${name}`;
// The sandbox is .tmp/stryker-sandbox-<scope>/sandbox-XXXX, so the tests' `../shared` (from the working
// directory, or `../../../shared` from a test file) points at .tmp/stryker-sandbox-<scope>/shared: link it
// to the real ../shared so the tests that read the shared corpus and conformance files run as in `npm test`.
const shared = resolve('..', 'shared');
const sharedLink = join(tempDirName, 'shared');
if (existsSync(shared) && !existsSync(sharedLink)) {
  mkdirSync(tempDirName, { recursive: true });
  symlinkSync(shared, sharedLink, 'dir');
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  // src/generated is the peggy output (made by the build, not written by hand); index.ts only re-exports.
  mutate: [...scopes.map((s) => (s.endsWith('.ts') ? s : `${s}/**/*.ts`)), '!src/generated/**', '!src/index.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `.tmp/stryker/${name}.json`,
  // Module-level constants (the site's data tables) would need every test run again per mutant.
  ignoreStatic: true,
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  // A mutant that loops forever is stopped after the test's own time × 1.5 + 5 s (and counts as killed).
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `.tmp/stryker/${name}.html` },
  jsonReporter: { fileName: `.tmp/stryker/${name}.report.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName,
  // the sandbox is a copy of the project without .tmp (reports, other checkouts)
  ignorePatterns: ['/.tmp', '/coverage'],
  cleanTempDir: 'always',
  thresholds: { high: 80, low: 70, break: null },
};
