// MediaWiki's core parser tests as a check of the tree's structure (OUTLINE.md): the share of tests
// whose outline equals MediaWiki's stays at or above the bar, and every skip names a real test.
import { describe, expect, test } from 'vitest';
import { cases, run, SKIPS } from './cases.js';

/** The pass rate this branch has reached (`npm run conformance` prints it per construct and file). */
const BAR = 0.98;

describe('MediaWiki core parser tests (English site)', () => {
  const all = cases();

  test('the shared file holds the 377 tests', () => {
    expect(all).toHaveLength(377);
  });

  test(`at least ${BAR * 100}% of the tests give MediaWiki's outline`, () => {
    const counted = all.filter((c) => !SKIPS[c.name]);
    const failed = counted.filter((c) => !run(c).pass).map((c) => c.name);
    expect((counted.length - failed.length) / counted.length, failed.join('\n')).toBeGreaterThanOrEqual(BAR);
  });

  test('every skip names a test of the file', () => {
    const names = new Set(all.map((c) => c.name));
    for (const name of Object.keys(SKIPS)) expect(names.has(name), name).toBe(true);
  });
});
