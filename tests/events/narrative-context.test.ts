// The year a year-less date borrows: the last date of its section, a heading's own date (which also
// outlives a blank line in its section), else `options.referenceYear`; never a date of another section.
// `=== ১৯৭১ ===\n২৬ মার্চ …\n\n১৬ ডিসেম্বর …` → both in 1971.
import { describe, expect, test } from 'vitest';
import { extractEvents, type Event } from '../../src/index.js';

const brief = (e: Event) => [e.date.text, e.date.value.year, e.date.value.month ?? null, e.date.relative, e.section];

describe('the year of year-less dates', () => {
  test("a heading's year dates its section, also after a blank line; its own event is not relative", () => {
    const wiki = '=== ১৯৭১ ===\n২৬ মার্চ স্বাধীনতা ঘোষণা করা হয়।\n\n১৬ ডিসেম্বর বিজয় আসে।\n=== পরের বছর ===\nমে মাসে সভা হয়।';
    expect(extractEvents(wiki).map(brief)).toEqual([
      ['১৯৭১', 1971, null, false, ['১৯৭১']],
      ['২৬ মার্চ', 1971, 3, true, ['১৯৭১']],
      ['১৬ ডিসেম্বর', 1971, 12, true, ['১৯৭১']],
      // a relative heading dates nothing, and 1971 does not reach into the next section
    ]);
  });

  test('a blank line hands the narrative back to the heading, not to the last date of the paragraph before', () => {
    const wiki = '== ১৯৫২ ==\n১৯৫৪ সালে নির্বাচন হয়।\n\n২১ ফেব্রুয়ারি মিছিল হয়।';
    expect(extractEvents(wiki).map((e) => [e.date.text, e.date.value.year])).toEqual([
      ['১৯৫২', 1952],
      ['১৯৫৪ সালে', 1954],
      ['২১ ফেব্রুয়ারি', 1952],
    ]);
  });

  test('options.referenceYear dates relative phrases of every section that has no date of its own', () => {
    const wiki = '== ক ==\nপরের বছর দল গঠিত হয়। ১৫ মার্চ খেলা হয়।\n== খ ==\nসেই বছরের মে মাসে সভা হয়।';
    expect(extractEvents(wiki, { referenceYear: 2000 }).map(brief)).toEqual([
      ['পরের বছর', 2001, null, true, ['ক']],
      ['১৫ মার্চ', 2001, 3, true, ['ক']],
      ['সেই বছরের মে', 2000, 5, true, ['খ']],
    ]);
    // without it: no year to borrow, no events (never today's year)
    expect(extractEvents(wiki)).toEqual([]);
  });

  test('referenceYear also reaches headings and captions', () => {
    const wiki = '== পরের বছর ==\nলেখা।\n[[চিত্র:ক.jpg|thumb|সেই বছরের মে মাসে তোলা ছবি]]';
    expect(extractEvents(wiki, { referenceYear: 1990 }).map((e) => [e.date.text, e.date.value.year])).toEqual([
      ['পরের বছর', 1991],
      ['সেই বছরের মে', 1990],
    ]);
  });

  test('a recurring day between two dates does not end the narrative year', () => {
    const wiki = '১৯৭১ সালে যুদ্ধ হয়। প্রতি বছর ১৬ ডিসেম্বর বিজয় দিবস পালিত হয়। ২৫ মার্চ আক্রমণ হয়।';
    expect(extractEvents(wiki).map((e) => [e.date.text, e.date.value.year, !!e.date.recurring])).toEqual([
      ['১৯৭১ সালে', 1971, false],
      ['১৬ ডিসেম্বর', null, true],
      ['২৫ মার্চ', 1971, false],
    ]);
  });

  test('a line break alone keeps the narrative; a line of spaces between is a blank line', () => {
    expect(extractEvents('১৮৬৩ সালে শহরটি গড়ে ওঠে।\nজুলাই মাসে মেলা বসে।').map((e) => e.date.value.year)).toEqual([
      1863, 1863,
    ]);
    expect(extractEvents('১৮৬৩ সালে শহরটি গড়ে ওঠে।\n \t\nজুলাই মাসে মেলা বসে।').map((e) => e.date.value.year)).toEqual([
      1863,
    ]);
  });

  test("a heading's range dates its section by its start", () => {
    const wiki = '== ইতিহাস ==\n=== পরবর্তী জীবন (১৯৭২–১৯৮০) ===\nমে মাসে তিনি ফেরেন।';
    expect(extractEvents(wiki).map(brief)).toEqual([
      ['১৯৭২–১৯৮০', 1972, null, false, ['ইতিহাস', 'পরবর্তী জীবন (১৯৭২–১৯৮০)']],
      ['মে', 1972, 5, true, ['ইতিহাস', 'পরবর্তী জীবন (১৯৭২–১৯৮০)']],
    ]);
  });

  test("a heading's event: its text is the sentence; its first explicit date, not a relative one, dates the section", () => {
    const [h] = extractEvents('== ১৯৭১ ==\nলেখা।');
    expect([h!.sentence, h!.section]).toEqual(['১৯৭১', ['১৯৭১']]);
    const wiki = '== পরের বছর: নির্বাচন ও ১৯৮০ সালের সংবিধান ==\nমে মাসে ভোট হয়।';
    expect(extractEvents(wiki, { referenceYear: 1978 }).map((e) => [e.date.text, e.date.value.year])).toEqual([
      ['পরের বছর', 1979],
      ['১৯৮০ সালের', 1980],
      ['মে', 1980],
    ]);
  });
});
