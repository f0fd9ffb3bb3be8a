// The matching copy (normalize.ts) rule by rule, with its offset map: entities, URLs, tags, comments,
// quote runs, links, citation/dash/date/circa templates, ASCII capitals, and signs written in two code
// points. Each rule is checked on its output text and on where the output maps back in the source.
import { describe, expect, test } from 'vitest';
import { isCanonical, normalize, toSource } from '../../src/dates/normalize.js';
import { extractDates } from '../../src/dates/index.js';

const copy = (s: string) => normalize(s).text;
/** The source text each copy unit came from. */
const sources = (s: string) => {
  const n = normalize(s);
  return [...n.text].map((_, i) => s.slice(n.start[i], n.end[i]));
};

describe('entities', () => {
  test('spaces and dashes by name and number; other entities copied as written', () => {
    const s = 'ক&ndash;খ&mdash;গ&#8211;ঘ&#8212;ঙ&#160;চ&thinsp;ছ&minus;জ&ensp;ঝ&emsp;ঞ&amp;ট';
    expect(copy(s)).toBe('ক–খ—গ–ঘ—ঙ চ ছ-জ ঝ ঞ&amp;ট');
    // each replacement maps to its whole entity
    expect(sources(s).slice(0, 12)).toEqual([
      'ক',
      '&ndash;',
      'খ',
      '&mdash;',
      'গ',
      '&#8211;',
      'ঘ',
      '&#8212;',
      'ঙ',
      '&#160;',
      'চ',
      '&thinsp;',
    ]);
    expect(sources(s).slice(12, 19)).toEqual(['ছ', '&minus;', 'জ', '&ensp;', 'ঝ', '&emsp;', 'ঞ']);
  });
});

describe('URLs, tags and comments', () => {
  test('a URL (with or without its scheme) becomes one space mapped to the whole URL; a short one stays', () => {
    const s = 'দেখুন http://x.org/2022/08/a ও //example.org/b/1999 এবং http://a.b';
    expect(copy(s)).toBe('দেখুন   ও   এবং  ');
    const n = normalize(s);
    expect(toSource(n, 6, 7)).toEqual([6, 28]);
    expect(toSource(n, 10, 11)).toEqual([31, 51]);
    expect(copy('এ http ও')).toBe('এ http ও');
    expect(extractDates(s)).toEqual([]);
  });
  test('<br> in any case is a line break, other tags a space, comments nothing (an open one hides the rest)', () => {
    const s = 'ক<br>খ<BR />গ<ref name="a">ঘ</ref>ঙ<!-- ১৯৭১ -->চ';
    expect(copy(s)).toBe('ক\nখ\nগ ঘ ঙচ');
    expect(sources(s)).toEqual(['ক', '<br>', 'খ', '<BR />', 'গ', '<ref name="a">', 'ঘ', '</ref>', 'ঙ', 'চ']);
    expect(copy('ক<!-- খোলা মন্তব্য ১৯৭১')).toBe('ক');
    expect(copy('< ক > ১৯৭১ <-- ক')).toBe('< ক > ১৯৭১ <-- ক');
  });
});

describe('wiki markup', () => {
  test('quote runs of two or more go, a lone apostrophe stays', () => {
    expect(copy("'ক''খ'গ'''")).toBe("'কখ'গ");
  });
  test("a piped link's target and the brackets go; single brackets stay", () => {
    const s = '[[ঢাকা|শহর]] [[খুলনা]] [ক] ]';
    expect(copy(s)).toBe('শহর খুলনা [ক] ]');
    expect(normalize(s).start[0]).toBe(7);
  });
  test('a citation template goes whole, nested templates included, as one space; an unclosed one is copied', () => {
    const s = 'ক{{ওয়েব উদ্ধৃতি|তারিখ={{তারিখ|১|২|৩}}|শিরোনাম=খ}}গ{{সংবাদ উদ্ধৃতি|ক';
    expect(copy(s)).toBe('ক গ{{সংবাদ উদ্ধৃতি|ক');
    expect(toSource(normalize(s), 1, 2)).toEqual([1, 50]);
  });
  test('dash templates are dashes; unknown templates are copied', () => {
    expect(copy('ক{{ndash}}খ{{mdash}}গ')).toBe('ক–খ–গ');
    expect(copy('{{অজানা|১৯৭১}}')).toBe('{{অজানা|১৯৭১}}');
  });
  test('date templates are rendered: year, month and year, day month and year; named arguments skipped', () => {
    expect(copy('{{জন্ম তারিখ|১৯৪৭}}')).toBe('1947 খ্রি.');
    expect(copy('{{জন্ম তারিখ|১৯৪৭|৯}}')).toBe('সেপ্টেম্বর 1947');
    expect(copy('{{Birth date|df=y|1947|9|28}}')).toBe('28 সেপ্টেম্বর 1947');
    // a month out of range or a word where the month should be: the year alone
    expect(copy('{{জন্ম তারিখ|১৯৪৭|১৩|২}}')).toBe('1947 খ্রি.');
    expect(copy('{{জন্ম তারিখ|১৯৪৭|ক|২}}')).toBe('1947 খ্রি.');
    // an empty argument is skipped, not read as a number
    expect(copy('{{জন্ম তারিখ||১৯৪৭||৯}}')).toBe('সেপ্টেম্বর 1947');
    // no year: copied as written
    expect(copy('{{জন্ম তারিখ|df=y}}')).toBe('{{জন্ম তারিখ|df=y}}');
    // the rendering maps to the whole template
    const s = 'ক {{জন্ম তারিখ|১৯৪৭|৯}}';
    const n = normalize(s);
    expect(toSource(n, 2, n.text.length)).toEqual([2, s.length]);
  });
  test('circa templates read as আনুমানিক before their last argument; the closing braces go', () => {
    expect(copy('{{circa|১৯০০}} সালে')).toBe('আনুমানিক ১৯০০ সালে');
    const s = '{{circa|lk=no|২০৭০&nbsp;বিসিই}}';
    expect(copy(s)).toBe('আনুমানিক ২০৭০ বিসিই');
    expect(sources(s).slice(0, 10)).toEqual([...Array(9).fill('{{circa|lk=no|'), '২']);
  });
});

describe('characters', () => {
  test('ASCII capitals are lower-cased, each mapped to itself', () => {
    expect(copy('BC AD')).toBe('bc ad');
    expect(sources('BC AD')).toEqual(['B', 'C', ' ', 'A', 'D']);
  });
  test('ে + া and ে + ৗ written apart become ো and ৌ, mapped to both code points; ে alone stays', () => {
    const s = 'ক\u09c7\u09be ক\u09c7\u09d7 ক\u09c7';
    expect(copy(s)).toBe('কো কৌ কে');
    expect(sources(s)).toEqual(['ক', '\u09c7\u09be', ' ', 'ক', '\u09c7\u09d7', ' ', 'ক', '\u09c7']);
    expect(isCanonical(s)).toBe(false);
    expect(isCanonical('সে ২০ সালে')).toBe(true);
  });
  test('isCanonical answers false for every trigger of a rewrite, true for plain prose', () => {
    for (const s of [
      'ক&খ',
      'ক<খ',
      "ক''খ",
      'ক[[খ',
      'ক]]খ',
      'ক{{খ',
      'ক}}খ',
      'ক//খ',
      'ক http',
      'কA',
      'জানু\u09DFারি',
      '\u00A0',
      '\u200C',
      '\uFEFF',
      'ৰ',
      '৷',
    ])
      expect(isCanonical(s), JSON.stringify(s)).toBe(false);
    for (const s of ["ক'খ", 'ক[খ]', 'ক{খ}', 'ক/খ', 'httq', 'abc', '১৯৭১ সালের ৬ই ডিসেম্বর', 'ক\u09c7খ'])
      expect(isCanonical(s), JSON.stringify(s)).toBe(true);
  });
  test('a canonical text and its rewritten twin give the same dates at the same places', () => {
    const plain = '১৯৭১ সালের ৬ই ডিসেম্বর স্বীকৃতি দেয়।';
    const marked = "'''১৯৭১''' সালের ৬ই ডিসেম্বর স্বীকৃতি দেয়।";
    const [a] = extractDates(plain);
    const [b] = extractDates(marked);
    expect(b!.value).toEqual(a!.value);
    expect([a!.text, b!.text]).toEqual(['১৯৭১ সালের ৬ই ডিসেম্বর', "১৯৭১''' সালের ৬ই ডিসেম্বর"]);
  });
});
