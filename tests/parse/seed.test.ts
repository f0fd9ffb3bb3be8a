// The seed article (flattened: one line, headings mid-line) — issue 2's acceptance of the flattened shape.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse, stringify, toPlainText } from '../../src/index.js';
import { all } from '../helpers.js';

const seed = readFileSync(new URL('../../fixtures/seed.wiki', import.meta.url), 'utf8');

test('the seed is detected as flattened and yields its 6 headings, in order', () => {
  const root = parse(seed);
  expect(root.data?.flattened).toBe(true);
  expect(all(root, 'heading').map((h) => [h.depth, toPlainText(h)])).toEqual([
    [2, 'সোভিয়েত যুগে সম্পর্ক'],
    [2, 'কূটনৈতিক সম্পর্ক'],
    [2, 'রাজনৈতিক সম্পর্ক'],
    [2, 'অর্থনৈতিক সম্পর্ক'],
    [2, 'তথ্যসূত্র'],
    [2, 'বহিঃসংযোগ'],
  ]);
  expect(stringify(root)).toBe(seed);
});

test('forcing flattened: false finds no heading in the one-line seed', () => {
  expect(all(parse(seed, { flattened: false }), 'heading')).toEqual([]);
});
