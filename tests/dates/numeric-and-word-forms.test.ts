// Dates in digits only and years in words: `২৭/০৭/২০২০` (day/month/year), `2020-07-27` (ISO), `০৫.১১.১৯৯৮`,
// seasons `১৯৯৫/৯৬` (the second year must follow the first); centuries by ordinal, digit or word (`১৯শ শতক`,
// `পনের শতকের`), not counts (`প্রায় ৪ শতাব্দীর`, `এক শতাব্দীর`); years in words (`উনিশশো বাহাত্তর সালে`) and
// two-digit years and decades whose century is the one nearest the narrative's year (`একাত্তরের` after 1860 → 1871).
import { describe, expect, test } from 'vitest';
import { extractDates, type DateValue } from '../../src/dates/index.js';

type End = DateValue | { present: true } | undefined;
const v = (x: End) => (!x || 'present' in x ? '' : `${x.year}/${x.month ?? ''}/${x.day ?? ''} ${x.precision}`);
const read = (text: string) => extractDates(text).map((m) => [m.text, v(m.value), v(m.rangeEnd)]);

describe('numeric dates', () => {
  test.each([
    ['২৭/০৭/২০২০', [['২৭/০৭/২০২০', '2020/7/27 day', '']]],
    ['2020-07-27', [['2020-07-27', '2020/7/27 day', '']]],
    ['০৫.১১.১৯৯৮', [['০৫.১১.১৯৯৮', '1998/11/5 day', '']]],
    ['২৩-০৬-২০১০', [['২৩-০৬-২০১০', '2010/6/23 day', '']]],
    ['১৯৯৫/৯৬', [['১৯৯৫/৯৬', '1995// year', '1996// year']]],
    ['১৯৯৯/০০', [['১৯৯৯/০০', '1999// year', '2000// year']]],
    ['২০০০/২০০১', [['২০০০/২০০১', '2000// year', '2001// year']]],
    // the bounds: first and last day and month
    ['৩১/১২/২০২০', [['৩১/১২/২০২০', '2020/12/31 day', '']]],
    ['০১/০১/২০২০', [['০১/০১/২০২০', '2020/1/1 day', '']]],
    ['2020-12-31', [['2020-12-31', '2020/12/31 day', '']]],
    ['2020-01-01', [['2020-01-01', '2020/1/1 day', '']]],
    ['৩১.১২.১৯৯৮', [['৩১.১২.১৯৯৮', '1998/12/31 day', '']]],
    ['০১.০১.১৯৯৮', [['০১.০১.১৯৯৮', '1998/1/1 day', '']]],
    // a dot after the year ends the sentence
    ['১২.১২.১৯৯৮.', [['১২.১২.১৯৯৮', '1998/12/12 day', '']]],
    // a one-digit day, with dots or slashes; a full second year of a season
    ['৫.১১.১৯৯৮', [['৫.১১.১৯৯৮', '1998/11/5 day', '']]],
    ['৫/১১/১৯৯৮', [['৫/১১/১৯৯৮', '1998/11/5 day', '']]],
    ['১৯৯৯/২০০০', [['১৯৯৯/২০০০', '1999// year', '2000// year']]],
  ] as const)('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  test.each([
    ['day 32', '৩২/০৭/২০২০'],
    ['month 13', '২৭/১৩/২০২০'],
    ['ISO month 13', '2020-13-27'],
    ['ISO day 32', '2020-07-32'],
    ['mixed separators', '২৩.০৬-২০১০'],
    ['a season two years long', '১৯৯৫/৯৭'],
    ['a season two years long, in full', '২০০০/২০০২'],
    ['day 0', '০০/০১/২০২০'],
    ['month 0', '০১/০০/২০২০'],
    ['a three-digit day', '১২৩/০৭/২০২০'],
    ['a three-digit month', '১২/১২৩/২০২০'],
    ['a five-digit year', '১২/০৭/২০২০৫'],
    ['a three-digit year', '১২/০৭/২০২'],
    ['spaced slashes', '২৭ / ০৭ / ২০২০'],
    ['a slash then a dash', '২৭/০৭-২০২০'],
    ['ISO month 0', '2020-00-10'],
    ['ISO day 0', '2020-10-00'],
    ['an ISO three-digit month', '2020-010-10'],
    ['an ISO three-digit day', '2020-10-010'],
    ['an ISO three-digit year', '202-10-10'],
    ['ISO with slashes', '2020/10/10'],
    ['dotted day 32', '৩২.১২.১৯৯৮'],
    ['dotted month 13', '১২.১৩.১৯৯৮'],
    ['dotted month 0', '১২.০০.১৯৯৮'],
    ['dotted day 0', '০০.১২.১৯৯৮'],
    ['a dotted three-digit day', '১২৩.১২.১৯৯৮'],
    ['a dotted three-digit month', '১২.১২৩.১৯৯৮'],
    ['a dot then a dash', '১২.১২-১৯৯৮'],
    ['a space before the first dot', '১২ .১২.১৯৯৮'],
    ['a spaced season slash', '১৯৯৫ /৯৬'],
    ['a season slash before a space', '১৯৯৫/ ৯৬'],
    ['a season with a case ending', '১৯৯৫/৯৬তে'],
    ['a three-digit season start', '৯৯৫/৯৬'],
    ['an ISO one-digit month', '২০২০-৭-২৭'],
    ['an ISO one-digit day', '২০২০-০৭-৭'],
    ['a dotted two-digit year', '০৫.১১.৯৮'],
    ['a dotted year with a case ending', '০৫.১১.১৯৯৮তে'],
    ['a season start with a classifier', '১৯৯৫টি/৯৬'],
    ['a season end with a classifier', '১৯৯৫/৯৬টি'],
  ])('no date: %s', (_, text) => {
    expect(extractDates(text)).toEqual([]);
  });
});

describe('centuries', () => {
  test.each([
    ['১৯শ শতক', 1800],
    ['৭ম শতকে', 600],
    ['৪ শতকের', 300],
    ['৪র্থ শতাব্দীর', 300],
    ['পনের শতকের', 1400],
    ['ঊনবিংশ শতাব্দীতে', 1800],
  ])('%s → the century starting %i', (text, year) => {
    const [m, ...rest] = extractDates(text);
    expect(rest).toEqual([]);
    expect([m!.text, m!.value.year, m!.value.precision]).toEqual([text, year, 'century']);
  });

  test.each([
    ['a count of centuries', 'প্রায় ৪ শতাব্দীর'],
    ['a duration', 'এক শতাব্দীর'],
    ['past the 30th', '৩১শ শতকে'],
  ])('no date: %s', (_, text) => {
    expect(extractDates(text)).toEqual([]);
  });
});

describe('years in words', () => {
  test.each([
    ['উনিশশো বাহাত্তর সালে', '1972// year'],
    ['দুই হাজার বারো সালে', '2012// year'],
    ['উনিশশো একাত্তর সালের মার্চে', '1971/3/ month'],
    ['বাহাত্তর সালে', '1972// year'],
    ['একাত্তরের যুদ্ধ', '1971// year'],
    ['আশির দশকের', '1980// decade'],
    ['নব্বইয়ের দশকে', '1990// decade'],
    // the hundreds in one word or two (`উনিশ শো`, `উনিশ শ`), from ten hundred to twenty hundred
    ['উনিশ শো বাহাত্তর সালে', '1972// year'],
    ['উনিশ শ একাত্তর সালে', '1971// year'],
    ['উনিশশ সাতচল্লিশ সালে', '1947// year'],
    ['আঠারোশো সাতান্ন সালে', '1857// year'],
    ['দশশো সালে', '1000// year'],
    ['বিশশো সালে', '2000// year'],
    // thousands: one or two
    ['এক হাজার সালে', '1000// year'],
    ['দুই হাজার সালে', '2000// year'],
    ['দুই হাজার এক সালে', '2001// year'],
    // colloquial two-digit years with a case ending, above 31 (below, they are days: `একত্রিশে`)
    ['বত্রিশের আন্দোলন', '1932// year'],
    ['বাহাত্তরে সংবিধান', '1972// year'],
    ['পঁয়ষট্টিতে যুদ্ধ', '1965// year'],
  ])('%s', (text, value) => {
    expect(extractDates(text).map((m) => v(m.value))).toEqual([value]);
  });

  test.each([
    ['a sum of money', 'দুই হাজার টাকা'],
    ['a count', 'এক হাজার দুই'],
    ['a comparison', 'পঞ্চাশের বেশি'],
    ['twenty-one hundred is past the hundreds read', 'একুশশো সালে'],
    ['nine hundred is no year in words', 'নয়শো সালে'],
    ['three thousand', 'তিন হাজার সালে'],
    ['a round tens word is a decade word, not a year', 'চল্লিশের আন্দোলন'],
    ['thirty-one is a day', 'একত্রিশের দিন'],
    ['hundreds with no marker after them', 'উনিশ শো বাহাত্তর'],
  ])('no date: %s', (_, text) => {
    expect(extractDates(text)).toEqual([]);
  });
});

describe('the century of two-digit years and decades: the one nearest the narrative', () => {
  test.each([
    ['১৮৬০ সালে জন্ম। একাত্তরের যুদ্ধে যান।', 1871],
    ['১৮৭৫ সালে জন্ম। ৮০-র দশকে খ্যাতি পান।', 1880],
    ['১৮৭৫ সালে জন্ম। আশির দশকে খ্যাতি পান।', 1880],
    ['১৯৯৫ সালে জন্ম। ০৫-এর দশকে খ্যাতি।', 2005],
    ['১৯০৫ সালে। ৯৫-এর দশকে।', 1895],
    ['২০৯৫ সালে। ১০-এর দশকে।', 2110],
  ])('%s → %i', (text, year) => {
    const got = extractDates(text);
    expect(got).toHaveLength(2);
    expect([got[1]!.value.year, got[1]!.relative]).toEqual([year, true]);
  });

  test('with no year before them, the 1900s', () => {
    expect(extractDates('একাত্তরের যুদ্ধে যান।').map((m) => m.value.year)).toEqual([1971]);
    expect(extractDates('৮০-র দশকে খ্যাতি পান।').map((m) => m.value.year)).toEqual([1980]);
  });
});

describe('centuries: the limits of an ordinal and a cardinal word', () => {
  test.each([
    // ORD_NUM_MAX: the 30th century is the last read (`৩১শ শতকে` is none)
    ['৩০শ শতকে', 2900],
    ['ত্রিশ শতকে', 2900],
    // a cardinal word of ten or more before the century noun
    ['দশ শতকের', 900],
    // a circa word before an ordinal with its suffix still leaves a century (only a bare digit is a count)
    ['প্রায় ৪র্থ শতাব্দীর', 300],
  ])('%s → the century starting %i', (text, year) => {
    const got = extractDates(text);
    expect(got.map((m) => [m.value.year, m.value.precision])).toEqual([[year, 'century']]);
  });

  test.each([
    ['a cardinal below ten is a count', 'নয় শতকের'],
    ['the 31st in words', 'একত্রিশ শতকে'],
    ['century zero', '০ শতকে'],
    ['a three-digit number', '১৯০ শতকে'],
    ['a classifier, not an ordinal suffix', '১৯টি শতক'],
    ['an ordinal with no century noun', '১৯শ'],
    ['a count glued to the century noun', 'প্রায় ১৮শতকে'],
  ])('no date: %s', (_, text) => {
    expect(extractDates(text)).toEqual([]);
  });
});

describe('the decade of a century', () => {
  test.each([
    // a tens word names the decade: the 50s of the 19th century
    ['উনবিংশ শতাব্দীর পঞ্চাশের দশকে', 1850],
    ['১৯শ শতকের আশির দশকে', 1880],
    // an ordinal names the nth decade: the 2nd is 1910, the 10th 1990, শেষ the last
    ['বিংশ শতাব্দীর দ্বিতীয় দশকে', 1910],
    ['বিংশ শতাব্দীর দশম দশকে', 1990],
    ['বিংশ শতাব্দীর শেষ দশক', 1990],
  ])('%s → the decade starting %i', (text, year) => {
    const got = extractDates(text);
    expect(got.map((m) => [m.text, m.value.year, m.value.precision, m.value.era])).toEqual([
      [text, year, 'decade', 'CE'],
    ]);
  });

  test('without the decade noun the ordinal is not read: `বিংশ শতাব্দীর শেষ` is the century', () => {
    expect(extractDates('বিংশ শতাব্দীর শেষ').map((m) => [m.text, m.value.year, m.value.precision])).toEqual([
      ['বিংশ শতাব্দীর', 1900, 'century'],
    ]);
  });

  test('a BCE century has no decade by ordinal: `খ্রিস্টপূর্ব ২য় শতকের প্রথম দশকে` stays the century', () => {
    expect(
      extractDates('খ্রিস্টপূর্ব ২য় শতকের প্রথম দশকে').map((m) => [m.text, m.value.year, m.value.precision, m.value.era]),
    ).toEqual([['খ্রিস্টপূর্ব ২য় শতকের', 200, 'century', 'BCE']]);
  });
});

describe('years in words: what a hundreds word needs', () => {
  test('a hundreds word alone is no year: `উনিশশো`', () => {
    expect(extractDates('উনিশশো')).toEqual([]);
  });
});
