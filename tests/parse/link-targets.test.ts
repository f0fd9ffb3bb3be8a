// How a link's target is read before it is classified (passes/classify-links.ts), row by row: comments
// dropped, entities decoded, templates in a target allowed (MediaWiki expands them first), a `#fragment`
// split off even when nothing comes before it, and targets MediaWiki makes no link of stay text.
import { expect, test } from 'vitest';
import { all, expectPositions, p } from '../helpers.js';

test.each([
  ['[[ঢাকা<!--শহর-->]]', 'ঢাকা', undefined],
  ['[[ঢাকা&nbsp;শহর]]', 'ঢাকা শহর', undefined],
  ['[[&#2453;&#2454;]]', 'কখ', undefined], // decimal character references
  ['[[&#x995;&#x996;]]', 'কখ', undefined], // hexadecimal
  ['[[&#X995;]]', 'ক', undefined],
  ['[[a&amp;b]]', 'A&b', undefined],
  ['[[#{{harvid|ক|খ}}|লেখক]]', '', '{{harvid|ক|খ}}'],
  ['[[#ইতিহাস|দেখুন]]', '', 'ইতিহাস'],
  ['[[ক#]]', 'ক', ''],
  ['[[ক:খ]]', 'ক:খ', undefined], // not a namespace or interwiki prefix
])('%j → target %j, fragment %j', (input, target, fragment) => {
  const root = p(input);
  const links = all(root, 'wikiLink');
  expect(links).toHaveLength(1);
  expect(links[0]!.target).toBe(target);
  expect(links[0]!.fragment).toBe(fragment);
  expect('fragment' in links[0]!).toBe(fragment !== undefined);
  expectPositions(root, input);
});

test.each(['[[বিষয়শ্রেণী:]]', '[[ ]]', '[[ক<খ]]', '[[ক|খ]'])('%j is no link', (input) => {
  expect(all(p(input), 'wikiLink')).toEqual([]);
});

test('shared points: a link ends where the text after it starts, with one point object', () => {
  const root = p('[[ক]] খ\nগ');
  const [link, text] = root.children;
  expect(link!.position!.end).toBe(text!.position!.start);
  expect(text!.position!.start).toEqual({ line: 1, column: 6, offset: 5 });
});
