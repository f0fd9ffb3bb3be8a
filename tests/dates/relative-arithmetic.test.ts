// Offsets from the narrative's last date (values.ts `shift`): `এর তিন দিন পর` after 11 March 1948 → 14 March;
// days, weeks, months, years, decades and centuries, forwards and back, across month, year and leap-day
// boundaries; an offset finer than the last date (days after a bare year) is no date; a count past the
// unit's limit (`৭০০ বছর আগে`) is an age, not a date.
import { describe, expect, test } from 'vitest';
import { extractDates } from '../../src/dates/index.js';

/** The offset's mention (the last one) as [text, year, month, day, precision]. */
function last(text: string) {
  const all = extractDates(text);
  const m = all[all.length - 1]!;
  return [m.text, m.value.year, m.value.month ?? null, m.value.day ?? null, m.value.precision, m.relative];
}

describe('days and weeks', () => {
  test.each([
    ['১৯৪৮ সালের ১১ মার্চ গ্রেফতার হন। এর তিন দিন পর মুক্তি পান।', ['তিন দিন পর', 1948, 3, 14, 'day', true]],
    ['২০২০ সালের ২৫ ডিসেম্বর সভা হয়। ১০ দিন পর আবার সভা হয়।', ['১০ দিন পর', 2021, 1, 4, 'day', true]],
    ['২০২০ সালের ৫ জানুয়ারি সভা হয়। এক সপ্তাহ আগে প্রস্তুতি হয়।', ['এক সপ্তাহ আগে', 2019, 12, 29, 'day', true]],
    ['২০০০ সালের ২৮ ফেব্রুয়ারি সভা। পরদিন মিছিল।', ['পরদিন', 2000, 2, 29, 'day', true]],
    ['১৯০০ সালের ২৮ ফেব্রুয়ারি সভা। পরদিন মিছিল।', ['পরদিন', 1900, 3, 1, 'day', true]],
    ['১৯৯৯ সালের ৩১ ডিসেম্বর সভা। পরের দিন উৎসব।', ['পরের দিন', 2000, 1, 1, 'day', true]],
    ['১৯৭১ সালের ১ মার্চ হরতাল। আগের দিন সভা হয়।', ['আগের দিন', 1971, 2, 28, 'day', true]],
    // a first-century date stays in its century (JavaScript's Date reads years below 100 as 19xx)
    ['৫০ খ্রিস্টাব্দের ১ মার্চ সভা। পরদিন মিছিল।', ['পরদিন', 50, 3, 2, 'day', true]],
  ] as const)('%s', (text, want) => {
    expect(last(text)).toEqual(want);
  });

  test('an offset counts from the last date, explicit or not; the explicit date itself is not relative', () => {
    const got = extractDates('২৫ মার্চ ১৯৭১ রাতে হামলা। পরদিন স্বাধীনতার ঘোষণা।');
    expect(got.map((m) => [m.text, m.value.day, m.relative])).toEqual([
      ['২৫ মার্চ ১৯৭১', 25, false],
      ['পরদিন', 26, true],
    ]);
  });
});

describe('months and years', () => {
  test.each([
    ['২০১৯ সালের নভেম্বরে শুরু। তিন মাস পর আলোচনা।', ['তিন মাস পর', 2020, 2, null, 'month', true]],
    ['২০১৯ সালের ফেব্রুয়ারিতে শুরু। তিন মাস আগে ঘোষণা।', ['তিন মাস আগে', 2018, 11, null, 'month', true]],
    ['১৯৭১ সালের মার্চে যুদ্ধ শুরু। পরের মাসে সরকার গঠিত হয়।', ['পরের মাসে', 1971, 4, null, 'month', true]],
    ['১৯৭১ সালের ডিসেম্বরে বিজয়। পরের মাসে তিনি ফেরেন।', ['পরের মাসে', 1972, 1, null, 'month', true]],
    ['১৯৭২ সালের জানুয়ারিতে ফেরেন। আগের মাসে বিজয়।', ['আগের মাসে', 1971, 12, null, 'month', true]],
    ['১৯৫২ সালে আন্দোলন হয়। দুই বছর পর নির্বাচন হয়।', ['দুই বছর পর', 1954, null, null, 'year', true]],
    ['১৯৫২ সালে আন্দোলন হয়। পাঁচ বছর আগে দল গঠিত হয়।', ['পাঁচ বছর আগে', 1947, null, null, 'year', true]],
    ['১৯৫২ সালে আন্দোলন। ৬০ বছর পর সভা।', ['৬০ বছর পর', 2012, null, null, 'year', true]],
  ] as const)('%s', (text, want) => {
    expect(last(text)).toEqual(want);
  });
});

describe('decades and centuries', () => {
  test.each([
    ['১৮০৮ সালে জন্ম। পরের দশকে যুদ্ধ।', ['পরের দশকে', 1810, null, null, 'decade', true]],
    ['১৯৭১ সালে যুদ্ধ। আগের দশকে আন্দোলন।', ['আগের দশকে', 1960, null, null, 'decade', true]],
    ['১৯৮৫ সালে আন্দোলন। সেই দশকে সভা।', ['সেই দশকে', 1980, null, null, 'decade', true]],
    // centuries are named by their year-100 start: 1857 is in the 19th (1800), 1900 still is, 1971 the 20th
    ['১৮৫৭ সালে বিদ্রোহ। এই শতকে অনেক কিছু ঘটে।', ['এই শতকে', 1800, null, null, 'century', true]],
    ['১৯০০ সালে শুরু। এই শতকে অনেক কিছু ঘটে।', ['এই শতকে', 1800, null, null, 'century', true]],
    ['১৯৭১ সালে যুদ্ধ। পরের শতকে।', ['পরের শতকে', 2000, null, null, 'century', true]],
  ] as const)('%s', (text, want) => {
    expect(last(text)).toEqual(want);
  });

  test('"the same decade" after a decade repeats it: no second mention', () => {
    expect(extractDates('১৯৮০-এর দশকে আন্দোলন। সেই দশকে সভা।').map((m) => m.text)).toEqual(['১৯৮০-এর দশকে']);
  });
});

describe('no date', () => {
  test.each([
    ['days after a bare year', '১৯৫২ সালে আন্দোলন। এর তিন দিন পর সভা।'],
    ['months after a bare year', '২০০১ সালে শুরু। তিন মাস পর শেষ।'],
    ['days after a month', '১৯৭১ সালের মার্চে যুদ্ধ শুরু। তিন দিন পর সভা।'],
    ['a century anchors nothing', '১৯শ শতকে আন্দোলন। এই শতকে সভা।'],
    ['a Bengali date anchors no Gregorian day', '১৪ বৈশাখ ১৩৫৪ বঙ্গাব্দে জন্ম। পরদিন উৎসব।'],
    ['an age, not a date: past the unit limit', '১৯৫২ সালে আন্দোলন। ৭০০ বছর আগে নগর ছিল। ৬১ বছর পর সভা।'],
    ['months past the limit', '২০০১ সালের মে মাসে শুরু। ৩৭ মাস পর শেষ।'],
  ])('%s', (_, text) => {
    expect(extractDates(text)).toHaveLength(1);
  });

  test('with no date before it, an offset is no date (never today)', () => {
    expect(extractDates('তিন দিন পর মুক্তি পান। পরের মাসে ফেরেন।')).toEqual([]);
  });

  test('the date after an offset says it: `মৃত্যুর ১৩৭ বছর পর ৭৫ খ্রিষ্টাব্দে`', () => {
    expect(extractDates('মৃত্যুর ১৩৭ বছর পর ৭৫ খ্রিষ্টাব্দে গ্রন্থ লেখা হয়।').map((m) => [m.text, m.value.year])).toEqual([
      ['৭৫ খ্রিষ্টাব্দে', 75],
    ]);
  });
});

describe('a count glued to its unit', () => {
  test.each([
    ['১৬১৫ সালে তিনি ভর্তি হন। একবছর পর তিনি আইনে পড়েন।', ['একবছর পর', 1616, null, null, 'year', true]],
    ['১৯৭১ সালে যুদ্ধ হয়। ২বছর পর নির্বাচন হয়।', ['২বছর পর', 1973, null, null, 'year', true]],
    ['২০২০ সালের ২৫ ডিসেম্বর সভা হয়। দশদিন পর আবার সভা হয়।', ['দশদিন পর', 2021, 1, 4, 'day', true]],
  ] as const)('%s', (text, want) => {
    expect(last(text)).toEqual(want);
  });
  test('without a direction word it is a length of time, no date (`একবছর ধরে`)', () => {
    expect(extractDates('১৯৭১ সালে একবছর ধরে যুদ্ধ চলে।').map((m) => m.text)).toEqual(['১৯৭১ সালে']);
  });
});

describe('each unit reads a count up to its limit, and no zero', () => {
  const dec25 = '২০২০ সালের ২৫ ডিসেম্বর সভা হয়। ';
  test.each([
    // 400 days, 60 weeks, 36 months are still dates (one more is an age or a length of time)
    [`${dec25}৪০০ দিন পর সভা।`, ['৪০০ দিন পর', 2022, 1, 29, 'day', true]],
    [`${dec25}৬০ সপ্তাহ পর সভা।`, ['৬০ সপ্তাহ পর', 2022, 2, 18, 'day', true]],
    ['২০০১ সালের মে মাসে শুরু। ৩৬ মাস পর শেষ।', ['৩৬ মাস পর', 2004, 5, null, 'month', true]],
    // a week is seven days
    [`${dec25}৪ সপ্তাহ পরে সভা।`, ['৪ সপ্তাহ পরে', 2021, 1, 22, 'day', true]],
    // the genitive of the unit: `তিন দিনের পরে`, `এক সপ্তাহের পর`
    [`${dec25}তিন দিনের পরে সভা।`, ['তিন দিনের পরে', 2020, 12, 28, 'day', true]],
    [`${dec25}এক সপ্তাহের পর সভা।`, ['এক সপ্তাহের পর', 2021, 1, 1, 'day', true]],
  ] as const)('%s', (text, want) => {
    expect(last(text)).toEqual(want);
  });

  test.each([
    ['401 days', `${dec25}৪০১ দিন পর সভা।`],
    ['61 weeks', `${dec25}৬১ সপ্তাহ পর সভা।`],
    ['zero days', `${dec25}০ দিন পর সভা।`],
    ['a count with a classifier (`১০টি দিন`)', `${dec25}১০টি দিন পর সভা।`],
    ['a length of time (`তিন দিন ধরে`)', `${dec25}তিন দিন ধরে সভা।`],
    ['the same day (`এই দিন`) only repeats the date', `${dec25}এই দিন সভা।`],
    ['the same month (`এই মাসে`) only repeats the date', `${dec25}এই মাসে সভা।`],
  ])('no second date: %s', (_, text) => {
    expect(extractDates(text).map((m) => m.text)).toEqual(['২০২০ সালের ২৫ ডিসেম্বর']);
  });
});

describe('one-word and glued spellings', () => {
  const dec25 = '২০২০ সালের ২৫ ডিসেম্বর সভা হয়। ';
  test.each([
    [`${dec25}পরেরদিন সভা।`, ['পরেরদিন', 2020, 12, 26, 'day', true]],
    [`${dec25}পরদিনই সভা।`, ['পরদিনই', 2020, 12, 26, 'day', true]],
    [`${dec25}দুইসপ্তাহ পরে সভা।`, ['দুইসপ্তাহ পরে', 2021, 1, 8, 'day', true]],
    [`${dec25}তিনমাস আগে সভা।`, ['তিনমাস আগে', 2020, 9, null, 'month', true]],
    ['১৯৫২ সালে আন্দোলন। ৬০বছর পূর্বে সভা।', ['৬০বছর পূর্বে', 1892, null, null, 'year', true]],
    ['১৮৫৭ সালে বিদ্রোহ। সেই শতাব্দীতে সভা।', ['সেই শতাব্দীতে', 1800, null, null, 'century', true]],
    ['১৮৫৭ সালে বিদ্রোহ। পূর্ববর্তী শতকে সভা।', ['পূর্ববর্তী শতকে', 1700, null, null, 'century', true]],
  ] as const)('%s', (text, want) => {
    expect(last(text)).toEqual(want);
  });

  test.each([
    ['61 glued years', '১৯৫২ সালে আন্দোলন। ৬১বছর পর সভা।', '১৯৫২ সালে'],
    ['zero glued days', `${dec25}০দিন পর সভা।`, '২০২০ সালের ২৫ ডিসেম্বর'],
  ])('no second date: %s', (_, text, first) => {
    expect(extractDates(text).map((m) => m.text)).toEqual([first]);
  });
});
