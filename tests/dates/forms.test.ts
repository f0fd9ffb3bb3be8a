// Table-driven: one row per date form of the catalogue (§3), Bengali input → the one mention expected.
// Conventions (catalogue §5): decades → first year, centuries → first year of the popular span,
// Bengali/Hijri years native, ranges carry `rangeEnd`, year-less dates take the discourse year.
import { describe, expect, it } from 'vitest';
import { extractDates, type DateValue } from '../../src/dates/index.js';

type V = Partial<DateValue>;
const G = (year: number | null, month?: number, day?: number): V => ({
  year,
  month,
  day,
  calendar: 'gregorian',
  era: 'CE',
  precision: day ? 'day' : month ? 'month' : 'year',
});

const rows: Array<[string, string, V, (V | { present: true })?]> = [
  // Gregorian day forms
  ['D M Y', 'জন্ম: ২৬ মার্চ ১৯৪১ সালে', G(1941, 3, 26)],
  ['D M, Y সালে', '৮ জুলাই, ১৯৭২ সালে তিনি', G(1972, 7, 8)],
  ['D M Y-এ', 'তিনি ৪ নভেম্বর ১৯৮২-এ পদত্যাগ করেন', G(1982, 11, 4)],
  ['M D, Y', 'জেরাল্ড (জন্ম: জুলাই ১, ১৯২৯, নিউ ইয়র্ক)', G(1929, 7, 1)],
  ['M D Y without comma', 'জন্ম: আগস্ট ১৫ ১৯৪৫ )', G(1945, 8, 15)],
  ['Y সালের D M', '১৯৮৯ সালের ১২ নভেম্বর, দোহায়', G(1989, 11, 12)],
  ['Y খ্রিষ্টাব্দের Dই M', 'ভুটান ১৯৭১ খ্রিষ্টাব্দের ৬ই ডিসেম্বর স্বীকৃতি দেয়', G(1971, 12, 6)],
  ['Y-এর D M', 'নিয়াজী ১৯৭১-এর ১৬ ডিসেম্বর আত্মসমর্পণ করে', G(1971, 12, 16)],
  ['Y সালের M D তারিখে', '১৬৭৭ সালের ফেব্রুয়ারি ২১ তারিখে', G(1677, 2, 21)],
  ['suffix শে', '১৮৮৭ সালের ৩০শে অক্টোবর', G(1887, 10, 30)],
  ['suffix রা', '২রা জানুয়ারি ১৯৫০ তারিখে', G(1950, 1, 2)],
  ['suffix লা', 'সেটি ১লা মে ১৯৬০ থেকে চালু', G(1960, 5, 1)],
  ['suffix ঠা', '৪ঠা জুন ১৯৭০ সালে', G(1970, 6, 4)],
  ['suffix রা on ৩', '১৯৭১ সালের ৩রা মার্চ', G(1971, 3, 3)],
  ['non-standard ২০ই', '২০ই ফেব্রুয়ারি ১৯৬২ তারিখে', G(1962, 2, 20)],
  ['month with case ending', '২০১০ সালের ৩০ ডিসেম্বরে আইন', G(2010, 12, 30)],
  ['ASCII digits', '(তারিখ 3 অগাস্ট 2022)', G(2022, 8, 3)],
  ['mixed digits ১৯7১', '২৬ মার্চ ১৯7১ তারিখে', G(1971, 3, 26)],
  ['numeric D/M/Y', 'জনসংখ্যা (২৭/০৭/২০২০ অনুযায়ী)', G(2020, 7, 27)],
  ['misspelling জানুযারি', '১২ জানুযারি ১৯৯৪-এ', G(1994, 1, 12)],
  ['variant সেপ্টেম্বার', '২০০৮ সালের ১১ই সেপ্টেম্বার তিনি', G(2008, 9, 11)],
  ['Assamese ৰ in ফেব্ৰুয়ারি', '১৩ ফেব্ৰুয়ারি ২০১৪', G(2014, 2, 13)],
  ['precomposed য় (U+09DF)', '১৫ জানু\u09DFারি ২০০১', G(2001, 1, 15)],
  ['পহেলা … year', 'পহেলা জানুয়ারি ২০০০', G(2000, 1, 1)],
  ['মে is a month when alone', 'শেষ হয়, ১৮৬৯ সালের ১০ মে।', G(1869, 5, 10)],
  // months and years
  ['Y সালের M', '২০০০ সালের আগস্টে', G(2000, 8)],
  ['Y সালের M মাসে', '১৯৫০ সালের এপ্রিল মাসে', G(1950, 4)],
  ['M, Y সালে', 'প্রকাশিত হয় ফেব্রুয়ারি, ২০০৪ সালে।', G(2004, 2)],
  ['M Y-এর', 'জানুয়ারী ২০১০-এর উপাত্ত', G(2010, 1)],
  ['Y-এর M', '২০০৯-এর জানুয়ারিতে', G(2009, 1)],
  ['Y সালে', 'পরবর্তীকালে ১৯৭৮ সালে এটি', G(1978)],
  ['Y সন', '১৯৮০ সনে IBM', G(1980)],
  ['Y খ্রিস্টাব্দে', 'এর ফলে ১৪৬৭ খ্রিস্টাব্দে', G(1467)],
  ['glued খৃঃ', '(১৬৫৯খৃঃ)', G(1659)],
  ['bare year + -তে', '১৯৮৩-তে গুলজারাক', G(1983)],
  ['bare year + glued তে', 'তিনি ১৯৮১তে বাংলাদেশে', G(1981)],
  ['trap: খ্রিষ্টাব্দে পূর্ববঙ্গের is CE', '১৯৫৪ খ্রিষ্টাব্দে পূর্ববঙ্গের নাম', G(1954)],
  ['trap: খ্রিস্টাব্দের পূর্বেই is CE', '৯৭৬ খ্রিস্টাব্দের পূর্বেই', G(976)],
  // BCE
  ['খ্রিস্টপূর্ব Y অব্দে', 'খ্রিস্টপূর্ব ৩২৩ অব্দে কোরিন্থে', { year: 323, era: 'BCE', precision: 'year' }],
  ['Y খ্রিস্টপূর্বাব্দে', 'সক্রেটিস ৩৯৯ খ্রিস্টপূর্বাব্দে', { year: 399, era: 'BCE', precision: 'year' }],
  ['Y&nbsp;বিসি', "''c''. ২৮৭&nbsp;বিসি", { year: 287, era: 'BCE', precision: 'year' }],
  // Bengali calendar and Hijri
  [
    'D BM, Y বঙ্গাব্দ',
    '(২৪ অগ্রহায়ণ, ১২৯০ বঙ্গাব্দ)',
    { year: 1290, month: 8, day: 24, calendar: 'bengali', precision: 'day' },
  ],
  ['বঙ্গাব্দ Y, D BM', '(বঙ্গাব্দ ১৩৩৭, ২৬শে বৈশাখ)', { year: 1337, month: 1, day: 26, calendar: 'bengali' }],
  ['BM D, Y বঙ্গাব্দ', '(জ্যৈষ্ঠ ১১, ১৩০৬ বঙ্গাব্দ)', { year: 1306, month: 2, day: 11, calendar: 'bengali' }],
  ['বাংলা D BM Y সাল', '(বাংলা ২৬ চৈত্র ১৩০০ সাল)', { year: 1300, month: 12, day: 26, calendar: 'bengali' }],
  ['Y বঙ্গাব্দের BM মাসে', '১৩০৭ বঙ্গাব্দের বৈশাখ মাসে', { year: 1307, month: 1, calendar: 'bengali', precision: 'month' }],
  ['Y সনের BM', '১৩৩২ সনের শ্রাবণ সংখ্যায়', { year: 1332, month: 4, calendar: 'bengali', precision: 'month' }],
  [
    'পহেলা বৈশাখ (recurring, no year)',
    'উৎসবের মধ্যে পহেলা বৈশাখ প্রধান',
    { year: null, month: 1, day: 1, calendar: 'bengali' },
  ],
  ['Hijri', '২৭ রমজান ১৩৬৬ হিজরী', { year: 1366, month: 9, day: 27, calendar: 'hijri', precision: 'day' }],
  // decades, centuries, seasons
  ['Y-এর দশকে', '১৯৭০-এর দশকে দেশটির', { year: 1970, precision: 'decade' }],
  ['Y এর দশক (spaced)', '২০০০ এর দশকে', { year: 2000, precision: 'decade' }],
  ['word decade', 'আশির দশকের শুরুতে', { year: 1980, precision: 'decade' }],
  ['ঊনবিংশ শতাব্দী', 'ঊনবিংশ শতাব্দীতে ব্রিটিশ শাসন', { year: 1800, precision: 'century' }],
  ['উনিশ শতক', 'উনিশ শতকের গবেষকগণ', { year: 1800, precision: 'century' }],
  ['৭ম শতকে', '৭ম শতকে ব্রহ্মগুপ্ত ০-কে', { year: 600, precision: 'century' }],
  ['১৫ শতকের (bare)', '১৫ শতকের মাঝামাঝি সময়ে', { year: 1400, precision: 'century' }],
  ['BCE century', 'খ্রিস্টপূর্ব ২য় শতকে', { year: 200, era: 'BCE', precision: 'century' }],
  ['season', '১৯৮৮ সালের গ্রীষ্মে এই', { year: 1988, precision: 'season', season: 'summer' }],
  ['season -কাল', '১৯১৭ সালের বসন্তকালের প্রথমে', { year: 1917, precision: 'season', season: 'spring' }],
  // ranges
  ['থেকে … পর্যন্ত', '১৯৪৮ খ্রিষ্টাব্দের ১১ই মার্চ থেকে ১৫ই মার্চ পর্যন্ত', G(1948, 3, 11), G(1948, 3, 15)],
  ['D-Dই M Y', '৭-২১ই এপ্রিল ২০০৭ (ISS)', G(2007, 4, 7), G(2007, 4, 21)],
  ['D M – D M Y', '২৬শে মার্চ - ৮ই এপ্রিল ২০০৯', G(2009, 3, 26), G(2009, 4, 8)],
  ['lifespan', '(২৪ মে ১৮৯৯ – ২৯ আগস্ট ১৯৭৬)', G(1899, 5, 24), G(1976, 8, 29)],
  ['YYYY-YY', 'ইয়োসেফ স্টেফান (১৮৩৫-৯৩)।', G(1835), G(1893)],
  ['YYYY–YY খ্রিস্টাব্দের', '১৫৪২–৪৩ খ্রিস্টাব্দের মধ্যে', G(1542), G(1543)],
  ['Y থেকে Y সাল', '১৩৯১ থেকে ১৫৩৪ সাল পর্যন্ত', G(1391), G(1534)],
  ['open (১৯৫০-)', '* আবিদ আনোয়ার (১৯৫০-)', G(1950), { present: true }],
  ['– বর্তমান', '(২৫ জুন ২০২০ - বর্তমান)', G(2020, 6, 25), { present: true }],
  ['BCE range, one prefix', 'খ্রীস্টপূর্ব ৫৫০০-২৬০০ অব্দের দিকে', { year: 5500, era: 'BCE' }, { year: 2600, era: 'BCE' }],
  ['BCE range, suffix', '(২৭৬–১৯৪ খ্রিস্টপূর্ব)', { year: 276, era: 'BCE' }, { year: 194, era: 'BCE' }],
  ['era switch', 'খ্রিস্টপূর্ব ২৭ থেকে ১৪ খ্রিস্টাব্দ', { year: 27, era: 'BCE' }, { year: 14, era: 'CE' }],
  ['century range', '১৬শ থেকে ১৯শ শতকে', { year: 1500, precision: 'century' }, { year: 1800, precision: 'century' }],
  [
    'century range, bare start',
    '১৬ থেকে ২০ শতকের মধ্যে',
    { year: 1500, precision: 'century' },
    { year: 1900, precision: 'century' },
  ],
  ['month range in a year', '২০১৬ সালের নভেম্বর-ডিসেম্বরে', G(2016, 11), G(2016, 12)],
  ['slash months', 'ডিসে ১৯৩৪/জানু ১৯৩৫', G(1934, 12), G(1935, 1)],
  ['quarter', '২০০৮ সালের তৃতীয় ত্রৈমাসিকে', G(2008, 7), G(2008, 9)],
  ['date templates', '{{শুরুর তারিখ|১৯৬০}}–{{end date|১৯৭০}}', G(1960), G(1970)],
];

describe('extractDates: one row per form', () => {
  it.each(rows)('%s: %s', (_, text, value, end) => {
    const got = extractDates(text);
    expect(got).toHaveLength(1);
    expect(got[0]!.value).toMatchObject(Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));
    if (end)
      expect(got[0]!.rangeEnd).toMatchObject(
        Object.fromEntries(Object.entries(end).filter(([, v]) => v !== undefined)),
      );
    else expect(got[0]!.rangeEnd).toBeUndefined();
    expect(got[0]!.text).toBe(text.slice(got[0]!.start, got[0]!.end));
  });
});

describe('coordination, approximation, calendars named in the text', () => {
  it('১৯৮০ ও ১৯৯০-এর দশকে → two decades', () => {
    expect(extractDates('১৯৮০ ও ১৯৯০-এর দশকে এটি').map((m) => [m.value.year, m.value.precision])).toEqual([
      [1980, 'decade'],
      [1990, 'decade'],
    ]);
  });
  it('খ্রিস্টপূর্ব ৫ম ও ২য় শতকের মধ্যবর্তী → one BCE century range', () => {
    const [m] = extractDates('রাজ্যটি খ্রিস্টপূর্ব ৫ম ও ২য় শতকের মধ্যবর্তী সময়ে');
    expect(m!.value).toMatchObject({ year: 500, era: 'BCE', precision: 'century' });
    expect(m!.rangeEnd).toMatchObject({ year: 200, era: 'BCE', precision: 'century' });
  });
  it('সেপ্টেম্বর বা অক্টোবর → two approximate months of the same year', () => {
    const got = extractDates('১৬১০ খ্রিস্টাব্দের সেপ্টেম্বর বা অক্টোবর মাসে');
    expect(got.map((m) => [m.value.year, m.value.month, m.approx, m.relative])).toEqual([
      [1610, 9, true, false],
      [1610, 10, true, true],
    ]);
  });
  it.each([
    ['আনুমানিক ৬৫০ খ্রি.', true],
    ['১৭৭৫ সাল নাগাদ', true],
    ['২০০৩ সালের শুরুর দিকে', true],
    ['১৯ শতকের শেষ পর্যন্ত', true],
    ['সম্ভবত ১৯৩৬-৩৭ সালে', true],
    ['{{circa|খ্রিস্টপূর্ব ৪৮৪}}', true],
    ['১৯৭১ সালে', false],
    ['১৫৪২–৪৩ খ্রিস্টাব্দের মধ্যে', false],
  ])('approx: %s → %s', (text, approx) => {
    expect(extractDates(text)[0]!.approx).toBe(approx);
  });
  it('জুলীয় বর্ষপঞ্জী marks the next date Julian; পু. প. / ন. প. mark Old/New Style', () => {
    const got = extractDates(
      'জুলীয় বর্ষপঞ্জী অনুসারে তার জন্ম তারিখ ১১ ফেব্রুয়ারি, ১৭৩১ খ্রিষ্টাব্দ এবং গ্রেগরীয় বর্ষপঞ্জী অনুসারে ২২ ফেব্রুয়ারি, ১৭৩২ খ্রিষ্টাব্দ।',
    );
    expect(got.map((m) => m.value.calendar)).toEqual(['julian', 'gregorian']);
    expect(got[0]!.gregorian).toMatchObject({ year: 1731, month: 2, day: 22, calendar: 'gregorian' });
    const [bach] = extractDates('(২১শে মার্চ, ১৬৮৫ পু. প. – ২৮শে জুলাই, ১৭৫০ ন. প.)');
    expect(bach!.value.calendar).toBe('julian');
    expect(bach!.rangeEnd).toMatchObject({ year: 1750, calendar: 'gregorian' });
  });
  it('Bengali dates carry their Gregorian equivalent (approx before 1987)', () => {
    const [m] = extractDates('৮ ফাল্গুন ১৪৩০ বঙ্গাব্দ');
    expect(m!.gregorian).toMatchObject({ year: 2024, month: 2, day: 21, calendar: 'gregorian' });
    const [old] = extractDates('২৫ বৈশাখ, ১২৬৮ বঙ্গাব্দ');
    expect(old!.gregorian).toMatchObject({ year: 1861, month: 5, approx: true });
  });
});

describe('relative dates and discourse', () => {
  it('inherits the previous explicit year', () => {
    const got = extractDates('১৯৭০ সালের ১১ ফেব্রুয়ারি তিনি যোগ দেন। একই বছর ১২ ডিসেম্বর তিনি চলে যান। পরের বছর তিনি ফেরেন।');
    expect(got.map((m) => [m.value.year, m.value.month ?? null, m.value.day ?? null, m.relative])).toEqual([
      [1970, 2, 11, false],
      [1970, 12, 12, true],
      [1971, null, null, true],
    ]);
  });
  it('unresolvable → year null, never today', () => {
    const [m] = extractDates('একই বছর ১১ই সেপ্টেম্বর আটক হন');
    expect(m!.value.year).toBeNull();
    expect(m!.relative).toBe(true);
  });
  it('referenceYear and previous feed the discourse', () => {
    expect(extractDates('৫ই জানুয়ারি ভোট হয়', { referenceYear: 2014 })[0]!.value.year).toBe(2014);
    const previous = extractDates('১৮৭৫ সালে তিনি আসেন')[0]!.value;
    expect(extractDates('৮০-র দশকের আগে তা গুরুত্ব পায়নি', { previous })[0]!.value.year).toBe(1880);
    expect(extractDates('সেই বছরের আগস্টে', { previous })[0]!.value).toMatchObject({ year: 1875, month: 8 });
  });
  it('a redundant relative phrase before an explicit year adds nothing', () => {
    expect(extractDates('পরের বছর ১৮৫৯ সালে পরীক্ষা').map((m) => m.text)).toEqual(['১৮৫৯ সালে']);
  });
});

describe('invalid values are flagged, not changed', () => {
  it('৩১ ফেব্রুয়ারি', () => {
    const [m] = extractDates('৩১ ফেব্রুয়ারি ১৯৯০');
    expect(m!.value).toMatchObject({ year: 1990, month: 2, day: 31, invalid: true });
    expect(m!.invalid).toBe(true);
  });
  it('range ending before it starts', () => {
    const [m] = extractDates('* শঙ্খ ঘোষ (১৯৩২-১৯২১)');
    expect(m!.value.year).toBe(1932);
    expect(m!.rangeEnd).toMatchObject({ year: 1921 });
    expect(m!.invalid).toBe(true);
  });
  it('29 February of a leap year is valid', () => {
    expect(extractDates('২৯ ফেব্রুয়ারি ২০২০')[0]!.invalid).toBeUndefined();
  });
});
