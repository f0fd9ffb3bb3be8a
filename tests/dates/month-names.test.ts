// Every month name and spelling the lexicon knows (catalogue §3.3, §3.6), one row each, through the public `extractDates`: the Gregorian
// months (with the spellings bnwiki uses), the twelve Bengali months (ভাদ্র = 5 …) and the twelve Hijri
// months. The names are written out here on purpose, not read from the lexicon, so a wrong number or a
// lost spelling in the lexicon fails a row.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';

const gregorian: Array<[number, string[]]> = [
  [1, ['জানুয়ারি', 'জানুয়ারী', 'জানুযারি', 'জানুযারী', 'জানুআরি']],
  [2, ['ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'ফেব্রুযারি', 'ফেব্রুআরি', 'ফেবরুয়ারি', 'ফেব্ৰুয়ারি']],
  [3, ['মার্চ']],
  [4, ['এপ্রিল']],
  [5, ['মে']],
  [6, ['জুন']],
  [7, ['জুলাই']],
  [8, ['আগস্ট', 'অগাস্ট', 'অগস্ট', 'আগষ্ট', 'অগষ্ট', 'অগাষ্ট', 'আগাস্ট']],
  [9, ['সেপ্টেম্বর', 'সেপ্টম্বর', 'সেপ্টেম্বার', 'সেপ্টেম্বের', 'সেপ্টেমবর']],
  [10, ['অক্টোবর', 'অক্টবর']],
  [11, ['নভেম্বর', 'নবেম্বর', 'নভেন্মর']],
  [12, ['ডিসেম্বর']],
];
const bengali: Array<[number, string[]]> = [
  [1, ['বৈশাখ']],
  [2, ['জ্যৈষ্ঠ', 'জৈষ্ঠ্য', 'জ্যৈষ্ঠ্য', 'জৈষ্ঠ', 'জ্যেষ্ঠ']],
  [3, ['আষাঢ়', 'আষাঢ']],
  [4, ['শ্রাবণ', 'শ্রাবন']],
  [5, ['ভাদ্র']],
  [6, ['আশ্বিন']],
  [7, ['কার্তিক', 'কার্ত্তিক']],
  [8, ['অগ্রহায়ণ', 'অগ্রহায়ন', 'অঘ্রাণ', 'অঘ্রান']],
  [9, ['পৌষ']],
  [10, ['মাঘ']],
  [11, ['ফাল্গুন', 'ফাগুন']],
  [12, ['চৈত্র', 'চৈত্র্য']],
];
const hijri: Array<[number, string[]]> = [
  [1, ['মুহাররম', 'মহররম', 'মুহররম']],
  [2, ['সফর']],
  [3, ['রবিউল আউয়াল', 'রবিউল আওয়াল']],
  [4, ['রবিউস সানি', 'রবিউল আখির']],
  [5, ['জমাদিউল আউয়াল', 'জমাদিউল আওয়াল', 'জুমাদাল উলা']],
  [6, ['জমাদিউস সানি', 'জুমাদাল আখিরাহ']],
  [7, ['রজব']],
  [8, ['শাবান']],
  [9, ['রমজান', 'রমযান', 'রমাদান']],
  [10, ['শাওয়াল']],
  [11, ['জিলকদ', 'জিলক্বদ', 'জ্বিলকদ']],
  [12, ['জিলহজ', 'জিলহজ্জ', 'জ্বিলহজ্জ']],
];
const rows = (table: Array<[number, string[]]>) =>
  table.flatMap(([m, names]) => names.map((name) => [name, m] as const));

describe('Gregorian month names: ১৫ <month> ১৯৪৭ সালে', () => {
  it('covers the twelve months', () =>
    expect(gregorian.map(([m]) => m)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  it.each(rows(gregorian))('%s → %i', (name, month) => {
    const text = `তিনি ১৫ ${name} ১৯৪৭ সালে আসেন`;
    const got = extractDates(text);
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toBe(`১৫ ${name} ১৯৪৭ সালে`);
    expect(got[0]!.value).toEqual({ year: 1947, month, day: 15, era: 'CE', calendar: 'gregorian', precision: 'day' });
  });
});

describe('Bengali month names: ১৫ <month> ১৩৫০ বঙ্গাব্দে', () => {
  it('covers the twelve months', () =>
    expect(bengali.map(([m]) => m)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  it.each(rows(bengali))('%s → %i', (name, month) => {
    const got = extractDates(`এটি ১৫ ${name} ১৩৫০ বঙ্গাব্দে শুরু হয়`);
    expect(got).toHaveLength(1);
    expect(got[0]!.value).toMatchObject({ year: 1350, month, day: 15, calendar: 'bengali', precision: 'day' });
  });
});

describe('Hijri month names: ১০ <month> ১৪০০ হিজরি', () => {
  it('covers the twelve months', () => expect(hijri.map(([m]) => m)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  it.each(rows(hijri))('%s → %i', (name, month) => {
    const got = extractDates(`এটি ১০ ${name} ১৪০০ হিজরি তারিখে লেখা`);
    expect(got).toHaveLength(1);
    expect(got[0]!.value).toMatchObject({ year: 1400, month, day: 10, calendar: 'hijri', precision: 'day' });
  });
});
