// Titles as MediaWiki resolves them (site/titles.ts), through the tree: a template's name and a link's
// target upper-case a first letter that has case (Latin, Greek, Latin-1 …) and leave Bengali and
// caseless characters alone; a name NFC would change (ে + া) is composed even when it looks plain.
import { describe, expect, test } from 'vitest';
import { all, p } from '../helpers.js';

describe('first letter', () => {
  test.each([
    ['a', 'A'],
    ['z', 'Z'],
    ['`x', '`x'],
    ['~x', '~x'],
    ['ñandú', 'Ñandú'],
    ['éclair', 'Éclair'],
    ['ωmega', 'Ωmega'],
    ['ঢাকা', 'ঢাকা'],
    ['\u0980x', '\u0980x'],
    ['৺x', '৺x'],
    ['Zeta', 'Zeta'],
    ['1x', '1x'],
  ])('{{%s}} → name %j, [[%s]] → target %j', (raw, expected) => {
    expect(all(p(`{{${raw}}}`), 'template')[0]!.name).toBe(expected);
    expect(all(p(`[[${raw}]]`), 'wikiLink')[0]!.target).toBe(expected);
  });
});

describe('normalising', () => {
  test.each([
    ['ক\u09c7\u09be', 'ক\u09cb'], // ে + া written apart: NFC composes ো
    ['ক\u09c7\u09d7', 'ক\u09cc'], // ে + ৗ → ৌ
    ['ওয়েব_উদ্ধৃতি', 'ওয়েব উদ্ধৃতি'],
    ['  cite   web ', 'Cite web'],
    ['জন্ম\u00a0তারিখ', 'জন্ম তারিখ'],
  ])('{{%s}} → %j', (raw, name) => {
    expect(all(p(`{{${raw}|১}}`), 'template')[0]!.name).toBe(name);
  });
});

describe('site lookups trim what they are given', () => {
  test('file options with spaces around them', () => {
    const [link] = all(p('[[চিত্র:ক.jpg| থাম্ব |ডান| 200px ]]'), 'wikiLink');
    expect(link!.children.map((c) => c.option)).toEqual(['thumbnail', 'right', 'width']);
  });
  test('parser function and variable names with spaces around them', () => {
    expect(all(p('{{ DEFAULTSORT:ক}}'), 'parserFunction')[0]!.name).toBe('defaultsort');
    expect(all(p('{{ #if: ক|খ}}'), 'parserFunction')[0]!.name).toBe('#if');
    expect(all(p('{{ পাতার_নাম }}'), 'magicWord')[0]!.name).toBe('pagename');
  });
});
