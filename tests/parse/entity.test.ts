// Character references. MediaWiki decodes named (HTML5 list), decimal and hex references that end in
// `;`; anything else (`&foo;`, `&nbsp` without `;`, a lone `&`) is text.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p } from '../helpers.js';

describe('entity', () => {
  test.each([
    ['&nbsp;', '\u00a0'],
    ['&ndash;', '–'],
    ['&mdash;', '—'],
    ['&amp;', '&'],
    ['&lt;', '<'],
    ['&deg;', '°'],
    ['&zwnj;', '\u200c'],
    ['&#2437;', 'অ'],
    ['&#x986;', 'আ'],
    ['&#x0985;', 'অ'],
    ['&eacute;', 'é'],
    ['&acE;', '\u223e\u0333'],
    ['&רלמ;', '\u200f'],
    ['&#x1F4A9;', '💩'],
  ])('%j → %j', (input, char) => {
    const root = p(input);
    const [e] = all(root, 'entity');
    expect(e).toMatchObject({ value: input, char });
    expectPositions(root, input);
  });

  test.each([
    '&foo;',
    '&nbsp',
    '& ক',
    'ক&খ',
    '&#00;',
    '&#xD;',
    '&#x7F;',
    '&#128;',
    '&#xD83D;',
    '&#xFFFE;',
    '&#x10FFFF;',
  ])('%j is text', (input) => {
    expect(all(p(input), 'entity')).toHaveLength(0);
  });

  test('`&amp;nbsp;` is one entity then text', () => {
    const root = p('&amp;nbsp;');
    expect(root.children.map((c) => c.type)).toEqual(['entity', 'text']);
  });
});
