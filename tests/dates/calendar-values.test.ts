// What a found date's value says beyond its numbers: whether the day exists in its calendar (`invalid`:
// 30 February, 29 February 1900, 31 Kartik, 31 Ramadan; but 29 February 2000, 29 February 1700 Old Style,
// 31 Ashwin 1426), its Gregorian equivalent by precision (a Bengali or Hijri year or month is approximate,
// an Old Style date before 25 March may belong to the year before), and a range that ends before it starts.
import { describe, expect, test } from 'vitest';
import { extractDates, type DateMention } from '../../src/dates/index.js';

const one = (text: string): DateMention => {
  const all = extractDates(text);
  expect(all, text).toHaveLength(1);
  return all[0]!;
};

describe('days that do not exist', () => {
  test.each([
    ['৩০ ফেব্রুয়ারি ২০২০', true],
    ['২৯ ফেব্রুয়ারি ১৯০০', true], // a century year not divisible by 400
    ['২৯ ফেব্রুয়ারি ২০০০', false],
    ['২৯ ফেব্রুয়ারি ২০২৪', false],
    ['২৯ ফেব্রুয়ারি ২০২৩', true],
    ['৩১ এপ্রিল ১৯৭১', true],
    ['৩০ এপ্রিল ১৯৭১', false],
    ['৩১ এপ্রিল', true], // year-less: April never has 31 days
    ['২৯ ফেব্রুয়ারি', false], // year-less: February may have 29
    ['২৯ ফেব্রুয়ারি ১৭০০ পু. প.', false], // Julian: every fourth year is leap, 1700 too
    ['২৯ ফেব্রুয়ারি ১৭০১ পু. প.', true],
    ['৩১ আশ্বিন ১৪২৬', false], // 2019 rule: Ashwin has 31 days
    ['৩১ কার্তিক ১৪৩০', true],
    ['৩১ ফাল্গুন ১৪৩১', false], // Falgun had 31 days under the 1987 rule in a leap year: accepted for any year
    ['৩০ রমজান ১৪৪৪ হিজরি', false],
    ['৩১ রমজান ১৪৪৪ হিজরি', true],
    ['৩১ মহররম ১৪৪৫ হিজরি', true], // a Hijri month has 30 days at most, whatever its Gregorian namesake
    ['৩০ চৈত্র ১৪৩০', false],
    ['৩১ চৈত্র ১৪৩০', true], // Chaitra has 30 days under both rules
    ['৩০ মার্চ ১৭০১ পু. প.', false], // only February is short in the Julian calendar
    ['৩০ এপ্রিল', false], // year-less: April has 30 days
    ['৩০ এপ্রিল ২০২৪', false], // a leap year shortens no month but February
  ])('%s: invalid %s', (text, invalid) => {
    const m = one(text);
    expect(m.text).toBe(text);
    expect(!!m.invalid).toBe(invalid);
    expect(!!m.value.invalid).toBe(invalid);
    // an invalid day has no Gregorian equivalent
    if (invalid) expect(m.gregorian).toBeUndefined();
  });
});

describe('Gregorian equivalents', () => {
  const g = (text: string) => one(text).gregorian;
  test('a Gregorian date has none', () => {
    expect(g('২১ ফেব্রুয়ারি ১৯৫২')).toBeUndefined();
  });
  test('a Bengali day: exact under the rule in force, approx before 1394 BS', () => {
    expect(g('৩১ আশ্বিন ১৪২৬')).toEqual({
      year: 2019,
      month: 10,
      day: 16,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'day',
    });
    expect(g('১১ জ্যৈষ্ঠ ১৩০৬')).toEqual({
      year: 1899,
      month: 5,
      day: 25,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'day',
      approx: true,
    });
  });
  test('a Bengali month or year: the Gregorian month or year it starts in, approx', () => {
    expect(g('বৈশাখ ১৪৩১ বঙ্গাব্দ')).toEqual({
      year: 2024,
      month: 4,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'month',
      approx: true,
    });
    expect(g('১৪৩১ বঙ্গাব্দে')).toEqual({ year: 2024, era: 'CE', calendar: 'gregorian', precision: 'year', approx: true });
  });
  test('a Hijri year, month or day: approx (the moon decides); a year is the Gregorian year most of it falls in', () => {
    expect(g('১৩৬৬ হিজরিতে')).toEqual({
      year: 1947,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'year',
      approx: true,
    });
    expect(g('১৪৪৫ হিজরিতে')).toEqual({
      year: 2024,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'year',
      approx: true,
    });
    expect(g('রমজান ১৩৬৬ হিজরি')).toEqual({
      year: 1947,
      month: 7,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'month',
      approx: true,
    });
    expect(g('৩০ রমজান ১৪৪৪ হিজরি')).toEqual({
      year: 2023,
      month: 4,
      day: 21,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'day',
      approx: true,
    });
  });
  test('an Old Style date: ten or eleven days later; approx only before 25 March (the old new year)', () => {
    expect(g('১১ ফেব্রুয়ারি ১৭৩১ পু. প.')).toEqual({
      year: 1731,
      month: 2,
      day: 22,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'day',
      approx: true,
    });
    expect(g('২০ মার্চ ১৬৮৫ পু. প.')).toMatchObject({ month: 3, day: 30, approx: true });
    expect(g('২৮ জুলাই ১৭৫০ পু. প.')).toEqual({
      year: 1750,
      month: 8,
      day: 8,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'day',
    });
    expect(g('জুলাই ১৭৫০ পু. প.')).toEqual({ year: 1750, month: 7, era: 'CE', calendar: 'gregorian', precision: 'month' });
    // the window ends on 24 March: 25 March was the old new year's day itself
    expect(g('২৪ মার্চ ১৭০০ পু. প.')).toMatchObject({ month: 4, day: 4, approx: true });
    expect(g('২৫ মার্চ ১৭০০ পু. প.')).toEqual({
      year: 1700,
      month: 4,
      day: 5,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'day',
    });
    expect(g('২৮ মার্চ ১৭০০ পু. প.')).toEqual({
      year: 1700,
      month: 4,
      day: 8,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'day',
    });
  });
  test('a Julian year alone, or a BCE Julian date, keeps its year and converts no day', () => {
    expect(g('জুলীয় বর্ষপঞ্জী অনুসারে ১৭৩১ সালে')).toEqual({
      year: 1731,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'year',
    });
    expect(g('জুলীয় বর্ষপঞ্জী অনুসারে খ্রিস্টপূর্ব ৪৪ সালের ১৫ মার্চ')).toEqual({
      year: 44,
      era: 'BCE',
      calendar: 'gregorian',
      precision: 'day',
    });
  });
  test('a year-less Bengali day (a day of every year) has no Gregorian equivalent', () => {
    const [m] = extractDates('পঁচিশে বৈশাখ কবির জন্মদিন পালিত হয়।');
    expect(m!.recurring).toBe(true);
    expect(m!.gregorian).toBeUndefined();
  });
});

describe('ranges in order', () => {
  test.each([
    ['১০ জুন ২০০১ থেকে ৫ জুন ২০০১', true],
    ['৫ জুন ২০০১ থেকে ১০ জুন ২০০১', false],
    ['২১–২৩শে অক্টোবর ১৯৫৫', false],
    ['২৩–২১শে অক্টোবর ১৯৫৫', true],
    ['খ্রিস্টপূর্ব ৫০০–৪০০', false], // BCE years count down
    ['১৯৩২-১৯২১', true],
    ['মে ২০০১ – এপ্রিল ২০০২', false],
    ['মে ২০০১ – এপ্রিল ২০০১', true],
    ['(১৯৭১–১৯৭১)', false], // the same year twice: no later start
  ])('%s: invalid %s', (text, invalid) => {
    const m = one(text);
    expect(m.rangeEnd).toBeDefined();
    expect(m.text).toBe(text.replace(/^\((.*)\)$/, '$1'));
    expect(!!m.invalid).toBe(invalid);
  });

  test('a day range whose end day does not exist is invalid, and says so on its end', () => {
    const m = one('২৮–৩১শে জুন ১৯৫৫');
    expect(m.invalid).toBe(true);
    expect(m.rangeEnd).toEqual({
      year: 1955,
      month: 6,
      day: 31,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'day',
      invalid: true,
    });
  });
});

describe('a short year read only with its calendar or era named after it', () => {
  test.each([
    ['১০ মুহররম ৬১ হিজরিতে কারবালার যুদ্ধ হয়', '১০ মুহররম ৬১ হিজরিতে', { year: 61, month: 1, day: 10, calendar: 'hijri' }],
    ['১২ রবিউল আউয়াল ১১ হিজরি', '১২ রবিউল আউয়াল ১১ হিজরি', { year: 11, month: 3, day: 12, calendar: 'hijri' }],
    ['রমজান ৮ হিজরিতে মক্কা বিজয় হয়', 'রমজান ৮ হিজরিতে', { year: 8, month: 9, calendar: 'hijri' }],
    ['জানুয়ারি ৪৪ খ্রিস্টপূর্বাব্দে', 'জানুয়ারি ৪৪ খ্রিস্টপূর্বাব্দে', { year: 44, month: 1, era: 'BCE' }],
  ])('%s', (text, span, value) => {
    const m = one(text);
    expect(m.text).toBe(span);
    expect(m.value).toMatchObject(value);
  });
  test('without one, a short number after a month is not its year (`২৫ মার্চ ৭১ সালে`, `মে ১২ সালে`)', () => {
    expect(extractDates('২৫ মার্চ ৭১ সালে').map((m) => m.text)).toEqual(['২৫ মার্চ', '৭১ সালে']);
    expect(extractDates('মে ১২ সালে').map((m) => m.text)).toEqual(['মে ১২']);
  });
});

describe('a year cut to two digits after an apostrophe', () => {
  test.each([
    ["তিনি '৮৬ সালে চলে আসেন", "'৮৬ সালে", 1986],
    ['‘৮৬ সালে', '‘৮৬ সালে', 1986],
    ["'৮৬ সালের মার্চে", "'৮৬ সালের মার্চে", 1986],
  ])('%s: the twentieth century when nothing says otherwise, relative', (text, span, year) => {
    const m = one(text);
    expect([m.text, m.value.year, m.relative]).toEqual([span, year, true]);
  });
  test("the century of the narrative: `১৯৯০ সালের পর '০৫ সালে` is 2005", () => {
    expect(extractDates("১৯৯০ সালের পর '০৫ সালে").map((m) => m.value.year)).toEqual([1990, 2005]);
    expect(extractDates("'৩০ সালে", { referenceYear: 2025 })[0]!.value.year).toBe(2030);
  });
  test("a wikitext `''` before the number is italics, not a cut year", () => {
    expect(extractDates("''৮৬ সালে")[0]!.value.year).toBe(86);
  });
});
