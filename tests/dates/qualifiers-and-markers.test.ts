// What stands around a date: circa words before it (`আনুমানিক`, `আনু.`) and after it (`নাগাদ`, `দিকে`),
// part-of words after a genitive (`সালের শুরুর দিকে`, `সালের শেষে`, not `সালে শেষে`), never on a day; era
// markers in every written form (`খ্রি.`, `খ্রী.`, `খৃ.`, `খৃঃ` glued, `খ্রি.পূ.`, `খ্রীঃ পূঃ`, `বিসি`); Old and New
// Style markers (`পু. প.`, `ন. প.`) and a calendar named before the date (`জুলীয় বর্ষপঞ্জী অনুসারে`).
import { describe, expect, test } from 'vitest';
import { extractDates } from '../../src/dates/index.js';

const one = (text: string) => {
  const all = extractDates(text);
  expect(all, text).toHaveLength(1);
  return all[0]!;
};

describe('approximate', () => {
  test.each([
    ['আনুমানিক ৬৫০ খ্রি.', '৬৫০ খ্রি.', true],
    ['আনু. ৬৫০ খ্রিস্টাব্দে', '৬৫০ খ্রিস্টাব্দে', true],
    ['১৭৭৫ সাল নাগাদ', '১৭৭৫ সাল', true],
    ['২০০৩ সালের দিকে', '২০০৩ সালের', true],
    ['২০০৩ সালের শুরুর দিকে', '২০০৩ সালের', true],
    ['২০০৩ সালের শেষে', '২০০৩ সালের', true],
    ['২০০৩ সালের মাঝামাঝি', '২০০৩ সালের', true],
    ['২০০৩ সালের মার্চ মাসের শেষে', '২০০৩ সালের মার্চ', true],
    ['১৯১৭ সালের বসন্তকালের প্রথমে', '১৯১৭ সালের বসন্তকালের', true],
    // `সালে শেষে`, `সালে প্রথমে`: "at last", "at first" — a new phrase, not part of the year
    ['২০০৩ সালে শেষে', '২০০৩ সালে', false],
    ['১৯১৭ সালে প্রথমে', '১৯১৭ সালে', false],
    // a day is never "early" or "late": `শেষ স্প্যানটি` is "the last span"
    ['২০২০ সালের ১০ ডিসেম্বর শেষ স্প্যানটি', '২০২০ সালের ১০ ডিসেম্বর', false],
    ['২০০৩ সালে নির্বাচন হয়', '২০০৩ সালে', false],
    // nouns (`শেষ`, "end") only after a genitive: `সালে শেষ পর্যন্ত` is "finally", `-এ শেষ হয়` "ended"
    ['১৯ শতকের শেষ পর্যন্ত', '১৯ শতকের', true],
    ['১৯৭১ সালে শেষ পর্যন্ত', '১৯৭১ সালে', false],
    ['২০১০-এ শেষ হয়', '২০১০-এ', false],
    ['২০১০-এর শেষ দিকে', '২০১০-এর', true],
    // the part-of word and `দিকে` written as one word
    ['১৯৯৩ সালের শেষদিকে', '১৯৯৩ সালের', true],
    ['১৯৯৩ সালের প্রথমদিকে', '১৯৯৩ সালের', true],
    ['১৯৯৩ সালের শুরুরদিকে', '১৯৯৩ সালের', true],
    ['১৯৯৩ সালের শেষেরদিকে', '১৯৯৩ সালের', true],
    ['১০ মার্চ ১৯৯৩ শেষদিকে', '১০ মার্চ ১৯৯৩', false],
    // the adverbs `শেষে`, `প্রথমে` after anything but a locative
    ['১৯৭১-এর শেষে', '১৯৭১-এর', true],
    ['১৯৭১ সালের শেষে এসে', '১৯৭১ সালের', true],
    ['১৯৭১-এ শেষে', '১৯৭১-এ', false],
    ['১৯৭১ সালে শেষে এসে', '১৯৭১ সালে', false],
    ['২০০৩ সালের নভেম্বরের শেষে', '২০০৩ সালের নভেম্বরের', true],
    ['২০০৩ সালের নভেম্বর শেষে', '২০০৩ সালের নভেম্বর', true], // নভেম্বর ends in র but is no genitive
    // `X দিকে` and the other part-of words after any case
    ['১৯৭১ সালের প্রথম দিকে', '১৯৭১ সালের', true],
    ['২০০৯ সালে প্রথম দিকে', '২০০৯ সালে', true],
    ['১৯৯০-এর দশকে শেষের দিকে', '১৯৯০-এর দশকে', true],
    ['১৯৮০ সালের মাঝামাঝির দিকে', '১৯৮০ সালের', true],
    ['২০০৯ সালে শুরুতে', '২০০৯ সালে', true],
    ['২০০৯ এর শুরুতে', '২০০৯ এর', true],
    ['১৯৭১ সালের মার্চ মাসের শেষের দিকে', '১৯৭১ সালের মার্চ', true],
    // `একেবারে`, `একদম` ("very") are skipped and leave the date's case: "at the very end of 2003"
    ['২০০৩ সালের একেবারে শেষে', '২০০৩ সালের', true],
    ['২০০৩ সালের মার্চ মাসের একেবারে শেষে', '২০০৩ সালের মার্চ', true],
    ['১৯ শতকের একদম শেষ পর্যন্ত', '১৯ শতকের', true],
    ['১৯৭১ সালে একেবারে শেষে', '১৯৭১ সালে', false],
    ['২০০৩ সালের মার্চ মাসে একেবারে শেষে', '২০০৩ সালের মার্চ', false],
    // circa words after, also after a day
    ['২০০৯ সালের দিককার', '২০০৯ সালের', true],
    ['১৯৭১ সালের কাছাকাছি', '১৯৭১ সালের', true],
    ['১৯৭১ সালের ১০ মার্চের দিকে', '১৯৭১ সালের ১০ মার্চের', true],
    ['১৯৭১ সালের ১০ মার্চ নাগাদ', '১৯৭১ সালের ১০ মার্চ', true],
    // circa words before, with or without a dot
    ['আনুমানিক. ১৯৭১', '১৯৭১', true],
    ['প্রায় ১৯৭১ সালে', '১৯৭১ সালে', true],
    // a dotted circa abbreviation needs its dot: `সি,` is the letter C
    ['ভিটামিন সি, ১৯৩২ সালে', '১৯৩২ সালে', false],
    // a genitive particle written apart (`৩৫০০ এর`) makes a noun (`শেষ`) a part of the year
    ['খ্রিস্টপূর্ব ৩৫০০ এর শেষ পর্যন্ত', 'খ্রিস্টপূর্ব ৩৫০০', true],
    ['খ্রিস্টপূর্ব ৩৫০০ শেষ পর্যন্ত', 'খ্রিস্টপূর্ব ৩৫০০', false],
  ])('%s', (text, span, approx) => {
    const m = one(text);
    expect([m.text, m.approx]).toEqual([span, approx]);
  });
});

describe('era markers', () => {
  test.each([
    ['৩০০ খ্রি.পূ.', -300],
    ['৩০০ খ্রীঃ পূঃ', -300],
    ['খ্রি.পূ. ৩০০', -300],
    ['খ্রীঃ পূঃ ৩০০', -300],
    ['৩০০ বিসি', -300],
    ['৩০০ বিসিই', -300],
    ['১৬৫৯খৃঃ', 1659],
    ['১৬৫৯ খ্রি.', 1659],
    ['১৬৫৯ খ্রী.', 1659],
    ['১৬৫৯ খৃ.', 1659],
    ['১৯৪৭ সনে', 1947],
  ])('%s: the whole marker, its dot included, is in the span', (text, year) => {
    const m = one(text);
    expect(m.text).toBe(text);
    expect(m.value.era === 'BCE' ? -m.value.year! : m.value.year).toBe(year);
    expect(m.value.calendar).toBe('gregorian');
  });
});

describe('what follows an era marker', () => {
  test.each([
    // the dot of খ্রি., খ্রী., খৃ. belongs to the marker even written apart
    ['১৬৫৯ খ্রি . তিনি', '১৬৫৯ খ্রি .', 1659],
    ['১৬৫৯ খ্রী . তিনি', '১৬৫৯ খ্রী .', 1659],
    ['১৬৫৯ খৃ . তিনি', '১৬৫৯ খৃ .', 1659],
    // a full stop after any other marker ends the sentence; a comma is never the marker's
    ['১৬৫৯ খ্রিঃ . তিনি', '১৬৫৯ খ্রিঃ', 1659],
    ['১৯৭১ সাল. পরে', '১৯৭১ সাল', 1971],
    ['১৬৫৯ খ্রি, তিনি', '১৬৫৯ খ্রি', 1659],
    ['৩০০ খ্রি.পূ, তিনি', '৩০০ খ্রি.পূ', -300],
  ])('%s', (text, span, year) => {
    const m = one(text);
    expect([m.text, m.value.era === 'BCE' ? -m.value.year! : m.value.year, m.value.precision]).toEqual([
      span,
      year,
      'year',
    ]);
  });
});

describe('Old Style and New Style', () => {
  test('পু. প without its last dot is Old Style; পু প without dots is no marker', () => {
    const m = one('১৬৮৫ পু. প তারিখে');
    expect([m.text, m.value.calendar, m.value.year]).toEqual(['১৬৮৫ পু. প', 'julian', 1685]);
    expect(extractDates('১৬৮৫ পু প')).toEqual([]);
  });

  test('an abbreviation with a dot after a date is no style marker: ২০০৬ সালে ড. ইউনূস', () => {
    const m = one('২০০৬ সালে ড. মুহাম্মদ ইউনূস নোবেল পান');
    expect([m.text, m.value.calendar, m.value.year, m.value.precision]).toEqual([
      '২০০৬ সালে',
      'gregorian',
      2006,
      'year',
    ]);
  });

  test('পু. প. makes a date Julian, ন. প. Gregorian, each on its own side of a range', () => {
    const m = one('২১শে মার্চ, ১৬৮৫ পু. প. – ২৮শে জুলাই, ১৭৫০ ন. প.');
    expect(m.text).toBe('২১শে মার্চ, ১৬৮৫ পু. প. – ২৮শে জুলাই, ১৭৫০ ন. প.');
    expect([m.value.calendar, m.value.year, m.value.month, m.value.day]).toEqual(['julian', 1685, 3, 21]);
    expect(m.rangeEnd).toMatchObject({ calendar: 'gregorian', year: 1750, month: 7, day: 28 });
  });

  test('a calendar named before a date applies to the dates after it, up to the next one named', () => {
    const got = extractDates(
      'জুলীয় বর্ষপঞ্জী অনুসারে তার জন্ম ১১ ফেব্রুয়ারি, ১৭৩১ খ্রিষ্টাব্দ এবং গ্রেগরীয় বর্ষপঞ্জী অনুসারে ২২ ফেব্রুয়ারি ১৭৩১',
    );
    expect(got.map((m) => [m.text, m.value.calendar, m.value.day])).toEqual([
      ['১১ ফেব্রুয়ারি, ১৭৩১ খ্রিষ্টাব্দ', 'julian', 11],
      ['২২ ফেব্রুয়ারি ১৭৩১', 'gregorian', 22],
    ]);
    // the Julian date's Gregorian equivalent is the same day as the second date
    expect(got[0]!.gregorian).toMatchObject({ year: 1731, month: 2, day: 22 });
  });

  test('a calendar word without its noun (বর্ষপঞ্জী) names nothing', () => {
    expect(one('জুলীয় ধারা মেনে ১১ ফেব্রুয়ারি ১৭৩১ তারিখে').value.calendar).toBe('gregorian');
  });
});

describe('a century or decade noun takes a case ending and then an emphatic ই or ও', () => {
  test.each([
    ['বিংশ শতাব্দীতেও এটি চলে', 'বিংশ শতাব্দীতেও', 1900, 'century'],
    ['বিংশ শতাব্দীতেই এটি চলে', 'বিংশ শতাব্দীতেই', 1900, 'century'],
    ['উনিশ শতকেরও শেষে', 'উনিশ শতকেরও', 1800, 'century'],
    ['১৯৬০-এর দশকেই তিনি আসেন', '১৯৬০-এর দশকেই', 1960, 'decade'],
    ['১৯৬০-এর দশকেরও আগে', '১৯৬০-এর দশকেরও', 1960, 'decade'],
    // `শতাব্দ`, an older spelling of `শতাব্দী`
    ['চতুর্দশ শতাব্দে এটি রচিত', 'চতুর্দশ শতাব্দে', 1300, 'century'],
  ])('%s', (text, span, year, precision) => {
    const m = one(text);
    expect([m.text, m.value.year, m.value.precision]).toEqual([span, year, precision]);
  });
});

describe('centuries written in English (infobox values) and with a dash before the noun', () => {
  test.each([
    ['First half of 7th century', '7th century', 600],
    ['the 21st century', '21st century', 2000],
    ['Inside the 16th-century Gardens of Babur', '16th-century', 1500],
    ['১৬শ-শতকের কবি', '১৬শ-শতকের', 1500],
    ['৭ম-শতাব্দীর মন্দির', '৭ম-শতাব্দীর', 600],
  ])('%s', (text, span, year) => {
    const m = one(text);
    expect([m.text, m.value.year, m.value.precision]).toEqual([span, year, 'century']);
  });
  test('an English ordinal before another word is no century (`the 4th estate`)', () => {
    expect(extractDates('the 4th estate')).toEqual([]);
  });
});

describe('era words written without the র-ফলা', () => {
  test.each([
    ['খিস্টপূর্ব ৭০০ অব্দে এসে', 'খিস্টপূর্ব ৭০০ অব্দে', 700, 'BCE'],
    ['৭০০ খিস্টপূর্বাব্দে', '৭০০ খিস্টপূর্বাব্দে', 700, 'BCE'],
    ['১৯৭১ খিষ্টাব্দে', '১৯৭১ খিষ্টাব্দে', 1971, 'CE'],
  ])('%s', (text, span, year, era) => {
    const m = one(text);
    expect([m.text, m.value.year, m.value.era]).toEqual([span, year, era]);
  });
});
