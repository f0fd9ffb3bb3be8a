// Two parts made one (link-parts.ts): ranges by dash, থেকে … পর্যন্ত, slash and "between", with the shared
// unit, year or era given to the side that lacks it; coordinations (ও, এবং, বা) that pass the unit along.
// `নভেম্বর-ডিসেম্বর ২০১৬` → November–December 2016; `ডিসেম্বর-জানুয়ারি ২০১৭` starts in December 2016.
import { describe, expect, test } from 'vitest';
import { extractDates, type DateValue } from '../../src/dates/index.js';

type End = DateValue | { present: true } | undefined;
const v = (x: End) =>
  !x
    ? ''
    : 'present' in x
      ? 'present'
      : `${x.era === 'BCE' ? '-' : ''}${x.year}/${x.month ?? ''}/${x.day ?? ''} ${x.precision}`;
const read = (text: string) => extractDates(text).map((m) => [m.text, v(m.value), v(m.rangeEnd)]);

describe('ranges', () => {
  test.each([
    // a year to a full date: a lifespan, when the two are at most 150 years apart
    ['১৪৬০ – ২৪ ডিসেম্বর ১৫২৪', [['১৪৬০ – ২৪ ডিসেম্বর ১৫২৪', '1460// year', '1524/12/24 day']]],
    ['১৩০০ – ২৪ ডিসেম্বর ১৫২৪', [['২৪ ডিসেম্বর ১৫২৪', '1524/12/24 day', '']]],
    // a month and year to a year, a decade to a year, a day to a year
    ['অক্টোবর ২০০৬-২০০৮', [['অক্টোবর ২০০৬-২০০৮', '2006/10/ month', '2008// year']]],
    ['১৮০০-এর দশক থেকে ১৯৬৫', [['১৮০০-এর দশক থেকে ১৯৬৫', '1800// decade', '1965// year']]],
    ['১৭ জুন, ১৮৮২ - ১৯৬১', [['১৭ জুন, ১৮৮২ - ১৯৬১', '1882/6/17 day', '1961// year']]],
    // থেকে needs an end: পর্যন্ত, the end of the text, or a closing parenthesis; not a count word
    ['১৯৯৯ থেকে ২০০৮ পর্যন্ত', [['১৯৯৯ থেকে ২০০৮', '1999// year', '2008// year']]],
    ['(১৮৩৫ থেকে ১৯০৪)', [['১৮৩৫ থেকে ১৯০৪', '1835// year', '1904// year']]],
    ['১৯৯৯ থেকে ২০০৮ জন', [['১৯৯৯', '1999// year', '']]],
    ['১৩৯১ থেকে ১৫৩৪ সাল', [['১৩৯১ থেকে ১৫৩৪ সাল', '1391// year', '1534// year']]],
    // two-digit ends take the start's century
    ['১৯৩৬-৩৭ সালে', [['১৯৩৬-৩৭ সালে', '1936// year', '1937// year']]],
    // BCE years count down; an end larger than the start is no BCE range
    ['২৭৬–১৯৪ খ্রিস্টপূর্ব', [['২৭৬–১৯৪ খ্রিস্টপূর্ব', '-276// year', '-194// year']]],
    ['খৃষ্টপূর্ব ১০৬ - ৪৩', [['খৃষ্টপূর্ব ১০৬ - ৪৩', '-106// year', '-43// year']]],
    ['খৃষ্টপূর্ব ১০৬ - ২০০', [['খৃষ্টপূর্ব ১০৬', '-106// year', '']]],
    // months: the year written after the second serves both; a range across new year starts a year earlier
    ['নভেম্বর-ডিসেম্বর ২০১৬', [['নভেম্বর-ডিসেম্বর ২০১৬', '2016/11/ month', '2016/12/ month']]],
    ['ডিসেম্বর-জানুয়ারি ২০১৭', [['ডিসেম্বর-জানুয়ারি ২০১৭', '2016/12/ month', '2017/1/ month']]],
    ['২০১৬ সালের নভেম্বর-ডিসেম্বরে', [['২০১৬ সালের নভেম্বর-ডিসেম্বরে', '2016/11/ month', '2016/12/ month']]],
    // open ends
    ['২০০৮ সাল থেকে বর্তমান', [['২০০৮ সাল থেকে বর্তমান', '2008// year', 'present']]],
    ['২৫ জুন ২০২০ - বর্তমান', [['২৫ জুন ২০২০ - বর্তমান', '2020/6/25 day', 'present']]],
  ] as const)('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  test('"between" makes one range of two coordinated years', () => {
    expect(read('১৫৮৮ এবং ১৮৯০ সালের মধ্যে')).toEqual([['১৫৮৮ এবং ১৮৯০ সালের', '1588// year', '1890// year']]);
    expect(read('১৮৯৫ এবং ১৯১৩ এর মধ্যে')).toEqual([['১৮৯৫ এবং ১৯১৩ এর', '1895// year', '1913// year']]);
    // without it, two years
    expect(read('১৮৯৫ এবং ১৯১৩ সালে')).toEqual([
      ['১৮৯৫', '1895// year', ''],
      ['১৯১৩ সালে', '1913// year', ''],
    ]);
  });

  test('months alone in parentheses are a year-less range', () => {
    const [m] = extractDates('(এপ্রিল - জুন)');
    expect([m!.text, m!.value.year, m!.value.month, v(m!.rangeEnd)]).toEqual(['এপ্রিল - জুন', null, 4, 'null/6/ month']);
  });
});

describe('coordination', () => {
  test.each([
    // the first member takes the unit of the second: decades, centuries
    [
      '১৯৮০ ও ১৯৯০-এর দশকে',
      [
        ['১৯৮০', '1980// decade', ''],
        ['১৯৯০-এর দশকে', '1990// decade', ''],
      ],
    ],
    [
      '৮০ ও ৯০-এর দশকে',
      [
        ['৮০', '1980// decade', ''],
        ['৯০-এর দশকে', '1990// decade', ''],
      ],
    ],
    [
      'পঞ্চম ও ষষ্ঠ শতকে',
      [
        ['পঞ্চম', '400// century', ''],
        ['ষষ্ঠ শতকে', '500// century', ''],
      ],
    ],
    [
      'উনবিংশ/বিংশ শতাব্দীতে',
      [
        ['উনবিংশ', '1800// century', ''],
        ['বিংশ শতাব্দীতে', '1900// century', ''],
      ],
    ],
    // a day takes the month and year of the next, only when it comes before it
    [
      '১২ ও ১৩ মার্চ ২০১৫',
      [
        ['১২', '2015/3/12 day', ''],
        ['১৩ মার্চ ২০১৫', '2015/3/13 day', ''],
      ],
    ],
    ['১৩ ও ১২ মার্চ ২০১৫', [['১২ মার্চ ২০১৫', '2015/3/12 day', '']]],
  ] as const)('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  test('বা between two months makes both approximate; ও does not', () => {
    const or = extractDates('১৬১০ খ্রিস্টাব্দের সেপ্টেম্বর বা অক্টোবর মাসে');
    expect(or.map((m) => [m.text, m.value.month, m.value.year, m.approx])).toEqual([
      ['১৬১০ খ্রিস্টাব্দের সেপ্টেম্বর', 9, 1610, true],
      ['অক্টোবর', 10, 1610, true],
    ]);
    const and = extractDates('১৬১০ খ্রিস্টাব্দের সেপ্টেম্বর ও অক্টোবর মাসে');
    expect(and.map((m) => [m.value.month, m.value.year, m.approx])).toEqual([
      [9, 1610, false],
      [10, 1610, false],
    ]);
  });
});

// The ranges below stand inside a sentence: a word after the range keeps the later bare-year pass from reading
// a weak start as a year on its own, so the range reading itself is what is checked.
describe('ranges inside a sentence', () => {
  test.each([
    // a year to a day or a month: a lifespan, at most 150 years long, the start before the end
    [
      'ভাস্কো দা গামার জীবনকাল ১৪৬০ – ২৪ ডিসেম্বর ১৫২৪ বলে ধরা হয়।',
      [['১৪৬০ – ২৪ ডিসেম্বর ১৫২৪', '1460// year', '1524/12/24 day']],
    ],
    ['জীবনকাল ১৩৭৪ – ২৪ ডিসেম্বর ১৫২৪ বলে ধরা হয়।', [['১৩৭৪ – ২৪ ডিসেম্বর ১৫২৪', '1374// year', '1524/12/24 day']]],
    ['জীবনকাল ১৩৭৩ – ২৪ ডিসেম্বর ১৫২৪ বলে ধরা হয়।', [['২৪ ডিসেম্বর ১৫২৪', '1524/12/24 day', '']]],
    ['তাঁর কর্মকাল ১৯৪৭ – মার্চ ১৯৭১ বলে ধরা হয়।', [['১৯৪৭ – মার্চ ১৯৭১', '1947// year', '1971/3/ month']]],
    [
      'তাঁর কর্মকাল ১৯৮০ – মার্চ ১৯৭১ বলে লেখা।',
      [
        ['১৯৮০', '1980// year', ''],
        ['মার্চ ১৯৭১', '1971/3/ month', ''],
      ],
    ],
    // days of one month: ৭–২১ মার্চ
    ['মেলা ৭–২১ মার্চ ২০১০ তারিখে হয়।', [['৭–২১ মার্চ ২০১০', '2010/3/7 day', '2010/3/21 day']]],
    ['মেলা ১–২১ মার্চ ২০১০ তারিখে হয়।', [['১–২১ মার্চ ২০১০', '2010/3/1 day', '2010/3/21 day']]],
    // a month to a day takes the day's year; a month after the end's month is in the year before
    ['সফরটি মার্চ – ১৫ এপ্রিল ২০১০ সময়ে হয়।', [['মার্চ – ১৫ এপ্রিল ২০১০', '2010/3/ month', '2010/4/15 day']]],
    ['সফরটি ডিসেম্বর – ১৫ জানুয়ারি ২০১০ সময়ে হয়।', [['ডিসেম্বর – ১৫ জানুয়ারি ২০১০', '2009/12/ month', '2010/1/15 day']]],
    ['সফরটি মার্চ – ২০ মার্চ ২০১০ সময়ে হয়।', [['মার্চ – ২০ মার্চ ২০১০', '2010/3/ month', '2010/3/20 day']]],
    // a Bengali month does not start a range to a Gregorian one
    ['সফরটি বৈশাখ–জুন ২০১০ সময়ে হয়।', [['জুন ২০১০', '2010/6/ month', '']]],
    // bare century and decade starts take the end's unit
    ['রীতিটি ১৬ থেকে ২০ শতকের মধ্যে গড়ে ওঠে।', [['১৬ থেকে ২০ শতকের', '1500// century', '1900// century']]],
    ['গানগুলো ১৮৬০-৭০ এর দশকে জনপ্রিয় হয়।', [['১৮৬০-৭০ এর দশকে', '1860// decade', '1870// decade']]],
    // a year with its marker, then a bare end: in full within 300 years, or two digits after the start
    ['যুদ্ধ ১৯৪৭ সাল থেকে ১৯৫৬ পর্যন্ত চলে।', [['১৯৪৭ সাল থেকে ১৯৫৬', '1947// year', '1956// year']]],
    ['যুদ্ধ ১৯৭১ সাল থেকে ৭৫ পর্যন্ত চলে।', [['১৯৭১ সাল থেকে ৭৫', '1971// year', '1975// year']]],
    ['যুদ্ধ ১৯৭১ সাল থেকে ৬৫ পর্যন্ত চলে।', [['১৯৭১ সাল', '1971// year', '']]],
    ['যুদ্ধ ১৭০০ সাল থেকে ২০০০ পর্যন্ত চলে।', [['১৭০০ সাল থেকে ২০০০', '1700// year', '2000// year']]],
    [
      'যুদ্ধ ১৭০০ সাল থেকে ২০০১ পর্যন্ত চলে।',
      [
        ['১৭০০ সাল', '1700// year', ''],
        ['২০০১', '2001// year', ''],
      ],
    ],
    ['দলে ১৯৪৭ সাল থেকে ১৯৫৬ জন যোগ দেন।', [['১৯৪৭ সাল', '1947// year', '']]],
    // a month date then a bare year end: not before the start, within 300 years, not a count
    ['সময়কাল অক্টোবর ২০০৬-১৯৯০ লেখা আছে।', [['অক্টোবর ২০০৬', '2006/10/ month', '']]],
    ['সময়কাল অক্টোবর ১৭০০-২০০০ লেখা আছে।', [['অক্টোবর ১৭০০-২০০০', '1700/10/ month', '2000// year']]],
    ['সময়কাল অক্টোবর ১৭০০-২০০১ লেখা আছে।', [['অক্টোবর ১৭০০', '1700/10/ month', '']]],
    ['সময়কাল অক্টোবর ২০০৬-২০০৮ জন লেখা আছে।', [['অক্টোবর ২০০৬', '2006/10/ month', '']]],
    // two bare years: `to`, or থেকে closed by punctuation or by ও before the next date
    ['তিনি ১৯৯৯ to ২০০৮ দলে ছিলেন।', [['১৯৯৯ to ২০০৮', '1999// year', '2008// year']]],
    [
      'তিনি ১৯৯৯ থেকে ২০০৮ ও ২০১০ সালে দলে ছিলেন।',
      [
        ['১৯৯৯ থেকে ২০০৮', '1999// year', '2008// year'],
        ['২০১০ সালে', '2010// year', ''],
      ],
    ],
    ['তিনি ১৯৯৯ থেকে ২০০৮, পরে আবার দলে ছিলেন।', [['১৯৯৯ থেকে ২০০৮', '1999// year', '2008// year']]],
    ['তাঁর জীবনকাল (১০০০–১০৫০) ছিল।', [['১০০০–১০৫০', '1000// year', '1050// year']]],
    // number ranges that are no years: pages, units, percentages, codes
    ['বইটির পৃ. ১২০৪–১২১০ দেখুন।', []],
    ['উচ্চতা ১২০০–১৫০০ মিটার।', []],
    ['বৃদ্ধি ১২০০–১৫০০% হয়।', []],
    ['কোড ১৯৯৯-২০০৮-১০ দেখুন।', []],
    ['রেকর্ড ক-১৯৯৯-২০০৮ নম্বরে।', []],
    // two full dates: the end takes the start's year, the start the end's year and era
    ['শহরটি ১১ মার্চ ২০০১ থেকে ১৫ মার্চ পর্যন্ত বন্ধ ছিল।', [['১১ মার্চ ২০০১ থেকে ১৫ মার্চ', '2001/3/11 day', '2001/3/15 day']]],
    [
      'সিজার ১৫ মার্চ থেকে ২০ মার্চ ৪৪ খ্রিস্টপূর্বাব্দ পর্যন্ত ছিলেন।',
      [['১৫ মার্চ থেকে ২০ মার্চ ৪৪ খ্রিস্টপূর্বাব্দ', '-44/3/15 day', '-44/3/20 day']],
    ],
    [
      'নগরটি খ্রিস্টপূর্ব ৫০০ সাল থেকে ৪০০ সাল পর্যন্ত টিকে ছিল।',
      [['খ্রিস্টপূর্ব ৫০০ সাল থেকে ৪০০ সাল', '-500// year', '-400// year']],
    ],
    ['যুদ্ধ ১৯৩৬ সাল থেকে ৩৭ সাল পর্যন্ত চলে।', [['১৯৩৬ সাল থেকে ৩৭ সাল', '1936// year', '1937// year']]],
    ['তিনি ২৪ মে ১৮৯৯ থেকে আগস্ট ১৯৭৬ পর্যন্ত ছিলেন।', [['২৪ মে ১৮৯৯ থেকে আগস্ট ১৯৭৬', '1899/5/24 day', '1976/8/ month']]],
    ['মেলা ১০ তারিখ থেকে ১৫ মার্চ ২০১০ পর্যন্ত চলে।', [['১০ তারিখ থেকে ১৫ মার্চ ২০১০', '2010/3/10 day', '2010/3/15 day']]],
    // a day date then a bare day: the day of the same month, with its তারিখ
    [
      'শহরটি ২০১০ সালের মার্চ মাসের ১০ থেকে ১৩ তারিখ পর্যন্ত বন্ধ ছিল।',
      [['২০১০ সালের মার্চ মাসের ১০ থেকে ১৩ তারিখ', '2010/3/10 day', '2010/3/13 day']],
    ],
    ['শহরটি ১০ মার্চ ২০১০ থেকে ১৩ পর্যন্ত বন্ধ ছিল।', [['১০ মার্চ ২০১০ থেকে ১৩', '2010/3/10 day', '2010/3/13 day']]],
    ['শহরটি ২০১০ সালের মার্চ মাসের ১০ থেকে ৩২ তারিখ পর্যন্ত বন্ধ ছিল।', [['২০১০ সালের মার্চ মাসের ১০', '2010/3/10 day', '']]],
    // a circa word before the end is part of the range: সি., আনু.
    ['তিনি ১৯৪০ সাল থেকে সি. ১৯৫৫ সাল পর্যন্ত সেখানে ছিলেন।', [['১৯৪০ সাল থেকে সি. ১৯৫৫ সাল', '1940// year', '1955// year']]],
    ['তিনি ১৯৪০ সাল থেকে আনু. ১৯৫৫ সাল পর্যন্ত সেখানে ছিলেন।', [['১৯৪০ সাল থেকে আনু. ১৯৫৫ সাল', '1940// year', '1955// year']]],
  ] as const)('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  test('a range across new year in a BCE year starts in the year before it: ডিসেম্বর – ১৫ জানুয়ারি ৪৪ খ্রীষ্টপূর্বাব্দে', () => {
    // the year before 44 BCE is 45 BCE (it used to give 43 BCE, a start after the end)
    const [m] = extractDates('সফরটি ডিসেম্বর – ১৫ জানুয়ারি ৪৪ খ্রীষ্টপূর্বাব্দে শেষ হয়।');
    expect([m!.text, v(m!.value), v(m!.rangeEnd), m!.invalid]).toEqual([
      'ডিসেম্বর – ১৫ জানুয়ারি ৪৪ খ্রীষ্টপূর্বাব্দে',
      '-45/12/ month',
      '-44/1/15 day',
      undefined,
    ]);
  });

  test('a part of the start before থেকে makes the range approximate: ১৯৪০ সালের শুরু থেকে', () => {
    const [m] = extractDates('তিনি ১৯৪০ সালের শুরু থেকে ১৯৫৫ সাল পর্যন্ত সেখানে ছিলেন।');
    expect([m!.text, v(m!.value), v(m!.rangeEnd), m!.approx]).toEqual([
      '১৯৪০ সালের শুরু থেকে ১৯৫৫ সাল',
      '1940// year',
      '1955// year',
      true,
    ]);
    expect(extractDates('তিনি ১৯৪০ সাল থেকে ১৯৫৫ সাল পর্যন্ত সেখানে ছিলেন।')[0]!.approx).toBe(false);
  });

  test('a two-digit decade range takes its century from the narrative: ৬০-৭০ এর দশকে', () => {
    const [m] = extractDates('গানগুলো ৬০-৭০ এর দশকে জনপ্রিয় হয়।');
    expect([m!.text, v(m!.value), v(m!.rangeEnd), m!.relative]).toEqual([
      '৬০-৭০ এর দশকে',
      '1960// decade',
      '1970// decade',
      true,
    ]);
    const [, n] = extractDates('১৮৯০ সালে তিনি জন্মান। ৬০-৭০ এর দশকে গানগুলো জনপ্রিয় হয়।');
    expect([v(n!.value), v(n!.rangeEnd)]).toEqual(['1860// decade', '1870// decade']);
  });

  test('a range across new year of the narrative’s months starts a year earlier: সেপ্টেম্বর-জানুয়ারি মাসে', () => {
    const found = extractDates('১৯৭১ সালে যুদ্ধ হয়। সেপ্টেম্বর-জানুয়ারি মাসে শহরটি অবরুদ্ধ ছিল।');
    expect(found.map((m) => [m.text, v(m.value), v(m.rangeEnd), m.relative])).toEqual([
      ['১৯৭১ সালে', '1971// year', '', false],
      ['সেপ্টেম্বর-জানুয়ারি', '1970/9/ month', '1971/1/ month', true],
    ]);
  });

  test('the end of a relative start shares its year: একই বছরের ১৮ জুলাই থেকে ২৩ অক্টোবর', () => {
    const found = extractDates('১৯৭১ সালে যুদ্ধ হয়। একই বছরের ১৮ জুলাই থেকে ২৩ অক্টোবর পর্যন্ত শহরটি অবরুদ্ধ ছিল।');
    expect(found.map((m) => [m.text, v(m.value), v(m.rangeEnd), m.relative])).toEqual([
      ['১৯৭১ সালে', '1971// year', '', false],
      ['একই বছরের ১৮ জুলাই থেকে ২৩ অক্টোবর', '1971/7/18 day', '1971/10/23 day', true],
    ]);
  });

  test('a Bengali-calendar range keeps its calendar on both ends, whichever side has the year', () => {
    for (const text of ['মেলা ১০ বৈশাখ থেকে ২০ বৈশাখ ১৪২০ পর্যন্ত চলে।', 'মেলা ১০ বৈশাখ ১৪২০ থেকে ২০ বৈশাখ পর্যন্ত চলে।']) {
      const [m] = extractDates(text);
      const end = m!.rangeEnd as DateValue;
      expect([m!.value.calendar, v(m!.value), end.calendar, v(end)]).toEqual([
        'bengali',
        '1420/1/10 day',
        'bengali',
        '1420/1/20 day',
      ]);
    }
  });
});

describe('lifespans in parentheses with three-digit years', () => {
  test.each([
    ['রাজা (৪৭৬–৫৫০) ছিলেন।', [['৪৭৬–৫৫০', '476// year', '550// year']], false],
    ['(৪৭৬–৫৫০) রাজার সময়কাল।', [['৪৭৬–৫৫০', '476// year', '550// year']], false],
    ['রাজা (৯৮০–১০৩৭) ছিলেন।', [['৯৮০–১০৩৭', '980// year', '1037// year']], false],
    ['রাজা (প্রায় ৪৭৬–৫৫০) ছিলেন।', [['৪৭৬–৫৫০', '476// year', '550// year']], true],
    ['রাজা (আনু ৪৭৬–৫৫০) ছিলেন।', [['৪৭৬–৫৫০', '476// year', '550// year']], true],
    ['রাজা (আনু. ৪৭৬–৫৫০) ছিলেন।', [['৪৭৬–৫৫০', '476// year', '550// year']], true],
    // at most 120 years, the end after the start, closed by its parenthesis
    ['রাজা (৪৭৬–৫৯৬) ছিলেন।', [['৪৭৬–৫৯৬', '476// year', '596// year']], false],
    ['রাজা (৪৭৬–৫৯৭) ছিলেন।', [], false],
    ['রাজা (৪৭৬–৪৭৬) ছিলেন।', [], false],
    ['রাজা (৪৭৬–৫৫০ ছিলেন।', [], false],
    ['রাজা ৪৭৬–৫৫০ জন সৈন্য নিয়ে যান।', [], false],
  ] as const)('%s', (text, want, approx) => {
    expect(read(text)).toEqual(want);
    if (want.length) expect(extractDates(text)[0]!.approx).toBe(approx);
  });
});

describe('coordination inside a sentence', () => {
  const withFlags = (text: string) =>
    extractDates(text).map((m) => [m.text, v(m.value), m.approx, m.relative] as const);

  test('two days share the month and year; ও is no alternative: ১ ও ২ মার্চ ২০১৫', () => {
    expect(withFlags('সভা ১ ও ২ মার্চ ২০১৫ তারিখে হয়।')).toEqual([
      ['১', '2015/3/1 day', false, false],
      ['২ মার্চ ২০১৫', '2015/3/2 day', false, false],
    ]);
  });

  test('months share the year after them; বা makes both approximate', () => {
    expect(withFlags('তিনি জুন ও জুলাই ১৯৭১ সালে সেখানে ছিলেন।')).toEqual([
      ['জুন', '1971/6/ month', false, false],
      ['জুলাই ১৯৭১ সালে', '1971/7/ month', false, false],
    ]);
    expect(withFlags('তিনি আগস্ট বা সেপ্টেম্বর ১৫৭৮ সালে মারা যান।')).toEqual([
      ['আগস্ট', '1578/8/ month', true, false],
      ['সেপ্টেম্বর ১৫৭৮ সালে', '1578/9/ month', true, false],
    ]);
    // a Bengali month does not take a Gregorian month's year
    expect(withFlags('তিনি বৈশাখ ও জুলাই ১৯৭১ সালে সেখানে ছিলেন।')).toEqual([
      ['জুলাই ১৯৭১ সালে', '1971/7/ month', false, false],
    ]);
  });

  test('a month before a day date takes its year: জুন ও ১৫ জুলাই ১৯৭১', () => {
    // the month was dropped before
    expect(withFlags('তিনি জুন ও ১৫ জুলাই ১৯৭১ সালে সেখানে ছিলেন।')).toEqual([
      ['জুন', '1971/6/ month', false, false],
      ['১৫ জুলাই ১৯৭১ সালে', '1971/7/15 day', false, false],
    ]);
  });

  test('two months before মাসে are both months of the narrative year: জুন ও জুলাই মাসে', () => {
    // the first month was dropped before (`জুন মাস ও জুলাই মাসে` gave both)
    expect(withFlags('১৯৭১ সালে যুদ্ধ হয়। জুন ও জুলাই মাসে বন্যা হয়।')).toEqual([
      ['১৯৭১ সালে', '1971// year', false, false],
      ['জুন', '1971/6/ month', false, true],
      ['জুলাই', '1971/7/ month', false, true],
    ]);
    expect(withFlags('১৯৭১ সালে যুদ্ধ হয়। জুন বা জুলাই মাসে বন্যা হয়।').slice(1)).toEqual([
      ['জুন', '1971/6/ month', true, true],
      ['জুলাই', '1971/7/ month', true, true],
    ]);
  });

  test('a month after a day date takes the year before it, from the narrative: ৫ সেপ্টেম্বর ও অক্টোবর', () => {
    expect(withFlags('১৬১০ সালের ৫ সেপ্টেম্বর ও অক্টোবর মাসে দুটি সভা হয়।')).toEqual([
      ['১৬১০ সালের ৫ সেপ্টেম্বর', '1610/9/5 day', false, false],
      ['অক্টোবর', '1610/10/ month', false, true],
    ]);
  });

  test('two full dates joined by বা are alternatives; by ও, two dates', () => {
    expect(withFlags('তিনি ১৯৭১ সালে বা ১৯৭২ সালে জন্মান।')).toEqual([
      ['১৯৭১ সালে', '1971// year', true, false],
      ['১৯৭২ সালে', '1972// year', true, false],
    ]);
    expect(withFlags('তিনি ১৯৭১ সালে ও ১৯৭২ সালে সেখানে যান।')).toEqual([
      ['১৯৭১ সালে', '1971// year', false, false],
      ['১৯৭২ সালে', '1972// year', false, false],
    ]);
    // "between" needs ও/এবং: বা before মধ্যে leaves two alternatives
    expect(withFlags('নির্বাচন জুলাই ১৯৮৫ বা জুলাই ১৯৯০ এর মধ্যে হয়।')).toEqual([
      ['জুলাই ১৯৮৫', '1985/7/ month', true, false],
      ['জুলাই ১৯৯০ এর', '1990/7/ month', true, false],
    ]);
  });

  test('"between" two coordinated centuries makes one range: খ্রিস্টপূর্ব ৫ম ও ২য় শতকের মধ্যবর্তী', () => {
    expect(read('এই রীতি খ্রিস্টপূর্ব ৫ম ও ২য় শতকের মধ্যবর্তী সময়ে গড়ে ওঠে।')).toEqual([
      ['খ্রিস্টপূর্ব ৫ম ও ২য় শতকের', '-500// century', '-200// century'],
    ]);
    expect(read('এই রীতি ১৬ ও ১৭ শতকে ছড়ায়।')).toEqual([
      ['১৬', '1500// century', ''],
      ['১৭ শতকে', '1600// century', ''],
    ]);
  });
});

describe('bounds of the range readings', () => {
  test.each([
    // two-digit days, the 31st as an end
    ['মেলা ১২–২১ মার্চ ২০১০ তারিখে হয়।', [['১২–২১ মার্চ ২০১০', '2010/3/12 day', '2010/3/21 day']]],
    [
      'শহরটি ২০১০ সালের মার্চ মাসের ১০ থেকে ৩১ তারিখ পর্যন্ত বন্ধ ছিল।',
      [['২০১০ সালের মার্চ মাসের ১০ থেকে ৩১ তারিখ', '2010/3/10 day', '2010/3/31 day']],
    ],
    // two bare years joined by a dash: at most 300 years apart, 1000 alone in their parentheses
    ['সময়কাল ১৭০০–২০০০ ধরা হয়।', [['১৭০০–২০০০', '1700// year', '2000// year']]],
    ['সময়কাল ১৭০০–২০০১ ধরা হয়।', []],
    ['সময়কাল (১০০১–২০০১) ধরা হয়।', [['১০০১–২০০১', '1001// year', '2001// year']]],
    ['সময়কাল (১০০০–২০০১) ধরা হয়।', []],
    // a three-digit end is no year after a four-digit start
    ['তাঁর জীবনকাল তালিকায় ১৯৯৯ থেকে ৯৯৯ পর্যন্ত লেখা।', [['১৯৯৯', '1999// year', '']]],
    // 2100 is still a year
    ['পরিকল্পনাটি জানুয়ারি ২০৮০-২১০০ সময়ের জন্য।', [['জানুয়ারি ২০৮০-২১০০', '2080/1/ month', '2100// year']]],
    // BCE years count down: an ascending pair before খ্রিস্টপূর্বাব্দ is no range
    ['শাসনকাল ৬৫ থেকে ৯৫ খ্রিস্টপূর্বাব্দ বলে লেখা।', [['৯৫ খ্রিস্টপূর্বাব্দ', '-95// year', '']]],
    // from a BCE year to a CE year: the end keeps its own era
    [
      'সাম্রাজ্যটি খ্রিস্টপূর্ব ৫০ সাল থেকে ৫০ খ্রিস্টাব্দ পর্যন্ত টিকে ছিল।',
      [['খ্রিস্টপূর্ব ৫০ সাল থেকে ৫০ খ্রিস্টাব্দ', '-50// year', '50// year']],
    ],
    // a day then a month with a dash (not only with থেকে)
    ['তিনি ২৪ মে ১৮৯৯ – আগস্ট ১৯৭৬ সময়ে ছিলেন।', [['২৪ মে ১৮৯৯ – আগস্ট ১৯৭৬', '1899/5/24 day', '1976/8/ month']]],
    // months of two calendars make no range, with or without parentheses
    ['প্রকল্পটি (বৈশাখ - জুন) চলে।', []],
    ['প্রকল্পটি (এপ্রিল - জুন) চলে।', [['এপ্রিল - জুন', 'null/4/ month', 'null/6/ month']]],
    // backwards "between" is two dates
    [
      'নির্বাচন জুলাই ১৯৯০ এবং জুলাই ১৯৮৫ এর মধ্যে হয়।',
      [
        ['জুলাই ১৯৯০', '1990/7/ month', ''],
        ['জুলাই ১৯৮৫ এর', '1985/7/ month', ''],
      ],
    ],
  ] as const)('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  test('a pair of bare numbers after থেকে without an end word is no range: ১২০০ থেকে ১৫০০ প্রজাতির', () => {
    expect(extractDates('বনে ১২০০ থেকে ১৫০০ প্রজাতির পাখি আছে।').filter((m) => m.rangeEnd)).toEqual([]);
  });

  test('a Bengali-calendar year range starts in the Bengali calendar: ১৩৫০ থেকে ১৩৫২ বঙ্গাব্দ', () => {
    const [m] = extractDates('রাজ্যটি ১৩৫০ থেকে ১৩৫২ বঙ্গাব্দ পর্যন্ত টিকে ছিল।');
    expect([m!.text, m!.value.year, m!.value.calendar, (m!.rangeEnd as DateValue).calendar]).toEqual([
      '১৩৫০ থেকে ১৩৫২ বঙ্গাব্দ',
      1350,
      'bengali',
      'bengali',
    ]);
  });

  test('a two-digit decade start of a year range is relative: ৮০-এর দশক থেকে ১৯৯৫ সাল', () => {
    const [m] = extractDates('তিনি ৮০-এর দশক থেকে ১৯৯৫ সাল পর্যন্ত গান করেন।');
    expect([m!.text, v(m!.value), v(m!.rangeEnd), m!.relative]).toEqual([
      '৮০-এর দশক থেকে ১৯৯৫ সাল',
      '1980// decade',
      '1995// year',
      true,
    ]);
  });

  test('a relative start shares its year only with an end that names none', () => {
    const text = (end: string) => `১৯৭১ সালে যুদ্ধ হয়। একই বছরের ১৮ জুলাই থেকে ${end} পর্যন্ত শহরটি অবরুদ্ধ ছিল।`;
    expect(read(text('২৩ অক্টোবর ১৯৮০')).slice(1)).toEqual([
      ['একই বছরের ১৮ জুলাই', '1971/7/18 day', ''],
      ['২৩ অক্টোবর ১৯৮০', '1980/10/23 day', ''],
    ]);
    expect(read(text('পরের বছরের ২৩ অক্টোবর')).slice(1)).toEqual([
      ['একই বছরের ১৮ জুলাই', '1971/7/18 day', ''],
      ['পরের বছরের ২৩ অক্টোবর', '1972/10/23 day', ''],
    ]);
    expect(read('১৯৭১ সালে যুদ্ধ হয়। একই বছরের জুলাই থেকে অক্টোবর পর্যন্ত শহরটি অবরুদ্ধ ছিল।').slice(1)).toEqual([
      ['একই বছরের জুলাই থেকে অক্টোবর', '1971/7/ month', '1971/10/ month'],
    ]);
  });

  test('months of two calendars make no lone range: বৈশাখ–জুলাই মাসে', () => {
    expect(read('১৯৭১ সালে যুদ্ধ হয়। বৈশাখ–জুলাই মাসে বন্যা হয়।')).toEqual([
      ['১৯৭১ সালে', '1971// year', ''],
      ['জুলাই', '1971/7/ month', ''],
    ]);
  });

  test('a Bengali month coordinated with a Gregorian month does not take its year', () => {
    expect(read('১৬১০ সালের সেপ্টেম্বর ও আশ্বিন মাসে দুটি সভা হয়।')).toEqual([['১৬১০ সালের সেপ্টেম্বর', '1610/9/ month', '']]);
  });

  test('the first of two coordinated digit centuries: ১ম ও ২য় শতকে', () => {
    expect(read('এটি ১ম ও ২য় শতকে লেখা।')).toEqual([
      ['১ম', '1// century', ''],
      ['২য় শতকে', '100// century', ''],
    ]);
  });

  test('a three-digit number in parentheses is a year only without a suffix or a page word', () => {
    const ctx = '৮৫০ খ্রিস্টাব্দে নগরটি গড়ে ওঠে। ';
    expect(read(`${ctx}পরে রাজা একটি মন্দির (৮৬৫) নির্মাণ করেন।`)).toEqual([
      ['৮৫০ খ্রিস্টাব্দে', '850// year', ''],
      ['৮৬৫', '865// year', ''],
    ]);
    expect(read(`${ctx}সংগ্রহে (৮৬৫টি) মুদ্রা আছে।`)).toEqual([['৮৫০ খ্রিস্টাব্দে', '850// year', '']]);
    expect(read(`${ctx}বইটির পৃ. (৮৬৫) দেখুন।`)).toEqual([['৮৫০ খ্রিস্টাব্দে', '850// year', '']]);
  });
});

describe('coordination and ranges: what each side takes from the other', () => {
  test('two digit centuries with a slash are two centuries: ১৯/২০ শতকে', () => {
    // the first one was dropped before (the word form `উনবিংশ/বিংশ শতাব্দীতে` gave both)
    expect(read('এই রীতি ১৯/২০ শতকে গড়ে ওঠে।')).toEqual([
      ['১৯', '1800// century', ''],
      ['২০ শতকে', '1900// century', ''],
    ]);
  });

  test('a range of digit ordinal centuries from the first: ১ম থেকে ৩য় শতক', () => {
    expect(read('এই রীতি ১ম থেকে ৩য় শতক পর্যন্ত চলে।')).toEqual([['১ম থেকে ৩য় শতক', '1// century', '200// century']]);
  });

  test('a year with সাল in a range with a বঙ্গাব্দ year is a Bengali year, on either side', () => {
    for (const [text, surface] of [
      ['রাজ্যটি ১৩৫০ সাল থেকে ১৩৫২ বঙ্গাব্দ পর্যন্ত টিকে ছিল।', '১৩৫০ সাল থেকে ১৩৫২ বঙ্গাব্দ'],
      ['রাজ্যটি ১৩৫০ বঙ্গাব্দ থেকে ১৩৫২ সাল পর্যন্ত টিকে ছিল।', '১৩৫০ বঙ্গাব্দ থেকে ১৩৫২ সাল'],
    ]) {
      const [m] = extractDates(text!);
      expect([
        m!.text,
        m!.value.year,
        m!.value.calendar,
        (m!.rangeEnd as DateValue).year,
        (m!.rangeEnd as DateValue).calendar,
      ]).toEqual([surface, 1350, 'bengali', 1352, 'bengali']);
    }
  });

  test('a relative end after থেকে is its own date, read after the start: ১৯৭৫ সাল থেকে পরের বছর', () => {
    expect(read('১৯৭১ সালে যুদ্ধ হয়। ১৯৭৫ সাল থেকে পরের বছর পর্যন্ত শান্তি ছিল।')).toEqual([
      ['১৯৭১ সালে', '1971// year', ''],
      ['১৯৭৫ সাল', '1975// year', ''],
      ['পরের বছর', '1976// year', ''],
    ]);
  });

  test('a bare month after a day date and ও takes the date’s year: ৫ সেপ্টেম্বর ও অক্টোবর।', () => {
    expect(read('সভা দুটি ১৬১০ সালের ৫ সেপ্টেম্বর ও অক্টোবর।')).toEqual([
      ['১৬১০ সালের ৫ সেপ্টেম্বর', '1610/9/5 day', ''],
      ['অক্টোবর', '1610/10/ month', ''],
    ]);
  });

  test('two bare months without মাসে or a year are no dates: জুন ও জুলাই', () => {
    expect(read('১৯৭১ সালে যুদ্ধ হয়। জুন ও জুলাই ঘটনাবহুল ছিল।')).toEqual([['১৯৭১ সালে', '1971// year', '']]);
  });
});
