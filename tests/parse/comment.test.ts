// Comments. MediaWiki removes `<!-- … -->` before anything else (they may span lines, sit inside any
// construct, and hide markup); an unclosed `<!--` runs to the end of the page; a stray `-->` is text.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p } from '../helpers.js';

describe('comment', () => {
  test.each([
    ['<!-- মন্তব্য -->', ' মন্তব্য ', true],
    ['<!---->', '', true],
    ['<!-- <ref>ক</ref> [[খ]] {{গ}} -->', ' <ref>ক</ref> [[খ]] {{গ}} ', true],
    ['<!-- মাঝে\nএকাধিক লাইনের মন্তব্য -->', ' মাঝে\nএকাধিক লাইনের মন্তব্য ', true],
    ['<!-- শেষে বন্ধ না হওয়া মন্তব্য\nআরও', ' শেষে বন্ধ না হওয়া মন্তব্য\nআরও', false],
    ['<!--', '', false],
  ])('%j', (input, value, closed) => {
    const root = p(input);
    const [c] = all(root, 'comment');
    expect(c).toMatchObject({ value, closed });
    expect(all(root, 'extensionTag')).toHaveLength(0);
    expect(all(root, 'wikiLink')).toHaveLength(0);
    expectPositions(root, input);
  });

  test('comments inside other constructs', () => {
    const input = '{{ক<!-- নাম -->|খ}} == শিরোনাম == <!-- পরে -->\n* ক <!-- খ --> গ';
    const root = p(input);
    // the comment in a template name stays in `rawName` (a string); the other two are nodes
    expect(all(root, 'comment')).toHaveLength(2);
    expect(all(root, 'template')[0]).toMatchObject({ name: 'ক', rawName: 'ক<!-- নাম -->' });
    expectPositions(root, input);
  });

  test('a stray --> is text', () => {
    const root = p('ক --> খ');
    expect(all(root, 'comment')).toHaveLength(0);
    expect(root.children.map((c) => c.type)).toEqual(['text']);
  });

  // MediaWiki removes comments before it looks at lines, so they are transparent at a line start.
  test.each([
    ['<!--x-->* ক\n<!--y--><!--z-->* খ', 'list'],
    ['<!--x-->== ইতিহাস ==', 'heading'],
    ['==ইতিহাস==<!--\nমন্তব্য\n-->\nক', 'heading'],
    ['== ক <nowiki>খ\nগ</nowiki> ==', 'heading'],
    ['{|\n <!--x-->|-\n |ক\n|}', 'table'],
  ] as const)('%j: the comment does not hide the %s', (input, type) => {
    const root = p(input);
    expect(all(root, type).length).toBeGreaterThan(0);
    expectPositions(root, input);
  });

  test('`{|\n <!--x-->|-` is a row, not text', () => {
    const root = p('{|\n <!--x-->|-\n |ক\n|}');
    expect(all(root, 'tableRow').filter((r) => r.marker === '|-')).toHaveLength(1);
  });

  test('a comment inside an HTML tag belongs to the tag', () => {
    const input = '<div class="<!-- x -->ক">খ</div>';
    const [el] = all(p(input), 'htmlElement');
    expect(el).toMatchObject({ name: 'div', open: '<div class="<!-- x -->ক">' });
  });
});
