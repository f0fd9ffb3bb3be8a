// The public surface is part of the contract: exactly these exports, nothing more.
import { expect, test } from 'vitest';
import * as api from '../src/index.js';

test('the package exports exactly the documented API', () => {
  expect(Object.keys(api).sort()).toEqual(
    [
      'bengaliToGregorian',
      'bnwikiFacts',
      'convertArticle',
      'createSite',
      'extractDates',
      'extractEvents',
      'gregorianToBengali',
      'parse',
      'siteFactsFromSiteinfo',
      'sortEvents',
      'stringify',
      'toAsciiDigits',
      'toBengaliDigits',
      'toPlainText',
    ].sort(),
  );
});

test('the built package has the same exports in ESM and CJS', async () => {
  const esm = await import('../dist/index.js');
  const { createRequire } = await import('node:module');
  const cjs = createRequire(import.meta.url)('../dist/index.cjs');
  expect(Object.keys(esm).sort()).toEqual(Object.keys(api).sort());
  expect(Object.keys(cjs).sort()).toEqual(Object.keys(api).sort());
});

test('unist-util-visit walks the tree and narrows our node types', async () => {
  const { visit } = await import('unist-util-visit');
  const root = api.parse('[[ঢাকা]] ও {{তথ্যছক|নাম=ক}}');
  const targets: string[] = [];
  visit(root, 'wikiLink', (node) => {
    targets.push(node.target); // `node` is a WikiLink here: `target` type-checks (npm run typecheck)
  });
  const names: string[] = [];
  visit(root, 'template', (node) => void names.push(node.name));
  expect(targets).toEqual(['ঢাকা']);
  expect(names).toEqual(['তথ্যছক']);
});
