// Tables in plain text: one line per row, a tab between cells, whatever the shape of the markup; a table
// opened by a template leaks no `|-`, `|` or `!` lines; hidden sort keys never show.
import { describe, expect, test } from 'vitest';
import { toPlainText } from '../../src/index.js';

describe('one line per row, cells separated by a tab', () => {
  test.each([
    ['cells on one line (||, !!)', '{|\n! ক !! খ\n|-\n| গ || ঘ\n|}', 'ক\tখ\nগ\tঘ'],
    ['one cell per line', '{|\n|-\n| গ\n| ঘ\n|-\n| ঙ\n| চ\n|}', 'গ\tঘ\nঙ\tচ'],
    ['both shapes in one table give the same rows', '{|\n|-\n| ক || খ\n|-\n| গ\n| ঘ\n|}', 'ক\tখ\nগ\tঘ'],
    ['a caption is a line of its own', '{|\n|+ বিভাগ\n|-\n| ঢাকা || ১\n|}', 'বিভাগ\nঢাকা\t১'],
    [
      'attributes before a single |',
      '{| class="wikitable"\n|- style="color:red"\n| align="right" | ১ || colspan="2" | ঢাকা\n|}',
      '১\tঢাকা',
    ],
    ['an empty cell keeps its place', '{|\n|-\n|ক\n|\n|গ\n|}', 'ক\t\tগ'],
    [
      'an image-only first cell never merges rows',
      '{|\n|-\n| [[চিত্র:ক.png|20px]] || ঢাকা\n|-\n| [[চিত্র:খ.png|20px]] || চট্টগ্রাম\n|}',
      '\tঢাকা\n\tচট্টগ্রাম',
    ],
    ['a cell on several lines stays in its row', '{|\n|-\n| ক<br>খ || গ\n|-\n| ঘ || ঙ\n|}', 'ক খ\tগ\nঘ\tঙ'],
    [
      'a nested table flattens into its cell',
      '{|\n|-\n| সিলেট ||\n{|\n| মৌলভীবাজার || হবিগঞ্জ\n|}\n|-\n| খুলনা || যশোর\n|}',
      'সিলেট\tমৌলভীবাজার হবিগঞ্জ\nখুলনা\tযশোর',
    ],
    ['a list in a cell stays in its row', '{|\n|-\n| ক ||\n* এক\n* দুই\n|-\n| খ || তিন\n|}', 'ক\tএক দুই\nখ\tতিন'],
  ])('%s', (_, wiki, text) => {
    expect(toPlainText(wiki)).toBe(text);
  });
});

describe('hidden sort keys never reach the text', () => {
  test.each([
    ['data-sort-value', '{| class="sortable"\n|-\n| data-sort-value="0001" | এক || খ\n|}', 'এক\tখ'],
    ['display:none span', '{|\n|-\n| <span style="display:none">০১</span>এক || খ\n|}', 'এক\tখ'],
    ['sortkey span', '{|\n|-\n| <span class="sortkey">Dhaka</span>ঢাকা\n|}', 'ঢাকা'],
    ['{{sort}}', '{|\n|-\n| {{sort|0001|এক}} || {{sort|b|খ}}\n|}', 'এক\tখ'],
    ['{{hs}}', '{|\n|-\n| {{hs|001}}এক\n|}', 'এক'],
  ])('%s', (_, wiki, text) => {
    expect(toPlainText(wiki)).toBe(text);
  });
});

describe('a table opened by a template leaks no table markup', () => {
  test('cells after {{office-table}} are rows, |} ends them', () => {
    const wiki = 'সরকার:\n{{office-table}}\n|রাষ্ট্রপতি\n|মিলোশ জেমান\n|-\n|প্রধানমন্ত্রী\n|পেট্রা ফিয়ালা\n|}\n\n=== আইন ===\nপরে।';
    expect(toPlainText(wiki)).toBe('সরকার:\n\nরাষ্ট্রপতি\tমিলোশ জেমান\nপ্রধানমন্ত্রী\tপেট্রা ফিয়ালা\n\nআইন\nপরে।');
  });

  test('succession boxes between |- lines leave nothing', () => {
    const wiki =
      'ক।\n{{s-start}}\n{{s-bef|before=[[খ]]}}\n{{s-ttl|title=[[গ]]|years=১৯৯৬}}\n{{s-aft|after=[[ঘ]]}}\n|-\n{{s-bef|before=[[ঙ]]}}\n{{s-end}}\nশেষ।';
    const text = toPlainText(wiki);
    expect(text).not.toMatch(/^\s*(?:\|-|\|\}|\||!)/m);
    expect(text.startsWith('ক।')).toBe(true);
    expect(text.endsWith('শেষ।')).toBe(true);
  });

  test('an indented table (`: {|`) leaks neither its opening line nor its rows', () => {
    expect(toPlainText('ক\n: {| class="x"\n| খ || গ\n|-\n| ঘ || ঙ\n|}\nচ')).toBe('ক\n\nখ\tগ\nঘ\tঙ\nচ');
  });

  test('a | at a line start in prose without any |- or |} stays text', () => {
    expect(toPlainText('ক\n| খ')).toBe('ক\n| খ');
  });
});
