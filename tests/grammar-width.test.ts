// The grammar reads at a glance: no line of grammar/*.peggy is longer than 120 columns (the width Biome
// keeps for the TypeScript). A long rule breaks its sequence onto lines — predicates, then the one-line
// action — as `WikiLink` and `ExtensionTag` do. Columns are code points (a Bengali sample's vowel signs
// count as columns: stricter than what an editor shows).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const MAX = 120;
const dir = fileURLToPath(new URL('../grammar/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.peggy'));

/** `file:line (n columns)` for every line longer than `max`. */
function longLines(name: string, source: string, max = MAX): string[] {
  return source
    .split('\n')
    .map((line, i) => ({ line: i + 1, width: [...line].length }))
    .filter((l) => l.width > max)
    .map((l) => `${name}:${l.line} (${l.width} columns)`);
}

test('the width check reads the grammar and finds a long line', () => {
  const lines = files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
  expect(lines.length).toBeGreaterThan(100);
  // the check itself: a 121-column line (with a Bengali sample) is reported, a 120-column one is not
  const long = `// ${'ক'.repeat(MAX - 2)}`;
  expect(longLines('x.peggy', `Rule\n  = "a"\n${long}\n${long.slice(0, -1)}`)).toEqual(['x.peggy:3 (121 columns)']);
});

test('no line of grammar/*.peggy is longer than 120 columns', () => {
  expect(files.flatMap((f) => longLines(f, readFileSync(join(dir, f), 'utf8')))).toEqual([]);
});
