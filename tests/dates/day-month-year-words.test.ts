// The small readers behind the forms (reader.ts): a day with its suffix glued or apart (`১লা`, `২রা`, `১১ ই`),
// day words (`পহেলা`, `সাতই`, `পঁচিশে`), two-word Hijri months (`রবিউল আউয়াল`), month abbreviations only beside a
// number (`ডিসে. ১৯৩৪`), calendar and era words before the year (`বাংলা ১৪২৫ সনে`, `খ্রিষ্টীয় ৪০০ অব্দে`), seasons
// and quarters after a year.
import { describe, expect, test } from 'vitest';
import { extractDates, type DateValue } from '../../src/dates/index.js';

type End = DateValue | { present: true } | undefined;
const v = (x: End) =>
  !x || 'present' in x
    ? ''
    : `${x.era === 'BCE' ? '-' : ''}${x.year}/${x.month ?? ''}/${x.day ?? ''} ${x.precision}${x.calendar === 'gregorian' ? '' : ` ${x.calendar}`}${x.season ? ` ${x.season}` : ''}`;
const read = (text: string) => extractDates(text).map((m) => [m.text, v(m.value), v(m.rangeEnd)]);

describe('days', () => {
  test.each([
    ['১লা জানুয়ারি ২০০০', '2000/1/1 day'],
    ['২রা মে ২০০০', '2000/5/2 day'],
    ['১১ ই জানুয়ারী ১৯৭২', '1972/1/11 day'],
    ['১১ ই জানু ১৯৭২', '1972/1/11 day'],
    ['সাতই মার্চ ১৯৭১', '1971/3/7 day'],
    ['পহেলা বৈশাখ ১৪৩০', '1430/1/1 day bengali'],
    ['১৯৭১ সালের মার্চের ২৫ তারিখে', '1971/3/25 day'],
    ['১৯৭১ সালের ২৫শে মার্চ রাতে', '1971/3/25 day'],
  ])('%s', (text, value) => {
    expect(read(text)).toEqual([[text.replace(/ রাতে$/, ''), value, '']]);
  });

  test('a day suffix written apart is read only before a month', () => {
    expect(read('১১ ই বই')).toEqual([]);
  });

  test('a number, a word that is no day suffix, then a month: no day (আহত ১০ জন জুন মাসে)', () => {
    expect(read('আহত ১০ জন জুন মাসে মারা যান')).toEqual([['জুন', 'null/6/ month', '']]);
  });

  test.each([
    ['day 32', '৩২শে মে ২০০০'],
    ['day 0', '০ই মে ২০০০'],
  ])('%s: only the month and year', (_, text) => {
    expect(read(text)).toEqual([['মে ২০০০', '2000/5/ month', '']]);
  });

  test('a Bengali day word with no year is a day of every year', () => {
    const [m] = extractDates('পঁচিশে বৈশাখ কবির জন্মদিন পালিত হয়।');
    expect([m!.text, m!.value.month, m!.value.day, m!.value.calendar, m!.recurring]).toEqual([
      'পঁচিশে বৈশাখ',
      1,
      25,
      'bengali',
      true,
    ]);
  });
});

describe('months', () => {
  test.each([
    ['১২ রবিউল আউয়াল ১৪০০ হিজরি', '1400/3/12 day hijri'],
    ['রবিউল আউয়াল ১৪০০ হিজরি', '1400/3/ month hijri'],
    ['ডিসে. ১৯৩৪', '1934/12/ month'],
    ['ডিসে ১৯৩৪', '1934/12/ month'],
    ['ডিসে.১৯৩৪', '1934/12/ month'],
    ['১২ রবিউল আউয়াল', 'null/3/12 day hijri'],
  ])('%s', (text, value) => {
    expect(read(text)).toEqual([[text, value, '']]);
  });

  test('an abbreviation is no month without a number beside it', () => {
    expect(read('ডিসে সালে')).toEqual([]);
  });
});

describe('words before the year', () => {
  test.each([
    ['বাংলা ১৪২৫ সনে', '1425// year bengali'],
    ['বঙ্গাব্দ ১৩৩৭, ২৬শে বৈশাখ', '1337/1/26 day bengali'],
    ['খ্রিষ্টীয় ৪০০ অব্দে', '400// year'],
    ['খ্রিস্টপূর্ব প্রায় ২০০০ অব্দের', '-2000// year'],
  ])('%s', (text, value) => {
    expect(read(text)).toEqual([[text, value, '']]);
  });

  test('পূর্ব after any word but খ্রি. is no era (দেশভাগ পূর্ব = pre-partition); খ্রি. alone is no BCE', () => {
    expect(read('দেশভাগ পূর্ব ১৯৪৬ সালে')).toEqual([['১৯৪৬ সালে', '1946// year', '']]);
    expect(read('খ্রি. ৩০০ সালে')).toEqual([['৩০০ সালে', '300// year', '']]);
  });

  test('a circa word between the era and the year makes the date approximate', () => {
    expect(extractDates('খ্রিস্টপূর্ব প্রায় ২০০০ অব্দের')[0]!.approx).toBe(true);
    expect(extractDates('খ্রিস্টপূর্ব ২০০০ অব্দের')[0]!.approx).toBe(false);
  });

  test('বাংলা before a year no Bengali date can have is a name (a newspaper): the year is Gregorian', () => {
    expect(read('দৈনিক বাংলা ১৯৭২ সালে')).toEqual([['১৯৭২ সালে', '1972// year', '']]);
  });
});

describe('seasons and quarters', () => {
  test.each([
    ['২০২০ সালের শীতকালে', [['২০২০ সালের শীতকালে', '2020// season winter', '']]],
    ['২০২০ সালের শরতে', [['২০২০ সালের শরতে', '2020// season autumn', '']]],
    ['২০১০ সালের দ্বিতীয় ত্রৈমাসিকে', [['২০১০ সালের দ্বিতীয় ত্রৈমাসিকে', '2010/4/ month', '2010/6/ month']]],
  ] as const)('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
