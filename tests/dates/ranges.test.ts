// Ranges and grouped years a writer uses in running prose: wide spans closed by an end word, a short start
// before a BCE year, decade ranges with a short start, ranges between different units, "between" two full
// dates, season ends with a case ending, centuries written onto their number, comma-grouped years.
// Sentences written for these tests (the forms come from real bnwiki prose).
import { expect, test } from 'vitest';
import { extractDates, type DateMention } from '../../src/dates/index.js';

type End = [year: number, precision: string, era?: string] | null;
type Want = [surface: string, year: number, precision: string, era: string, end: End];
const brief = (m: DateMention): Want => [
  m.text,
  m.value.year as number,
  m.value.precision,
  m.value.era,
  m.rangeEnd && !('present' in m.rangeEnd) ? [m.rangeEnd.year as number, m.rangeEnd.precision, m.rangeEnd.era] : null,
];

test.each<[string, string, Want[]]>([
  [
    'a span of centuries closed by অবধি',
    '১১৫৩ থেকে ১৯৫৩ অবধি এই দ্বীপ সুলতানেরা শাসন করেন।',
    [['১১৫৩ থেকে ১৯৫৩', 1153, 'year', 'CE', [1953, 'year', 'CE']]],
  ],
  [
    'without an end word a wide pair is not a range',
    'তালিকায় ১১৫৩ থেকে ১৯৫৩ জন সদস্যের নাম আছে।',
    [['১১৫৩', 1153, 'year', 'CE', null]],
  ],
  [
    'the end word misspelled পরযন্ত',
    'ফাইনম্যান ১৯৪৫ থেকে ১৯৫০ পরযন্ত কর্নেলে পড়ান।',
    [['১৯৪৫ থেকে ১৯৫০', 1945, 'year', 'CE', [1950, 'year', 'CE']]],
  ],
  [
    'two full years joined by থেকে, then a word that neither counts nor measures',
    'রুয়ান্ডার এ বিপ্লবের ফলে ১৯৫৯ থেকে ১৯৬১ সময়কালে অনেক শরণার্থী এসেছিলেন।',
    [['১৯৫৯ থেকে ১৯৬১', 1959, 'year', 'CE', [1961, 'year', 'CE']]],
  ],
  [
    'a counted noun after the pair: no span of years',
    'এখানে ১৫০০ থেকে ১৮০০ প্রজাতির পাখি এবং ১২০০ থেকে ১৫০০ লোক থাকে।',
    [
      ['১৫০০', 1500, 'year', 'CE', null],
      ['১২০০', 1200, 'year', 'CE', null],
    ],
  ],
  [
    'a span of centuries in parentheses of its own, after a name',
    'ক্রোয়েশিয়া সাম্রাজ্য (১৫২৭-১৯১৮) এই শহর শাসন করে।',
    [['১৫২৭-১৯১৮', 1527, 'year', 'CE', [1918, 'year', 'CE']]],
  ],
  [
    'two short CE years before the era word',
    'তার কীর্তি ৭৭-৭৯ খ্রিষ্টাব্দে প্রকাশিত হয়।',
    [['৭৭-৭৯ খ্রিষ্টাব্দে', 77, 'year', 'CE', [79, 'year', 'CE']]],
  ],
  [
    'a short start longer or later than the CE end is no range',
    '৫-৭৯ খ্রিষ্টাব্দে ও ৭৯-৭৭ খ্রিষ্টাব্দে',
    [
      ['৭৯ খ্রিষ্টাব্দে', 79, 'year', 'CE', null],
      ['৭৭ খ্রিষ্টাব্দে', 77, 'year', 'CE', null],
    ],
  ],
  ['without the era word two short numbers are no range', '৭৭-৭৯ সালে', [['৭৯ সালে', 79, 'year', 'CE', null]]],
  [
    'a two-digit start before a BCE year',
    '৯৫ থেকে ৬৫ খ্রিস্টপূর্বাব্দ পর্যন্ত রাজ্যটির উৎকর্ষের সময়।',
    [['৯৫ থেকে ৬৫ খ্রিস্টপূর্বাব্দ', 95, 'year', 'BCE', [65, 'year', 'BCE']]],
  ],
  [
    'a decade range with a four-digit start and a short end',
    '১৯৬০-৭০ এর দশকে তাঁর অনেক গান জনপ্রিয় হয়।',
    [['১৯৬০-৭০ এর দশকে', 1960, 'decade', 'CE', [1970, 'decade', 'CE']]],
  ],
  [
    'a decade range with a full end',
    '১৯০০ থেকে ১৯৩০-এর দশক পর্যন্ত শহরটি বাড়তে থাকে।',
    [['১৯০০ থেকে ১৯৩০-এর দশক', 1900, 'decade', 'CE', [1930, 'decade', 'CE']]],
  ],
  [
    'from a BCE year to a CE century',
    'খ্রিস্টপূর্ব ৩৫০০ অব্দ থেকে বিংশ শতাব্দী পর্যন্ত বহু যুদ্ধ হয়েছে।',
    [['খ্রিস্টপূর্ব ৩৫০০ অব্দ থেকে বিংশ শতাব্দী', 3500, 'year', 'BCE', [1900, 'century', 'CE']]],
  ],
  [
    'from a decade to a year',
    '১৯৯০-এর দশক থেকে ২০০৫ সাল পর্যন্ত কারখানাটি চালু ছিল।',
    [['১৯৯০-এর দশক থেকে ২০০৫ সাল', 1990, 'decade', 'CE', [2005, 'year', 'CE']]],
  ],
  [
    'a dash between a year and a day stays two dates (a timeline line)',
    '১৯৭১ সাল - ২৬ মার্চ স্বাধীনতার ঘোষণা।',
    [
      ['১৯৭১ সাল', 1971, 'year', 'CE', null],
      ['২৬ মার্চ', 1971, 'day', 'CE', null],
    ],
  ],
  [
    'between two month dates',
    'জুলাই ১৯৮৫ এবং জুলাই ১৯৯০ এর মধ্যে মূল্যস্ফীতি বহুগুণ বাড়ে।',
    [['জুলাই ১৯৮৫ এবং জুলাই ১৯৯০ এর', 1985, 'month', 'CE', [1990, 'month', 'CE']]],
  ],
  [
    'two month dates joined by এবং without মধ্যে stay two',
    'জুলাই ১৯৮৫ এবং জুলাই ১৯৯০ সালে নির্বাচন হয়।',
    [
      ['জুলাই ১৯৮৫', 1985, 'month', 'CE', null],
      ['জুলাই ১৯৯০ সালে', 1990, 'month', 'CE', null],
    ],
  ],
  [
    'a season range ending in a case ending',
    '২০১৪-১৫-য় উৎপাদন সবচেয়ে বেশি ছিল।',
    [['২০১৪-১৫-য়', 2014, 'year', 'CE', [2015, 'year', 'CE']]],
  ],
  [
    'a century written onto its number',
    '১৮-শতকের জার্মান চিন্তাবিদেরা এ নিয়ে লেখেন।',
    [['১৮-শতকের', 1700, 'century', 'CE', null]],
  ],
  [
    'a comma-grouped BCE year',
    'প্রাচীন মিশরে খ্রিস্টপূর্ব ৩,০০০ অব্দে এই খেলার সন্ধান পাওয়া যায়।',
    [['খ্রিস্টপূর্ব ৩,০০০ অব্দে', 3000, 'year', 'BCE', null]],
  ],
  ['a comma-grouped count is no year', 'সেখানে ৩,০০০ জন মানুষ থাকেন।', []],
  [
    'a comma-grouped count after থেকে is no range end',
    'জনসংখ্যা ২০০১ সাল থেকে ৩৬,২৬০ জন বেড়েছে।',
    [['২০০১ সাল', 2001, 'year', 'CE', null]],
  ],
  ['a law named with its year', 'কানাডা অ্যাক্ট ১৯৮২ অনুসারে এটিই আইনগত নাম।', []],
  [
    'a dash before a BCE prefix is a range',
    'সক্রেটিসের ছাত্র (আনু খ্রিস্টপূর্ব ৫০০-খ্রিস্টপূর্ব ৪২৮) এথেন্সে ছিলেন।',
    [['খ্রিস্টপূর্ব ৫০০-খ্রিস্টপূর্ব ৪২৮', 500, 'year', 'BCE', [428, 'year', 'BCE']]],
  ],
  [
    'a year and its alternative in parentheses are both years',
    'হাসপাতালটি ১৯০৮ (মতান্তরে ১৯০৯) সালে চালু হয়।',
    [
      ['১৯০৮', 1908, 'year', 'CE', null],
      ['১৯০৯', 1909, 'year', 'CE', null],
    ],
  ],
  [
    'a doubted alternative year',
    'হ্রদের তীরে ১৯৬০ (১৯৬৮?) সালে শহরটি গড়ে ওঠে।',
    [
      ['১৯৬০', 1960, 'year', 'CE', null],
      ['১৯৬৮', 1968, 'year', 'CE', null],
    ],
  ],
  ['a page in parentheses is no alternative', 'বইটি ১৯৭১ (পৃষ্ঠা ১২) সালে ছাপা হয়।', []],
  ['an ordinal suffix written apart', 'ইসিডোর ৭ ম শতাব্দীর এক পণ্ডিত।', [['৭ ম শতাব্দীর', 600, 'century', 'CE', null]]],
  [
    'a spaced ordinal coordinated with a word century',
    'এই রীতি ১৮ তম ও ঊনবিংশ শতাব্দী জুড়ে চলে।',
    [
      ['১৮ তম', 1700, 'century', 'CE', null],
      ['ঊনবিংশ শতাব্দী', 1800, 'century', 'CE', null],
    ],
  ],
  [
    'a hedged century is a century, an approximate count is not',
    'সম্ভবত ১৫ শতকে তারা আসে এবং প্রায় ৬ শতাব্দী ধরে থাকে।',
    [['১৫ শতকে', 1400, 'century', 'CE', null]],
  ],
  [
    'the decade of a century by its ordinal',
    'একবিংশ শতকের প্রথম দশকে শহরটি বড় হয়; ঊনবিংশ শতাব্দীর শেষ দশকে রেলপথ আসে।',
    [
      ['একবিংশ শতকের প্রথম দশকে', 2000, 'decade', 'CE', null],
      ['ঊনবিংশ শতাব্দীর শেষ দশকে', 1890, 'decade', 'CE', null],
    ],
  ],
  ['a misspelt ordinal century', 'সপ্তাদশ শতাব্দী থেকে শব্দটি চালু।', [['সপ্তাদশ শতাব্দী', 1600, 'century', 'CE', null]]],
  [
    'a range of comma-grouped BCE years',
    'এখানে ৫০,০০০-১৩,০০০ খ্রিস্টপূর্বাব্দ পর্যন্ত মানুষ বাস করত।',
    [['৫০,০০০-১৩,০০০ খ্রিস্টপূর্বাব্দ', 50000, 'year', 'BCE', [13000, 'year', 'BCE']]],
  ],
  [
    'a comma-grouped BCE year with hundreds, the marker written apart or glued',
    'মিশরে ২,৫০০ খ্রিস্টপূর্বাব্দে পিরামিড হয়, সুমেরে ২,৮০০খ্রিস্টপূর্বাব্দে লিপি।',
    [
      ['২,৫০০ খ্রিস্টপূর্বাব্দে', 2500, 'year', 'BCE', null],
      ['২,৮০০খ্রিস্টপূর্বাব্দে', 2800, 'year', 'BCE', null],
    ],
  ],
  [
    'a থেকে range of comma-grouped BCE years',
    'এখানে ২০,০০০ থেকে ১৮,০০০ খ্রিস্টপূর্বাব্দের মধ্যে বরফ গলে।',
    [['২০,০০০ থেকে ১৮,০০০ খ্রিস্টপূর্বাব্দের', 20000, 'year', 'BCE', [18000, 'year', 'BCE']]],
  ],
  [
    'the date noun before থেকে',
    '১০ মার্চ তারিখ থেকে ১৫ মার্চ ২০০১ পর্যন্ত মেলা চলে।',
    [['১০ মার্চ তারিখ থেকে ১৫ মার্চ ২০০১', 2001, 'day', 'CE', [2001, 'day', 'CE']]],
  ],
  [
    'alternative years sharing a BCE marker',
    'সক্রেটিস ৪৭০ বা ৪৬৯ খ্রিস্টপূর্বাব্দে জন্মগ্রহণ করেন।',
    [
      ['৪৭০', 470, 'year', 'BCE', null],
      ['৪৬৯ খ্রিস্টপূর্বাব্দে', 469, 'year', 'BCE', null],
    ],
  ],
  [
    'alternative months sharing a year',
    'তিনি আগস্ট বা সেপ্টেম্বর ১৫৭৮ সালে মারা যান।',
    [
      ['আগস্ট', 1578, 'month', 'CE', null],
      ['সেপ্টেম্বর ১৫৭৮ সালে', 1578, 'month', 'CE', null],
    ],
  ],
  [
    'a locative year and its month are one date',
    'এর কিছু পর ১৬৩৩ খ্রিস্টাব্দে ডিসেম্বরে তাঁকে বাড়ি ফিরতে দেওয়া হয়।',
    [['১৬৩৩ খ্রিস্টাব্দে ডিসেম্বরে', 1633, 'month', 'CE', null]],
  ],
  [
    'a word decade of a named century',
    'উনবিংশ শতাব্দীর ষাটের দশকে আন্দোলনটি ছড়িয়ে পড়ে।',
    [['উনবিংশ শতাব্দীর ষাটের দশকে', 1860, 'decade', 'CE', null]],
  ],
  ['months of the weather are no dates', 'গড় তাপমাত্রা এপ্রিল মাসে সর্বোচ্চ এবং জানুয়ারি মাসে সর্বনিম্ন থাকে।', []],
  [
    'a part of the start before থেকে',
    '১৯৮০-এর দশকের মাঝামাঝি থেকে ১৯৯০-এর দশক পর্যন্ত শহরটি বাড়ে।',
    [['১৯৮০-এর দশকের মাঝামাঝি থেকে ১৯৯০-এর দশক', 1980, 'decade', 'CE', [1990, 'decade', 'CE']]],
  ],
  [
    'a century range in cardinal words',
    'আঠারো-উনিশ শতকের গণিতবিদেরা এ নিয়ে কাজ করেন।',
    [['আঠারো-উনিশ শতকের', 1700, 'century', 'CE', [1800, 'century', 'CE']]],
  ],
  ['a count of centuries in words is no date', 'তিন ও চার শতক ধরে এই রীতি চলে।', []],
  [
    'a day of a BCE year with its era after',
    'সিজার ১৫ মার্চ ৪৪ খ্রীষ্টপূর্বাব্দে নিহত হন।',
    [['১৫ মার্চ ৪৪ খ্রীষ্টপূর্বাব্দে', 44, 'day', 'BCE', null]],
  ],
  [
    'a day of a BCE year with its era before',
    'রাজ্যটি ১১ ফেব্রুয়ারি, খ্রিস্টপূর্ব ৬৬০ অব্দে প্রতিষ্ঠিত হয়।',
    [['১১ ফেব্রুয়ারি, খ্রিস্টপূর্ব ৬৬০ অব্দে', 660, 'day', 'BCE', null]],
  ],
  [
    'a title with its year in parentheses is one year',
    "''পিংক ফ্লয়েড ১৯৭৪'' (১৯৭৪) সফরটি বিখ্যাত।",
    [['১৯৭৪', 1974, 'year', 'CE', null]],
  ],
  [
    'a dotted circa abbreviation before a lifespan',
    'আল-খোয়ারিজমি (সি. ৭৮০-৮৫০) একজন গণিতবিদ।',
    [['৭৮০-৮৫০', 780, 'year', 'CE', [850, 'year', 'CE']]],
  ],
  ['a season’s months in parentheses are no date', 'রাজ্যে শীতকাল (ডিসেম্বর-জানুয়ারি) আরামদায়ক।', []],
  ['a century with an emphatic ending', 'এই রীতি চতুর্দশ শতকেরও আগের।', [['চতুর্দশ শতকেরও', 1300, 'century', 'CE', null]]],
  ['two digits after a year that make no range are no year 10', '২০১৮-১০ সালে নির্বাচন হয়।', []],
])('%s', (_name, text, want) => {
  expect(extractDates(text).map(brief)).toEqual(want);
});

test('a century names itself: it is not relative (only a year from the narrative is)', () => {
  const [c] = extractDates('ঊনবিংশ শতাব্দীতে শহরটি গড়ে ওঠে।');
  expect([c.value.year, c.value.precision, c.relative]).toEqual([1800, 'century', false]);
  const [, d] = extractDates('১৯৭১ সালে যুদ্ধ শুরু হয়; এই শতকে দেশটি স্বাধীন হয়।');
  expect([d.value.year, d.value.precision, d.relative]).toEqual([1900, 'century', true]);
});

test('alternatives are approximate: ২২ বা ২৩ সেপ্টেম্বর', () => {
  const found = extractDates('বিষুব হয় ২২ বা ২৩ সেপ্টেম্বর ২০২৪ তারিখে।');
  expect(found.map((m) => [m.text, m.value.day, m.value.month, m.value.year, m.approx])).toEqual([
    ['২২', 22, 9, 2024, true],
    ['২৩ সেপ্টেম্বর ২০২৪', 23, 9, 2024, true],
  ]);
});

test('a letter সি is a circa word only with its dot', () => {
  expect(extractDates('ভিটামিন সি ১৯৩২ সালে আবিষ্কৃত হয়।').map((m) => m.approx)).toEqual([false]);
  expect(extractDates('সি. ১৫০০ সালে শহরটি গড়ে ওঠে।').map((m) => m.approx)).toEqual([true]);
});

test('two days after a genitive year share the month after the second: ১৯৭১ সালের ২৫ ও ২৬ মার্চ', () => {
  const found = extractDates('১৯৭১ সালের ২৫ ও ২৬ মার্চ সেখানে সভা হয়।');
  expect(found.map((m) => [m.text, m.value.year, m.value.month, m.value.day])).toEqual([
    ['১৯৭১ সালের ২৫', 1971, 3, 25],
    ['২৬ মার্চ', 1971, 3, 26],
  ]);
  // a count between them is no day: `২৫ জন ও ২৬ মার্চ`
  expect(extractDates('১৯৭১ সালের ২৫ জন ও ২৬ মার্চ সভায় যান।').map((m) => m.text)).toEqual(['১৯৭১ সালের', '২৬ মার্চ']);
});
