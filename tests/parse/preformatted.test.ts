// Indent-pre (MediaWiki's BlockLevelPass): lines that start with a space form one `preformatted` node,
// unless an HTML block tag keeps the page in block mode, a `<pre>` or `<blockquote>` is open, or the
// line is blank and starts nothing; comments are transparent; tables, headings and lists end it.
import { describe, expect, test } from 'vitest';
import { stringify } from '../../src/index.js';
import { all, expectPositions, p } from '../helpers.js';

describe('preformatted', () => {
  test.each([
    [' কোড\n আরও', [' কোড\n আরও']],
    ['ক\n কোড\nখ', [' কোড']],
    [" ''ক''\n  খ", [" ''ক''\n  খ"]],
    ['<!-- x --> কোড', ['<!-- x --> কোড']],
    [' ক\n \n খ', [' ক\n \n খ']],
    [' ক\n\n খ', [' ক', ' খ']],
    ['<center>\n কোড\n</center>', [' কোড']],
    ['{|\n|\n কোড\n|}', [' কোড']],
    ['ক\n\n   তিন ফাঁকা', ['   তিন ফাঁকা']],
  ])('%j → preformatted %j', (input, blocks) => {
    const root = p(input);
    expect(all(root, 'preformatted').map((n) => stringify(n))).toEqual(blocks);
    expectPositions(root, input);
  });

  test.each([
    '\tট্যাব',
    ' ',
    '<blockquote>\n কোড\n</blockquote>',
    '<p> ক\n খ',
    ' {|\n| ক\n|}',
    '* ক\n** খ',
    '<table>\n কোড\n</table>',
  ])('%j holds no preformatted node', (input) => {
    const root = p(input);
    expect(all(root, 'preformatted')).toHaveLength(0);
    expectPositions(root, input);
  });

  test('its lines keep their markup as nodes', () => {
    const root = p(" ''তির্যক'' [[ঢাকা]]\n <nowiki>''</nowiki>");
    const [pre] = all(root, 'preformatted');
    expect(all(pre, 'italic')).toHaveLength(1);
    expect(all(pre, 'wikiLink')).toHaveLength(1);
    expect(all(pre, 'extensionTag')[0].name).toBe('nowiki');
  });
});
