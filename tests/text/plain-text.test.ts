// toPlainText: what a reader sees, and the offset map every extractor relies on.
import { describe, expect, test } from 'vitest';
import { parse, toPlainText } from '../../src/index.js';
import { plainTextOf } from '../../src/text/plain-text.js';

describe('toPlainText keeps prose and drops markup', () => {
  test.each([
    ["'''ঢাকা''' বাংলাদেশের রাজধানী।", 'ঢাকা বাংলাদেশের রাজধানী।'],
    ['[[বাংলাদেশ]]ের রাজধানী [[ঢাকা|ঢাকা শহর]]', 'বাংলাদেশের রাজধানী ঢাকা শহর'],
    ['নদী<ref>{{ওয়েব উদ্ধৃতি|শিরোনাম=ক}}</ref> আছে।', 'নদী আছে।'],
    ['ক {{তথ্যছক দেশ|নাম=খ}} গ', 'ক গ'],
    ['{{lang|en|Bangladesh}} ও {{nowrap|১৯৭১ সাল}}', 'Bangladesh ও ১৯৭১ সাল'],
    ['ক<!-- মন্তব্য --> খ', 'ক খ'],
    ['[[চিত্র:মানচিত্র.png|থাম্ব|ক্যাপশন]]দেশ [[বিষয়শ্রেণী:দেশ]]', 'দেশ'],
    ['__NOTOC__ক&nbsp;খ', 'ক খ'],
    ['<small>ছোট</small> [https://example.com উদাহরণ]', 'ছোট উদাহরণ'],
    ['== ইতিহাস ==\nপ্রথম লাইন।\n\n\n\nদ্বিতীয়।', 'ইতিহাস\nপ্রথম লাইন।\n\nদ্বিতীয়।'],
    ['* এক\n* দুই', 'এক\nদুই'],
    // a list item whose templates show nothing leaves no stray punctuation line
    ['* এক\n*{{Citation|title=খ}}.\n* দুই', 'এক\nদুই'],
    // a definition term over a list that shows nothing, or over nothing, goes too
    [';ভূগোল\n* {{বই উদ্ধৃতি|শিরোনাম=ক}}\n\n;ইতিহাস\n* একটি বই', 'ইতিহাস\nএকটি বই'],
    ['ক।\n;শেষ', 'ক।'],
    ['{|\n! ক !! খ\n|-\n| গ || ঘ\n|}', 'ক\tখ\nগ\tঘ'],
    ['<math>x^2</math> সূত্র <nowiki>[[না]]</nowiki>', 'x^2 সূত্র [[না]]'],
    ['ভাঙা [[লিংক এবং {{ভাঙা টেমপ্লেট', 'ভাঙা লিংক এবং ভাঙা টেমপ্লেট'],
    // spaces at a line's edges go, however many there are
    ['প্রথম।   \n\n   দ্বিতীয়।  \nতৃতীয়', 'প্রথম।\n\nদ্বিতীয়।\nতৃতীয়'],
  ])('%j → %j', (wiki, text) => {
    expect(toPlainText(wiki)).toBe(text);
  });

  test('accepts a parsed node as well as a string', () => {
    expect(toPlainText(parse("''ক'' খ"))).toBe('ক খ');
  });
});

describe('the offset map points every character back at the wikitext', () => {
  test.each([
    "'''[[ঢাকা]]''' বাংলাদেশের রাজধানী।<ref>সূত্র</ref> ১৯৭১ সালে।",
    '[[বাংলাদেশ|দেশ]]ের  মানুষ  {{lang|en|people}} &ndash; ২০২৪',
    '== শিরোনাম ==\n* তালিকা [[ক]]\n{|\n| কোষ || আরেক\n|}',
    // two empty pairs dropped, the source's own `()` kept: the offsets after each drop still hold
    'ঢাকা ({{UN Population|Year}}) শহর ({{UN Population|Year}}) ও নদী () [[পদ্মা]]',
  ])('%j', (wiki) => {
    const root = parse(wiki);
    const { text, map } = plainTextOf(root.children, wiki.length);
    expect(map.length).toBe(text.length + 1);
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || c === ' ' || c === '\t' || c === '\u2013') continue;
      // a verbatim character maps to the same character in the source
      expect(wiki[map[i]], `char ${i} ${JSON.stringify(c)}`).toBe(c);
    }
    for (let i = 1; i < map.length; i++) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]);
  });
});

test('empty parentheses a template left are dropped, those of the source stay', () => {
  expect(toPlainText('ঢাকা ({{UN Population|Year}}) শহর ({{UN Population|Year}}) ও নদী () [[পদ্মা]]')).toBe(
    'ঢাকা শহর ও নদী () পদ্মা',
  );
});

describe('definition lists whose term is dropped', () => {
  test('a term line emptied by its trailing blanks, then an empty term: no hole in the pieces (fuzz seed -734442258)', () => {
    const s = '\n*\n=\n;=\n\n;';
    expect(toPlainText(s)).toBe('=');
    expect(toPlainText(parse(s))).toBe(toPlainText(s));
  });
});
