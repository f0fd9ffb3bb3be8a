// The fast paths of extractDates must never change a result: the pre-check (no digit and no word a
// date can start at → []) may not miss a lexicon form in either encoding, and the identity copy is
// taken only when normalize would return the text unchanged with a 1:1 offset map.
import { describe, expect, it } from 'vitest';
import { mayHaveDate } from '../../src/dates/precheck.js';
import { isCanonical, normalize } from '../../src/dates/normalize.js';
import { extractDates } from '../../src/dates/index.js';
import * as L from '../../src/dates/lexicon.js';

/**
 * Every word a digit-less date expression can start at, from the lexicon: months (all spellings and
 * case endings), day words, era and calendar prefixes, century, decade and relative-year words.
 * (Seasons, year markers and the second word of two-word names only follow one of these or a number.)
 */
const FORMS: string[] = [
  ...L.GREGORIAN_MONTHS.keys(),
  ...L.GREGORIAN_MONTH_ABBREVIATIONS.keys(),
  ...L.BENGALI_MONTHS.keys(),
  ...[...L.HIJRI_MONTHS.keys()].map((k) => k.split(' ')[0]!),
  ...L.DAY_WORDS.keys(),
  ...[...L.ERA_PREFIXES.keys()].map((k) => k.split(' ')[0]!),
  ...L.BENGALI_PREFIXES,
  ...L.CENTURY_WORDS.keys(),
  ...L.DECADE_WORDS.keys(),
  ...L.RELATIVE_YEAR_WORDS.keys(),
];
/** The same words as pasted text may carry them: precomposed য় ড় ঢ়, ৰ for র, a ZWNJ inside. */
const variants = (w: string) => [
  w,
  w
    .replace(/\u09af\u09bc/g, '\u09df')
    .replace(/\u09a1\u09bc/g, '\u09dc')
    .replace(/\u09a2\u09bc/g, '\u09dd'),
  w.replace(/\u09b0/g, '\u09f0'),
  w.length > 2 ? w.slice(0, 2) + '\u200c' + w.slice(2) : w,
];

describe('pre-check', () => {
  it('finds every lexicon form, alone, in prose and after case endings were read', () => {
    for (const w of FORMS)
      for (const v of variants(w))
        for (const s of [v, `তিনি ${v} ছিলেন`, `(${v}),`]) {
          const copy = isCanonical(s) ? s : normalize(s).text;
          expect(mayHaveDate(copy), JSON.stringify(s)).toBe(true);
        }
  });
  it('finds any digit, Bengali or ASCII', () => {
    for (const d of '0123456789০১২৩৪৫৬৭৮৯') expect(mayHaveDate(`ক ${d} খ`)).toBe(true);
  });
  it('skips text with no digit and no date word', () => {
    expect(mayHaveDate('বাংলাদেশ দক্ষিণ এশিয়ার একটি রাষ্ট্র')).toBe(false);
    expect(extractDates('বাংলাদেশ দক্ষিণ এশিয়ার একটি রাষ্ট্র')).toEqual([]);
    expect(extractDates('')).toEqual([]);
    // punctuation above the digits in ASCII and Unicode (`:`, `—`) is no digit
    expect(mayHaveDate('তিনি বললেন: ভালো — সেখানে')).toBe(false);
  });
  it('still reads digit-less dates', () => {
    expect(extractDates('আশির দশকে তিনি ফিরে আসেন')).toHaveLength(1);
    expect(extractDates('ঊনবিংশ শতাব্দীতে')).toHaveLength(1);
  });
});

describe('identity copy', () => {
  const samples = [
    'সাধারণ বাংলা লেখা ১৯৭১ সালে',
    'মেয়ে',
    'কে',
    'ক\u09c7\u09be',
    'ক\u09c7\u09d7',
    'কো',
    'ABC',
    'a & b',
    'a < b',
    "it's",
    "''b''",
    '[[x]]',
    '[x]',
    '{{x}}',
    '{x}',
    '}}',
    'http://x.org/2020/01',
    'a/b',
    '//x',
    'h',
    '\u09df',
    '\u00a0',
    '\u200c',
    '\u2002',
    '৷',
    'ৰ',
    '&nbsp;',
    '<br>',
    '<!-- x -->',
    'খ্রি.',
    'e\u0301',
    '😀 ২০২০',
  ];
  it('is taken only when normalize changes nothing', () => {
    const chars = samples.join('');
    const all = [...samples, chars];
    for (let i = 0; i + 3 <= chars.length; i++) all.push(chars.slice(i, i + 3));
    for (const s of all) {
      if (!isCanonical(s)) continue;
      const n = normalize(s);
      expect(n.text, JSON.stringify(s)).toBe(s);
      for (let k = 0; k < s.length; k++) expect([n.start[k], n.end[k]]).toEqual([k, k + 1]);
    }
  });
  it('is refused for text normalize rewrites', () => {
    for (const s of [
      'ABC',
      'a & b',
      '\u09df',
      '\u09dc',
      '\u00a0',
      '\u200c',
      '৷',
      'ৰ',
      'ক\u09c7\u09be',
      'ক\u09c7\u09d7',
      "''b''",
      '[[x]]',
      '{{x}}',
      'http://x.org',
    ])
      expect(isCanonical(s), JSON.stringify(s)).toBe(false);
  });
});
