// Issue 10's date forms, one row per case, each with the value a reader gives it: relative dates by
// arithmetic, year-less months and days of the narrative, spaced case endings, numeric and season forms,
// years in words, recurring days, and the numbers that are not dates. Sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { extractDates, type DateMention } from '../../src/dates/index.js';

type Want = [surface: string, year: number | null, month?: number | null, day?: number | null, precision?: string];
const brief = (m: DateMention): Want => [
  m.text,
  m.value.year,
  m.value.month ?? null,
  m.value.day ?? null,
  m.value.precision,
];
const rows = (cases: Array<[string, string, Want[]]>) =>
  test.each(cases)('%s: %s', (_name, text, want) => {
    expect(extractDates(text).map(brief)).toEqual(
      want.map(([s, y, m = null, d = null, p]) => [
        s,
        y,
        m,
        d,
        p ?? (d !== null ? 'day' : m !== null ? 'month' : 'year'),
      ]),
    );
  });

describe('relative dates by arithmetic from the narrative', () => {
  rows([
    [
      'days after a day',
      '১৯৪৮ সালের ১১ মার্চ ধর্মঘট ডাকা হয়; এর তিন দিন পর নেতারা মুক্তি পান।',
      [
        ['১৯৪৮ সালের ১১ মার্চ', 1948, 3, 11],
        ['তিন দিন পর', 1948, 3, 14],
      ],
    ],
    [
      'digits, across a month end',
      '২০২০ সালের ২৮শে অক্টোবর অভিযান শুরু হয় এবং ৪৮ দিন পর শহরটি মুক্ত হয়।',
      [
        ['২০২০ সালের ২৮শে অক্টোবর', 2020, 10, 28],
        ['৪৮ দিন পর', 2020, 12, 15],
      ],
    ],
    [
      'the next day',
      '১৮৭৩ সালের ৩০ এপ্রিল জাহাজটি বন্দরে ভেড়ে। পরের দিন যাত্রীরা নামেন।',
      [
        ['১৮৭৩ সালের ৩০ এপ্রিল', 1873, 4, 30],
        ['পরের দিন', 1873, 5, 1],
      ],
    ],
    [
      'one word: পরদিন',
      '১৯৫২ সালের ২১ ফেব্রুয়ারি গুলি চলে; পরদিন শোকমিছিল বের হয়।',
      [
        ['১৯৫২ সালের ২১ ফেব্রুয়ারি', 1952, 2, 21],
        ['পরদিন', 1952, 2, 22],
      ],
    ],
    [
      'the next month, across a year end',
      '১৯৫৬ সালের ডিসেম্বরে চুক্তি হয় এবং পরবর্তী মাসে তা কার্যকর হয়।',
      [
        ['১৯৫৬ সালের ডিসেম্বরে', 1956, 12],
        ['পরবর্তী মাসে', 1957, 1],
      ],
    ],
    [
      'months after a month',
      '১৯৬৯ সালের জানুয়ারিতে আন্দোলন শুরু হয়; এর দুই মাস পর সরকার পদত্যাগ করে।',
      [
        ['১৯৬৯ সালের জানুয়ারিতে', 1969, 1],
        ['দুই মাস পর', 1969, 3],
      ],
    ],
    [
      'years after',
      'বিদ্যালয়টি ১৯০৫ সালে স্থাপিত হয়। এর পাঁচ বছর পরে কলেজ শাখা খোলে।',
      [
        ['১৯০৫ সালে', 1905],
        ['পাঁচ বছর পরে', 1910],
      ],
    ],
    [
      'years before',
      '১৯৬২ সালে তিনি মন্ত্রী হন; দুই বছর আগে তিনি সংসদে নির্বাচিত হয়েছিলেন।',
      [
        ['১৯৬২ সালে', 1962],
        ['দুই বছর আগে', 1960],
      ],
    ],
    [
      'the next year, misspelt',
      '২০০৪ সালে সেতুর কাজ শুরু হয় এবং পরবর্তি বছর তা শেষ হয়।',
      [
        ['২০০৪ সালে', 2004],
        ['পরবর্তি বছর', 2005],
      ],
    ],
    [
      'this century',
      '১৮৫৭ সালে বিদ্রোহ হয়। এই শতকেই রেলপথ চালু হয়।',
      [
        ['১৮৫৭ সালে', 1857],
        ['এই শতকেই', 1800, null, null, 'century'],
      ],
    ],
    [
      'that decade',
      '১৯৬৪ সালে কেন্দ্রটি খোলে। সেই দশকে আরও তিনটি কেন্দ্র চালু হয়।',
      [
        ['১৯৬৪ সালে', 1964],
        ['সেই দশকে', 1960, null, null, 'decade'],
      ],
    ],
    [
      'the next decade',
      '১৮০৮ সালে উপনিবেশে বিদ্রোহ হয়। পরের দশকে নতুন শহর গড়ে ওঠে।',
      [
        ['১৮০৮ সালে', 1808],
        ['পরের দশকে', 1810, null, null, 'decade'],
      ],
    ],
    ['no anchor: no date', 'প্রায় সাত বছর আগে এখানে একটি গ্রাম ছিল।', []],
    ['an age is not a date', '১৯৪০ সালে তিনি পঁচাত্তর বছর বয়সে মারা যান।', [['১৯৪০ সালে', 1940]]],
    [
      'an offset before the explicit date is not read',
      'তাঁর মৃত্যুর পাঁচ বছর পর ১৯৩৪ সালে স্মৃতিসৌধ নির্মিত হয়।',
      [['১৯৩৪ সালে', 1934]],
    ],
    ['a day offset needs a day', '১৬৬৪ সালে তিনি লন্ডনে যান; এর ৮ মাস পরেই ফিরে আসেন।', [['১৬৬৪ সালে', 1664]]],
  ]);
});

describe('months and days of the narrative year', () => {
  rows([
    [
      'month + মাসেই',
      '১৯৭৪ সালের জুন মাসে বন্যা শুরু হয়। জুলাই মাসেই অধিকাংশ জেলা ডুবে যায়।',
      [
        ['১৯৭৪ সালের জুন', 1974, 6],
        ['জুলাই', 1974, 7],
      ],
    ],
    [
      'a genitive month',
      '১৯৭১ সালের মার্চে যুদ্ধ শুরু হয়। এপ্রিলের শুরুতে শহরটি মুক্ত হয়।',
      [
        ['১৯৭১ সালের মার্চে', 1971, 3],
        ['এপ্রিলের', 1971, 4],
      ],
    ],
    ['a genitive month with no year is a name', 'জুনের বাবা বাজারে গেলেন।', []],
    [
      'a day-month',
      '১৯৭১ সালের মার্চে উত্তাল দিন কাটে। ৭ই মার্চ ভাষণ দেওয়া হয়।',
      [
        ['১৯৭১ সালের মার্চে', 1971, 3],
        ['৭ই মার্চ', 1971, 3, 7],
      ],
    ],
    ['Y এর M with a space', '১৯৬৯ এর জানুয়ারিতে গণ-অভ্যুত্থান শুরু হয়।', [['১৯৬৯ এর জানুয়ারিতে', 1969, 1]]],
    ['Y এর M, genitive month', '১৯৬৮ এর ডিসেম্বরে মামলাটি শুরু হয়।', [['১৯৬৮ এর ডিসেম্বরে', 1968, 12]]],
    ['a spaced locative', 'দলটি ১৯৬৯ এ ভেঙে যায়।', [['১৯৬৯ এ', 1969]]],
    ['a spaced genitive before a comparison is a count', 'এখানে ৫০০০ এর বেশি মানুষ থাকে।', []],
  ]);
});

describe('numeric, season and range forms', () => {
  rows([
    ['day-first with dots', 'চুক্তিটি ০৫.১১.১৯৯৮ তারিখে সই হয়।', [['০৫.১১.১৯৯৮', 1998, 11, 5]]],
    ['day-first with dashes', 'আবেদনের শেষ দিন ২৩-০৬-২০১০।', [['২৩-০৬-২০১০', 2010, 6, 23]]],
    ['day-first with slashes', 'সার্কুলারটি ০১/০৭/২০১৬ তারিখে জারি হয়।', [['০১/০৭/২০১৬', 2016, 7, 1]]],
    ['a decimal is not a date', 'গড় হার ১২.০৫.২০ শতাংশ বাড়ে।', []],
  ]);
  test('a season written with a slash is a year range', () => {
    const [m] = extractDates('তিনি ১৯৯৫/৯৬ মৌসুমে অধিনায়ক ছিলেন।');
    expect([m.text, m.value.year, m.rangeEnd]).toEqual([
      '১৯৯৫/৯৬',
      1995,
      { year: 1996, era: 'CE', calendar: 'gregorian', precision: 'year' },
    ]);
  });
  test('a fiscal year with a dash', () => {
    const [m] = extractDates('২০০৭-০৮ অর্থবছরে বাজেট বাড়ে।');
    expect([m.text, m.value.year, (m.rangeEnd as { year: number }).year]).toEqual(['২০০৭-০৮', 2007, 2008]);
  });
  test('two seasons joined: the first year of the first to the last of the last', () => {
    const [m] = extractDates('ক্লাবে খেলেছেন ১৯৮৯/৯০ - ২০০৬/০৭ পর্যন্ত।');
    expect([m.value.year, (m.rangeEnd as { year: number }).year]).toEqual([1989, 2007]);
  });
  test.each([
    ['(২০০৮–বর্তমান)', 2008],
    ['২০১৫- বর্তমান', 2015],
    ['২০১৯-বর্তমান', 2019],
    ['২০০৮ সাল থেকে বর্তমান', 2008],
    ['(১৯৫০-)', 1950],
  ])('open range %s', (text, year) => {
    const [m] = extractDates(`তিনি ${text} দায়িত্বে আছেন।`);
    expect([m.value.year, m.rangeEnd]).toEqual([year, { present: true }]);
  });
  test('a BCE range counts down', () => {
    const [m] = extractDates('আর্কিমিডিস (খ্রি.পূ. ২৮৭-২১২) একজন গণিতবিদ।');
    expect([
      m.value.year,
      m.value.era,
      (m.rangeEnd as { year: number; era: string }).year,
      (m.rangeEnd as { era: string }).era,
    ]).toEqual([287, 'BCE', 212, 'BCE']);
  });
  test('"between X and Y" is one range', () => {
    const [m, ...rest] = extractDates('১৮৫৩ ও ১৮৭৩ সালের মধ্যে শ্রমিক আসে।');
    expect([m.text, m.value.year, (m.rangeEnd as { year: number }).year, rest.length]).toEqual([
      '১৮৫৩ ও ১৮৭৩ সালের',
      1853,
      1873,
      0,
    ]);
  });
});

describe('years in words and colloquial years', () => {
  rows([
    ['hundreds and a number', 'উনিশশো বাহাত্তর সালে সংবিধান গৃহীত হয়।', [['উনিশশো বাহাত্তর সালে', 1972]]],
    ['two thousand and a number', 'দুই হাজার বারো সালে সেতুটি খোলে।', [['দুই হাজার বারো সালে', 2012]]],
    ['a colloquial genitive', 'একাত্তরের যুদ্ধে তিনি অংশ নেন।', [['একাত্তরের', 1971]]],
    [
      'a colloquial locative after a narrative year',
      '১৯৪৪ সালে জন্ম নেওয়া লেখক ছেষট্টিতে আন্দোলনে যোগ দেন।',
      [
        ['১৯৪৪ সালে', 1944],
        ['ছেষট্টিতে', 1966],
      ],
    ],
    ['a two-digit word with সাল', 'বাহাত্তর সালে নির্বাচন হয়।', [['বাহাত্তর সালে', 1972]]],
    ['a count in words is not a year', 'দ্বীপপুঞ্জে এক হাজার দুই শত দ্বীপ আছে।', []],
    ['a day word is not a year', 'একুশে পদক দেওয়া হয়।', []],
  ]);
  test('colloquial years are relative (the century is inferred)', () => {
    expect(extractDates('একাত্তরের যুদ্ধে')[0].relative).toBe(true);
  });
});

describe('calendars and eras', () => {
  test('O.S. after a date makes it Julian', () => {
    expect(extractDates('তিনি ৩০ মে ১৬৭২ O.S. জন্মগ্রহণ করেন।')[0].value.calendar).toBe('julian');
  });
  test('Old Style named in parentheses after the date', () => {
    const [m] = extractDates('তিনি ২১ এপ্রিল ১৭২৯ (পুরাতন রীতি) জন্মগ্রহণ করেন।');
    expect([m.text, m.value.calendar]).toEqual(['২১ এপ্রিল ১৭২৯', 'julian']);
  });
  test('a calendar named before the dates', () => {
    expect(extractDates('পুরনো পঞ্জিকা অনুসারে তাঁর জন্ম ২৫ ডিসেম্বর ১৬৪২।')[0].value.calendar).toBe('julian');
  });
  test('বাংলা before a modern year is a name, not the Bengali calendar', () => {
    const [m] = extractDates('দৈনিক বাংলা ১৯৭২ সালে প্রকাশিত হয়।');
    expect([m.text, m.value.year, m.value.calendar]).toEqual(['১৯৭২ সালে', 1972, 'gregorian']);
  });
  test('a Hijri day-month takes the Hijri year of the narrative', () => {
    const m = extractDates('মাদ্রাসাটি ১৩৪০ হিজরিতে গড়ে ওঠে; ২৭ রমজান প্রথম ক্লাস হয়।')[1];
    expect([m.value.year, m.value.month, m.value.day, m.value.calendar, m.relative]).toEqual([
      1340,
      9,
      27,
      'hijri',
      true,
    ]);
  });
  test('a Hijri day-month with no Hijri year recurs', () => {
    const [m] = extractDates('প্রতি বছর ২৭ রমজান রাতে শবে কদর পালিত হয়।');
    expect([m.value.year, m.value.month, m.value.day, m.recurring]).toEqual([null, 9, 27, true]);
  });
  test('circa before a BCE year, and a year in parentheses after আনু.', () => {
    const [a] = extractDates('খ্রিস্টপূর্ব প্রায় ২০০০ অব্দের দিকে বাণিজ্য শুরু হয়।');
    expect([a.value.year, a.value.era, a.approx]).toEqual([2000, 'BCE', true]);
    const [b] = extractDates('আর্যভট (আনু. ৪৭৬–৫৫০) গণিতবিদ।');
    expect([b.value.year, (b.rangeEnd as { year: number }).year]).toEqual([476, 550]);
  });
});

describe('recurring days and what is not an event', () => {
  test('a day named every year has no year and says recurring', () => {
    const [m] = extractDates('১৯৭১ সালে দেশ স্বাধীন হয়। প্রতি বছর ১৬ ডিসেম্বর বিজয় দিবস পালিত হয়।').slice(1);
    expect([m.text, m.value.year, m.recurring, m.relative]).toEqual(['১৬ ডিসেম্বর', null, true, false]);
  });
  test('a day its own clause commemorates recurs; a past day in another clause does not', () => {
    expect(extractDates('২৬ জানুয়ারিকে জাতীয় দিবস হিসেবে পালন করা হয়।')[0].recurring).toBe(true);
    const past = extractDates(
      '১৯৭১ সালে যুদ্ধ হয়। ১৪ ডিসেম্বর বুদ্ধিজীবীদের হত্যা করা হয়; এই দিনটি এখন শহীদ বুদ্ধিজীবী দিবস হিসেবে পালিত হয়।',
    )[1];
    expect([past.value.year, past.recurring]).toEqual([1971, undefined]);
  });
  test('a recurring month is no date', () => {
    expect(extractDates('প্রতি বছর জুলাই মাসে উৎসব হয়।')).toEqual([]);
  });
  rows([
    ['a year inside a name', '২০১১ ক্রিকেট বিশ্বকাপ ঢাকায় শুরু হয়।', []],
    ['an edition', 'বইটির ১৯৯৮ সংস্করণ পাওয়া যায়।', []],
    ['a count before a classifier', 'শহরে ১৯৯৮ জন শিক্ষক আছেন।', []],
    ['a total', 'বিদ্যালয়ে মোট ১৯৯৮ শিক্ষার্থী আছে।', []],
    ['a page', 'দেখুন পৃষ্ঠা (১৮৩০)।', []],
    [
      'the first of a coordinated pair is kept',
      '২০০১ ও ২০০৬ সালে নির্বাচন হয়।',
      [
        ['২০০১', 2001],
        ['২০০৬ সালে', 2006],
      ],
    ],
    [
      'a coordinated list of bare years',
      'তিনি ২০০৮, ২০০৯ ও ২০১০-এ খেলেন।',
      [
        ['২০০৮', 2001 + 7],
        ['২০০৯', 2009],
        ['২০১০-এ', 2010],
      ],
    ],
    [
      'coordinated days',
      'সম্মেলন ১২ ও ১৩ মার্চ ২০১৫ তারিখে হয়।',
      [
        ['১২', 2015, 3, 12],
        ['১৩ মার্চ ২০১৫', 2015, 3, 13],
      ],
    ],
    ['an anaphor that adds nothing', '৯৭৬ সালে রাজ্যটি গড়ে ওঠে। ঐ বছর নতুন রাজা আসেন।', [['৯৭৬ সালে', 976]]],
    ['a timeline line', '১৮২৯: তিনটি বিভাগ গঠিত হয়', [['১৮২৯', 1829]]],
    ['a bare year before থেকে', 'দেশটি ১৯৫৫ থেকে জাতিসংঘের সদস্য।', [['১৯৫৫', 1955]]],
  ]);
});
