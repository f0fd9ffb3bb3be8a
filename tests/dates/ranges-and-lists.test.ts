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
