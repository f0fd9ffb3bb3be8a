// Golden fixture articles: each fixtures/<name>.wiki parses to exactly fixtures/<name>.tree.json
// (regenerate with `npx tsx scripts/update-fixtures.ts <name>` and review the diff by hand), and
// round-trips. A fixture without its golden file fails.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from '../src/index.js';
import { expectPositions } from './helpers.js';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.wiki'))
  .map((f) => f.slice(0, -5))
  .sort();

describe.each(names)('fixtures/%s.wiki', (name) => {
  const text = readFileSync(join(dir, `${name}.wiki`), 'utf8');
  const golden = join(dir, `${name}.tree.json`);

  test('round-trips: stringify(parse(x)) === x', () => {
    expect(stringify(parse(text))).toBe(text);
  });

  test('every node is positioned (offsets, line/column, nesting)', () => {
    expectPositions(parse(text), text);
  });

  test('matches its golden tree', () => {
    expect(existsSync(golden), `${golden} is missing (make it with scripts/update-fixtures.ts)`).toBe(true);
    expect(JSON.parse(JSON.stringify(parse(text)))).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});

test('the fixture set covers the articles issue 2 asks for', () => {
  for (const n of [
    'seed',
    'biography',
    'history',
    'tables-lists',
    'media-categories',
    'references-templates',
    'odd-markup',
    'redirect',
  ]) {
    expect(names).toContain(n);
  }
});
