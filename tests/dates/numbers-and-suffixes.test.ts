// Which numbers can be years (tokenize.ts, the bare-year rules): grouped and decimal numbers, verse numbers,
// numbers glued to a word (`এমপি৩`, `TK7`) are not; a case ending glued, hyphenated, apostrophised or written
// apart is part of the year (`১৯৮২-এ`, `১৯৮২’এ`, `১৯৮২এর`, `১৯৪৭ এ`) unless a comparison follows (`৫০০০ এর বেশি`);
// a bare four-digit number is a year before punctuation or a range word, not before a noun or after a count word.
import { describe, expect, test } from 'vitest';
import { extractDates } from '../../src/dates/index.js';

const read = (text: string) => extractDates(text).map((m) => [m.text, m.value.year]);

describe('not years', () => {
  test.each([
    ['a grouped count', 'জনসংখ্যা ২৮৭,৪৩২ জন'],
    ['a decimal', '১.৬৯ মিলিয়ন'],
    ['a decimal after a year-like number', '১৯৪৯.৫ শতাংশ'],
    ['a verse number', 'ইসলাম একটি দ্বিন (৩:১৮);'],
    ['glued to a Bengali word', 'এমপি৩ ফাইল'],
    ['glued to a Latin word', '2010 TK7'],
    ['a case ending before a comparison', '৫০০০ এর বেশি'],
    ['a spaced case ending before a comparison, in the years range', '১৫০০ এর বেশি লোক'],
    ['a spaced case ending before মতো', '২০০০ এর মতো'],
    ['a hyphenated case ending before a comparison', '৫০০০-এরও বেশি দ্বীপ'],
    ['before a noun', '২০১১ ক্রিকেট বিশ্বকাপ'],
    ['after a count word', 'মোট ১৯৯৮'],
    ['before a count noun', '১৯৯৮ জন'],
    ['after a page word, in parentheses', 'পৃষ্ঠা (১৮৩০)'],
    ['before a unit, after parentheses', '(১২০০) ফুট'],
    ['before a percent sign', '১৯৪৯% বৃদ্ধি'],
    ['a range to a count', '১৯৪৯ - ৫০০০'],
    ['a count grouped by thousands', 'মোট ১,২৩৪ জন'],
    ['a count grouped with five digits', '১২,৩৪৫ টাকা'],
    ['a count grouped in millions', 'যুদ্ধে ১,৬৮০,০০০ জন মানুষের মৃত্যু ঘটে'],
    ['a year-like number grouped with three more digits', '১৯৪৭,৮০০'],
    ['a number glued after Latin letters', 'TK1971 নামে'],
    ['a four-digit number glued after Latin letters, before থেকে', 'Windows2000 থেকে'],
    ['a word glued after a hyphen that is no case ending', '১৯৭১-পর'],
    ['dotted numbers that are no date', '১৯৭১.১২.১৬'],
    ['a number after a colon group', '১৯৭১:১২'],
  ])('%s: %s', (_, text) => {
    expect(extractDates(text)).toEqual([]);
  });
});

describe('years', () => {
  test.each([
    ['১৯৮২-এ পদত্যাগ করেন', [['১৯৮২-এ', 1982]]],
    ['১৯৮২’এ পদত্যাগ করেন', [['১৯৮২’এ', 1982]]],
    ['২০১৯এর সেপ্টেম্বর মাসে', [['২০১৯এর সেপ্টেম্বর', 2019]]],
    ['১৯৪৭ এ দেশভাগ', [['১৯৪৭ এ', 1947]]],
    ['১৯০৭ এর আইন', [['১৯০৭ এর', 1907]]],
    ['১৯৮১তে ফেরেন', [['১৯৮১তে', 1981]]],
    // a case ending written apart: years 1000 to 2100
    ['১০০০ এর দিকে', [['১০০০ এর', 1000]]],
    ['২১০০ এর মধ্যে', [['২১০০ এর', 2100]]],
    // a one-digit year before its marker
    ['৯ খ্রিস্টাব্দে', [['৯ খ্রিস্টাব্দে', 9]]],
    // a day then a year ending in zero, the comma without a space
    ['জুলাই ৪,১৯৯০', [['জুলাই ৪,১৯৯০', 1990]]],
    // a four-digit year glued to a Bengali word is a typo for a space; the year is read
    ['তিনি১৯৩৮ সালে', [['১৯৩৮ সালে', 1938]]],
    // … but not when that word is itself glued to digits: a model or code
    ['একটি চন্দ্রযান (মডেল এইচ২এ২০২২) উৎক্ষেপণ করা হয়', []],
    // a number before a multiplier counts (`২ হাজার ৪০০ বছর`); a date before `লাখ লাখ` stays one
    ['আনাতোলিয়া থেকে খ্রিষ্টপূর্ব ২ হাজার ৪০০ বছর আগে মানুষ আসে', []],
    ['১৯৭১ সালে লাখ লাখ মানুষ মারা যায়', [['১৯৭১ সালে', 1971]]],
    // a day then a year, the comma without a space
    ['জুলাই ৪,১৯৯৭', [['জুলাই ৪,১৯৯৭', 1997]]],
    // a word glued after the number that is not a case ending
    ['২০১৯-বর্তমান', [['২০১৯-বর্তমান', 2019]]],
    ['১৯৫৭থেকে ১৯৬০', [['১৯৫৭থেকে ১৯৬০', 1957]]],
    // bare years before a range word or punctuation
    ['অস্ট্রিয়া ১৯৫৫ থেকে', [['১৯৫৫', 1955]]],
    ['১৯৪৯, তারপর', [['১৯৪৯', 1949]]],
    ['শেষ হয় ১৯৪৯।', [['১৯৪৯', 1949]]],
    ['প্রকাশ করেন (১৮৩০)।', [['১৮৩০', 1830]]],
    ['১৯৪৯/৫০ মৌসুমে', [['১৯৪৯/৫০', 1949]]],
    // a list of years joined by commas without spaces: each a year
    [
      '২০১০,২০১১ ও ২০১২ সালে',
      [
        ['২০১০', 2010],
        ['২০১১', 2011],
        ['২০১২ সালে', 2012],
      ],
    ],
    // Latin letters glued after the number are its suffix; tabs and carriage returns are spaces
    ['1971AD', [['1971AD', 1971]]],
    ['১৯৭১ সালের\t১৬ ডিসেম্বর', [['১৯৭১ সালের\t১৬ ডিসেম্বর', 1971]]],
    ['১৯৭১\r\n', [['১৯৭১', 1971]]],
    ["১৯৭১'এ", [["১৯৭১'এ", 1971]]],
    // the year after a verse number is still read
    ['৩:১৮ থেকে ১৯৭১', [['১৯৭১', 1971]]],
  ] as const)('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  test('a short number glued to a Bengali word is no day: ভিটামিন বি১২ জানুয়ারি ১৯৪৮', () => {
    expect(read('ভিটামিন বি১২ জানুয়ারি ১৯৪৮ সালে আবিষ্কৃত হয়')).toEqual([['জানুয়ারি ১৯৪৮ সালে', 1948]]);
    expect(extractDates('ভিটামিন বি১২ জানুয়ারি ১৯৪৮ সালে আবিষ্কৃত হয়')[0]!.value.precision).toBe('month');
  });

  test('খ্রিস্টপূর্ব hyphenated after a year is its era unless a year follows it (then it starts that year)', () => {
    expect(extractDates('৫০০-খ্রিস্টপূর্ব থেকে').map((m) => [m.text, m.value.year, m.value.era])).toEqual([
      ['৫০০-খ্রিস্টপূর্ব', 500, 'BCE'],
    ]);
  });

  test('a genitive year (-এর, -এরও) takes the month after it; a locative one (-এ) does not', () => {
    expect(read('১৯৭১-এর মার্চ')).toEqual([['১৯৭১-এর মার্চ', 1971]]);
    expect(read('১৯৭১-এরও মার্চ')).toEqual([['১৯৭১-এরও মার্চ', 1971]]);
    expect(read('১৯৭১-এ মার্চ')).toEqual([['১৯৭১-এ', 1971]]);
  });

  test('a month glued after a hyphen is a new date, not a suffix of the year', () => {
    expect(read('১৪৫১-মে ২০')).toEqual([
      ['১৪৫১', 1451],
      ['মে ২০', 1451],
    ]);
  });
});
