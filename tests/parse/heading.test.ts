// Headings. MediaWiki: `={1,6}` at the start of a line, the same run at its end (only whitespace and
// comments after it); unbalanced runs give the smaller depth and the extra `=` stay in the text;
// a line of only `=` is a heading of (n-1)/2; text after the closing run makes it plain text.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p, source } from '../helpers.js';

describe('heading', () => {
  // input → depth and the source of its content (null: no heading at all)
  test.each([
    ['==ইতিহাস==', 2, 'ইতিহাস'],
    ['= বাংলা লিপি =', 1, ' বাংলা লিপি '],
    ['=== প্রাচীন রূপ ===', 3, ' প্রাচীন রূপ '],
    ['==== পাল যুগ ====', 4, ' পাল যুগ '],
    ['===== চর্যাপদ =====', 5, ' চর্যাপদ '],
    ['====== পুঁথি ======', 6, ' পুঁথি '],
    // more than six: depth 6, the rest is content
    ['======= পুঁথি =======', 6, '= পুঁথি ='],
    // unbalanced: the shorter run wins, the extra `=` are text
    ['===ক==', 2, '=ক'],
    ['==ক===', 2, 'ক='],
    ['==ক=', 1, '=ক'],
    // a line of only `=`: depth (n-1)/2, the middle is the content
    ['===', 1, '='],
    ['====', 1, '=='],
    ['=======', 3, '='],
    // whitespace after the closing run is still a heading
    ['==ক== ', 2, 'ক'],
    // markup inside: links with a trail, bold, refs
    ['== [[ঢাকা]]র ইতিহাস ==', 2, ' [[ঢাকা]]র ইতিহাস '],
    ["== '''ক''' ==", 2, " '''ক''' "],
    ['== ক <ref>খ</ref> ==', 2, ' ক <ref>খ</ref> '],
  ] as const)('%j → depth %i', (input, depth, content) => {
    const root = p(input);
    const [h] = all(root, 'heading');
    expect(h).toBeDefined();
    expect(h.depth).toBe(depth);
    expect(source(h.children)).toBe(content);
    expectPositions(root, input);
  });

  // not headings in MediaWiki: text after the run, no closing run, too few `=`, not at line start
  test.each(['==ক==খ', '==ক', '==', '=', ' ==ক==', 'ক ==খ==', '=====ক=====খ'])('%j is not a heading', (input) => {
    const root = p(input);
    expect(all(root, 'heading')).toHaveLength(0);
    expectPositions(root, input);
  });

  test('a comment after the closing run keeps the heading', () => {
    const input = '==ক==<!-- খ -->\nগ';
    const root = p(input);
    expect(all(root, 'heading').map((h) => h.depth)).toEqual([2]);
    expect(all(root, 'comment')).toHaveLength(1);
    expectPositions(root, input);
  });

  test('headings on consecutive lines, with line/column', () => {
    const input = 'ভূমিকা\n== ইতিহাস ==\n=== প্রাচীন যুগ ===\nলেখা';
    const root = p(input);
    const hs = all(root, 'heading');
    expect(hs.map((h) => [h.depth, h.position!.start.line, h.position!.start.column, h.position!.end.column])).toEqual([
      [2, 2, 1, 13],
      [3, 3, 1, 20],
    ]);
    expectPositions(root, input);
  });

  test('the flattened shape: `==শিরোনাম==` mid-line is a heading, `a==b` is not', () => {
    const input = "'''কাতার''' একটি দেশ। ==ইতিহাস== এখানে a==b লেখা। ==তথ্যসূত্র== শেষ";
    const root = p(input, { flattened: true });
    expect(all(root, 'heading').map((h) => source(h.children))).toEqual(['ইতিহাস', 'তথ্যসূত্র']);
    expectPositions(root, input);
  });
});
