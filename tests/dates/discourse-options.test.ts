// The discourse a text starts with (options) and what a year-less date does without one:
// `previous` (the last date of the text before, in its own calendar) beats `referenceYear`; a Bengali or Hijri
// day takes only a year of its own calendar, else it is a day of every year; a three-digit year in parentheses
// is kept only within 300 years of the narrative; `bareYears` reads lone numbers as years (infobox date fields).
import { describe, expect, test } from 'vitest';
import { extractDates, type DateOptions, type DateValue } from '../../src/dates/index.js';

const y = (
  year: number | null,
  calendar: DateValue['calendar'] = 'gregorian',
  era: DateValue['era'] = 'CE',
): DateValue => ({
  year,
  era,
  calendar,
  precision: 'year',
});
const read = (text: string, options: DateOptions = {}) =>
  extractDates(text, options).map((m) => [m.text, m.value.year, m.value.calendar, !!m.relative, !!m.recurring]);

describe('previous and referenceYear', () => {
  test('a year-less day takes the previous date’s year, before the reference year', () => {
    expect(read('১৫ মার্চ সভা হয়।', { previous: y(1971) })).toEqual([['১৫ মার্চ', 1971, 'gregorian', true, false]]);
    expect(read('১৫ মার্চ সভা হয়।', { referenceYear: 2000 })).toEqual([['১৫ মার্চ', 2000, 'gregorian', true, false]]);
    expect(read('১৫ মার্চ সভা হয়।', { referenceYear: 2000, previous: y(1971) })).toEqual([
      ['১৫ মার্চ', 1971, 'gregorian', true, false],
    ]);
  });

  test('a previous date with no year, or a BCE one, gives no year', () => {
    expect(read('১৫ মার্চ সভা হয়।', { previous: y(null) })).toEqual([['১৫ মার্চ', null, 'gregorian', true, false]]);
    expect(read('১৫ মার্চ সভা হয়।', { previous: y(1971, 'gregorian', 'BCE') })).toEqual([
      ['১৫ মার্চ', null, 'gregorian', true, false],
    ]);
  });

  test('a previous day is the anchor of day offsets', () => {
    const [m] = extractDates('পরের দিন সভা হয়।', { previous: { ...y(1971), precision: 'day', month: 3, day: 25 } });
    expect([m!.value.year, m!.value.month, m!.value.day]).toEqual([1971, 3, 26]);
  });

  test('Bengali and Hijri days take only a year of their own calendar; without one they recur', () => {
    expect(read('২৬ বৈশাখ সভা হয়।', { previous: y(1337, 'bengali') })).toEqual([
      ['২৬ বৈশাখ', 1337, 'bengali', true, false],
    ]);
    expect(read('২৬ বৈশাখ সভা হয়।', { previous: y(1971) })).toEqual([['২৬ বৈশাখ', null, 'bengali', false, true]]);
    expect(read('২৭ রমজান সভা হয়।', { previous: y(1366, 'hijri') })).toEqual([['২৭ রমজান', 1366, 'hijri', true, false]]);
    expect(read('২৭ রমজান সভা হয়।', { previous: y(1971) })).toEqual([['২৭ রমজান', null, 'hijri', false, true]]);
  });

  test('a Bengali month takes the Bengali year named before it, and only that', () => {
    expect(read('১৩০৭ বঙ্গাব্দে জন্ম। বৈশাখ মাসে মেলা হয়।')).toEqual([
      ['১৩০৭ বঙ্গাব্দে', 1307, 'bengali', false, false],
      ['বৈশাখ', 1307, 'bengali', true, false],
    ]);
    expect(read('বৈশাখ মাসে মেলা হয়।', { referenceYear: 2000 })).toEqual([]);
  });
});

describe('year-less months and ranges', () => {
  test('a lone month is a month of the narrative year (or of none)', () => {
    expect(read('জুন মাসে সভা হয়।', { referenceYear: 2000 })).toEqual([['জুন', 2000, 'gregorian', true, false]]);
    expect(read('জুন মাসে সভা হয়।')).toEqual([['জুন', null, 'gregorian', true, false]]);
  });
  test('a month before a noun is a date only when the narrative has a year', () => {
    expect(read('নভেম্বরের নির্বাচনে জয়ী হন।')).toEqual([]);
    expect(read('নভেম্বরের নির্বাচনে জয়ী হন।', { referenceYear: 2000 })).toEqual([
      ['নভেম্বরের', 2000, 'gregorian', true, false],
    ]);
  });
  test('a month range with no year is a recurring period, no date; with one, a range of that year', () => {
    expect(read('মার্চ-মে মাসে বৃষ্টি হয়।')).toEqual([]);
    const [m] = extractDates('মার্চ-মে মাসে বৃষ্টি হয়।', { referenceYear: 2000 });
    expect([m!.value.year, m!.value.month, m!.rangeEnd]).toEqual([
      2000,
      3,
      { year: 2000, era: 'CE', calendar: 'gregorian', precision: 'month', month: 5 },
    ]);
  });
});

describe('recurring days', () => {
  test.each([
    ['প্রতি বছর ১৬ ডিসেম্বর বিজয় দিবস পালিত হয়।', '১৬ ডিসেম্বর'],
    ['পাকিস্তান দিবস (মার্চ ২৩) পালিত হয়।', 'মার্চ ২৩'],
    ['২৬ জানুয়ারি প্রজাতন্ত্র দিবস হিসেবে পালিত হয়।', '২৬ জানুয়ারি'],
  ])('%s', (text, span) => {
    expect(read(text, { referenceYear: 2000 })).toEqual([[span, null, 'gregorian', false, true]]);
  });
  test('a month that comes back every year is no date at all', () => {
    expect(read('প্রতিবছর জুলাই মাসে মেলা হয়।', { referenceYear: 2000 })).toEqual([]);
  });
  test('a dated day observed later in the sentence is a past day, not a recurring one', () => {
    expect(read('১৯৭১ সালের ১৪ ডিসেম্বর বুদ্ধিজীবীদের হত্যা করা হয়; এই দিনটি এখন শহীদ বুদ্ধিজীবী দিবস হিসেবে পালিত হয়।')).toEqual(
      [['১৯৭১ সালের ১৪ ডিসেম্বর', 1971, 'gregorian', false, false]],
    );
  });
});

describe('repeated and redundant years', () => {
  test('`ঐ বছর`, `একই বছরই` only repeat the year just named: no mention; `সেই বছরের শেষের দিকে` is one', () => {
    expect(read('ঐ বছর তিনি ঢাকায় যান।', { referenceYear: 2000 })).toEqual([]);
    expect(read('একই বছরই তিনি ঢাকায় যান।', { referenceYear: 2000 })).toEqual([]);
    expect(read('সেই বছরের শেষের দিকে তিনি ঢাকায় যান।', { referenceYear: 2000 })).toEqual([
      ['সেই বছরের', 2000, 'gregorian', true, false],
    ]);
  });
  test('a relative year followed by an explicit one: the explicit one says it', () => {
    expect(read('পরবর্তী বছর তিনি ১৫৪০ থেকে শাসন করেন।', { referenceYear: 1538 })).toEqual([
      ['১৫৪০', 1540, 'gregorian', false, false],
    ]);
  });
});

describe('three-digit years in parentheses and bare years', () => {
  test('kept within 300 years of the narrative year, either side', () => {
    expect(read('তিনি (৭১৭) লেখেন।', { referenceYear: 1017 })).toEqual([['৭১৭', 717, 'gregorian', false, false]]);
    expect(read('তিনি (৭১৭) লেখেন।', { referenceYear: 1018 })).toEqual([]);
    expect(read('তিনি (৭১৭) লেখেন।', { referenceYear: 417 })).toEqual([['৭১৭', 717, 'gregorian', false, false]]);
    expect(read('তিনি (৭১৭) লেখেন।', { referenceYear: 416 })).toEqual([]);
    expect(read('তিনি (৭১৭) লেখেন।')).toEqual([]);
    expect(read('৭১০ সালে জন্ম। তিনি (৭১৭) লেখেন।').map((m) => m[1])).toEqual([710, 717]);
    expect(read('১৯৭১ সালে জন্ম। তিনি (৭১৭) লেখেন।').map((m) => m[1])).toEqual([1971]);
  });
  test('bareYears reads a lone three-digit number, or a four-digit one before a word', () => {
    expect(read('৯৮৭', { bareYears: true })).toEqual([['৯৮৭', 987, 'gregorian', false, false]]);
    expect(read('৯৮৭')).toEqual([]);
    expect(read('১১৫৬ ক', { bareYears: true })).toEqual([['১১৫৬', 1156, 'gregorian', false, false]]);
    expect(read('১১৫৬ ক')).toEqual([]);
  });
});
