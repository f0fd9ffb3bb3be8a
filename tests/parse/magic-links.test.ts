// Bare URLs and behaviour switches found in text (passes/magic-links.ts): MediaWiki leaves closing
// parentheses off a URL that opens none, a switch inside a URL is part of the URL, and both kinds in one
// text come out in source order.
import { expect, test } from 'vitest';
import { stringify } from '../../src/index.js';
import { expectPositions, p } from '../helpers.js';

test.each([
  [
    '(দেখুন http://x.y/a))',
    [
      ['text', '(দেখুন '],
      ['externalLink', 'http://x.y/a'],
      ['text', '))'],
    ],
  ],
  [
    'দেখুন http://x.y/a) খ',
    [
      ['text', 'দেখুন '],
      ['externalLink', 'http://x.y/a'],
      ['text', ') খ'],
    ],
  ],
  ['http://x.y/(a)', [['externalLink', 'http://x.y/(a)']]],
  [
    'http://x.y/__NOTOC__ খ',
    [
      ['externalLink', 'http://x.y/__NOTOC__'],
      ['text', ' খ'],
    ],
  ],
  [
    '__NOTOC__ http://a.b ক',
    [
      ['behaviorSwitch', '__NOTOC__'],
      ['text', ' '],
      ['externalLink', 'http://a.b'],
      ['text', ' ক'],
    ],
  ],
  [
    'ক __NOTOC__ খ __TOC__',
    [
      ['text', 'ক '],
      ['behaviorSwitch', '__NOTOC__'],
      ['text', ' খ '],
      ['behaviorSwitch', '__TOC__'],
    ],
  ],
  ['ক __নয়__ খ', [['text', 'ক __নয়__ খ']]], // not a switch bnwiki knows
])('%j', (input, parts) => {
  const root = p(input);
  expect(root.children.map((c) => [c.type, stringify(c)])).toEqual(parts);
  expectPositions(root, input);
});
