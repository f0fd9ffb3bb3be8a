// Plain text and broken markup. MediaWiki renders every broken opener as the characters written
// (`[[` without `]]`, `{{` without `}}`, `<ref>` without `</ref>`, a lone `]]`, `}}`, `|`, `!`, `=`):
// the tree keeps them as text, never throws, and round-trips byte for byte.
import { describe, expect, test } from 'vitest';
import { parse, stringify } from '../../src/index.js';
import { expectPositions, p, types } from '../helpers.js';

describe('text', () => {
  test.each([
    'বাংলাদেশ দক্ষিণ এশিয়ার একটি দেশ।',
    'ক | খ ! গ = ঘ ] ঙ } চ',
    '[[ক',
    '{{ক|খ',
    '{{{ক',
    '<ref>ক',
    ']] ও }} ও |}',
    '[[]] ও {{{{ ও ]]]]',
    '[খোলা বন্ধনী]',
    '~~~~',
    'ISBN 978-984-04-1234-5',
    'a==b',
  ])('%j is only text', (input) => {
    const root = p(input);
    expect(types(root.children)).toBe('text');
    expectPositions(root, input);
  });

  test.each([
    'ক\r\nখ',
    '\uFEFF==ক==',
    'ক\u0000খ',
    'ক\uD800খ',
    '\u09AF\u09BC য় ড় ঢ়',
    'ক\u200Cখ\u200Dগ\u00A0ঘ',
    '\tক  \n',
    '',
  ])('lossless on odd characters: %j', (input) => {
    const root = parse(input);
    expect(stringify(root)).toBe(input);
    expectPositions(root, input);
  });

  test('the whole page is covered by the root position', () => {
    const input = 'প্রথম লাইন\nদ্বিতীয় লাইন';
    const root = p(input);
    expect(root.position).toMatchObject({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 2, column: 14, offset: input.length },
    });
  });
});
