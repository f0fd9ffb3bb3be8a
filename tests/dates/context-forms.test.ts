// Table-driven, per rule: part-of qualifiers after a date (catalogue §3.10), bare years alone in
// parentheses (§2, §7.4), and year-less months `M মাসে` / `Mে` with the year from the discourse (§3.1).
import { describe, expect, it } from 'vitest';
import { extractDates, type DateValue } from '../../src/dates/index.js';

const brief = (text: string, options = {}) =>
  extractDates(text, options).map((m) => ({
    text: m.text,
    year: m.value.year,
    month: m.value.month ?? null,
    day: m.value.day ?? null,
    precision: m.value.precision,
    approx: m.approx,
    relative: m.relative,
  }));
const prev = (year: number, calendar: DateValue['calendar'] = 'gregorian'): DateValue => ({
  year,
  era: 'CE',
  calendar,
  precision: 'year',
});

// 1. Part-of qualifiers (early/mid/late) apply to a month, season, year, decade or century, never to a
// day. Words with a second reading qualify only where they cannot start a new phrase: the nouns `শেষ`,
// `শেষের`, `শুরুর` need a genitive date (`শেষ স্প্যান` = "the last span", `শেষ পর্যন্ত` = "finally",
// `শেষ হয়` = "ended"), the adverbs `শেষে`, `প্রথমে` a non-locative one. `X দিকে`, `শুরুতে`, `মাঝামাঝি` qualify
// in any case. Circa words (`নাগাদ`, `দিকে`) apply to any date.
describe('approx from a qualifier after the date', () => {
  const rows: Array<[string, string, string, boolean]> = [
    ['day + শেষ (last)', '২০২০ সালের ১০ ডিসেম্বর শেষ স্প্যানটি বসানো হয়।', '২০২০ সালের ১০ ডিসেম্বর', false],
    ['D M Y + শেষ (last)', '১০ ডিসেম্বর ২০২০ শেষ স্প্যানটি বসানো হয়।', '১০ ডিসেম্বর ২০২০', false],
    ['day + শেষে (finally)', '১৯৭১ সালের ১৬ ডিসেম্বর শেষে তারা আত্মসমর্পণ করে', '১৯৭১ সালের ১৬ ডিসেম্বর', false],
    ['day + শুরুতে', '১৯৭১ সালের ২৬ মার্চ শুরুতে', '১৯৭১ সালের ২৬ মার্চ', false],
    ['day + দিকে (circa)', '১৯৭১ সালের ১০ ডিসেম্বরের দিকে', '১৯৭১ সালের ১০ ডিসেম্বরের', true],
    ['day + নাগাদ (circa)', '১৫ আগস্ট ১৯৪৭ নাগাদ', '১৫ আগস্ট ১৯৪৭', true],
    ['month + মাসের শেষে', '১৯৮০ সালের মার্চ মাসের শেষে তিনি ফেরেন', '১৯৮০ সালের মার্চ', true],
    ['month (genitive) + শেষে', '১৯৭১ সালের মার্চের শেষে', '১৯৭১ সালের মার্চের', true],
    ['month (nominative) + শেষ (last)', '২০২০ সালের ডিসেম্বর শেষ স্প্যানটি বসানো হয়', '২০২০ সালের ডিসেম্বর', false],
    ['month + মাসে + শেষ (new phrase)', '১৯৮০ সালের মার্চ মাসে শেষ বৈঠক হয়', '১৯৮০ সালের মার্চ', false],
    ['year + শেষের দিকে', '১৯৯০ সালের শেষের দিকে', '১৯৯০ সালের', true],
    ['year + শুরুর দিকে', '২০০৩ সালের শুরুর দিকে দাবানলের কারণে', '২০০৩ সালের', true],
    ['year + প্রথম দিকে', '১৯৭১ সালের প্রথম দিকে', '১৯৭১ সালের', true],
    ['year + মাঝামাঝি', '১৯৭১ সালের মাঝামাঝি সময়ে', '১৯৭১ সালের', true],
    ['year + শেষভাগে', '১৮৫৭ সালের শেষভাগে', '১৮৫৭ সালের', true],
    ['year nominative + শেষে', '২০২০ সাল শেষে দেশটির জনসংখ্যা', '২০২০ সাল', true],
    ['year locative + শেষ পর্যন্ত (finally)', '১৯৭১ সালে শেষ পর্যন্ত দেশ স্বাধীন হয়', '১৯৭১ সালে', false],
    ['year locative + প্রথমে (first)', '১৯৭১ সালে প্রথমে তিনি কলকাতায় যান', '১৯৭১ সালে', false],
    ['year + a direction দিকে', '১৯৭১ সালে উত্তর দিকে যাত্রা করেন', '১৯৭১ সালে', false],
    ['year + নাগাদ', '১৭৭৫ সাল নাগাদ ওয়াশিংটন', '১৭৭৫ সাল', true],
    ['decade locative + শেষের দিকে', '১৯৯০-এর দশকে শেষের দিকে এসে দাম বাড়ে', '১৯৯০-এর দশকে', true],
    ['year locative + প্রথম দিকে', '২০০৯ সালে প্রথম দিকে ভারত', '২০০৯ সালে', true],
    ['decade locative + মাঝামাঝি', '১৯৯০-এর দশকে মাঝামাঝি সময়ে', '১৯৯০-এর দশকে', true],
    ['month genitive + মাঝামাঝির দিকে', '১৯৩৯ সালের সেপ্টেম্বরের মাঝামাঝির দিকে', '১৯৩৯ সালের সেপ্টেম্বরের', true],
    ['spaced genitive particle + দিকে', 'খ্রিস্টপূর্ব ৩৫০০ এর দিকে প্রথম রাস্তা', 'খ্রিস্টপূর্ব ৩৫০০', true],
    // a case ending written apart belongs to the span (events-dev.md: `১৯০৭ এর`, `২০০৫ এর অক্টোবরে`)
    ['M Y + spaced এর প্রথম দিকে', 'মে ১৯৯৮ এর প্রথম দিকে', 'মে ১৯৯৮ এর', true],
    ['year locative + শেষ হয় (ended)', 'এটা ২০১০-এ শেষ হয় যখন', '২০১০-এ', false],
    ['day + শেষ হয়েছিল (ended)', '১৮৪৮ সালের ২ ফেব্রুয়ারি শেষ হয়েছিল', '১৮৪৮ সালের ২ ফেব্রুয়ারি', false],
    ['genitive + a noun + দিকে (towards)', '১৯৮৯ সালের বিপ্লবের দিকে পরিচালিত হয়', '১৯৮৯ সালের', false],
    ['century + শেষ পর্যন্ত (genitive)', 'এটি ১৯ শতকের শেষ পর্যন্ত ছিল।', '১৯ শতকের', true],
    ['decade + শুরুতে', 'আশির দশকের শুরুতে যুক্তরাজ্য থেকে', 'আশির দশকের', true],
    ['season + প্রথমে', '১৯১৭ সালের বসন্তকালের প্রথমে রামানুজন', '১৯১৭ সালের বসন্তকালের', true],
  ];
  it.each(rows)('%s: %s', (_, text, surface, approx) => {
    const [m] = brief(text);
    expect(m).toMatchObject({ text: surface, approx });
  });
});

// 2. A 3–4 digit number alone in parentheses is a year a reader sees (`প্রকাশ করেন (১৮৩০)।`,
// `শেষের কবিতা (১৯২৯)`), and anchors the relative years after it; not with a unit or page word
// (false-positives.test.ts), not a 3-digit number far from the discourse year.
describe('a bare year alone in parentheses', () => {
  const rows: Array<[string, string, Array<[string, number | null, boolean]>]> = [
    // `সে বছর` only repeats the year just named: not a mention of its own (events-dev.md)
    [
      'after a verb, then সে বছর',
      '১৮২৯ সালে প্রথম গবেষণাপত্র প্রকাশ হয়। তারপরে প্রবন্ধ প্রকাশ করেন (১৮৩০)। সে বছর তিনি ৩টি পত্র প্রকাশ করেন।',
      [
        ['১৮২৯ সালে', 1829, false],
        ['১৮৩০', 1830, false],
      ],
    ],
    [
      'সে বছরের + a month resolves against it',
      '১৮২৯ সালে প্রথম গবেষণাপত্র প্রকাশ হয়। তারপরে প্রবন্ধ প্রকাশ করেন (১৮৩০)। সে বছরের মার্চে তিনি ৩টি পত্র প্রকাশ করেন।',
      [
        ['১৮২৯ সালে', 1829, false],
        ['১৮৩০', 1830, false],
        ['সে বছরের মার্চে', 1830, true],
      ],
    ],
    ['after a title', 'তাঁর উপন্যাস শেষের কবিতা (১৯২৯) বিখ্যাত', [['১৯২৯', 1929, false]]],
    [
      'after a phrase, then a year-less day',
      'বছর ঘুরতেই (১৮৩১) তিনি গ্রেফতার হন; ১৪ জুলাই মুক্তি পান',
      [
        ['১৮৩১', 1831, false],
        ['১৪ জুলাই', 1831, true],
      ],
    ],
    ['ASCII digits', 'Critique of Pure Reason (1781) বইটির জন্য', [['1781', 1781, false]]],
    ['spaces inside the parentheses', 'প্রথম সংস্করণ ( ১৯০৫ ) প্রকাশিত হয়', [['১৯০৫', 1905, false]]],
    [
      'a 3-digit year near the discourse year',
      '৭০০ সালের পর কনস্টান্টিনোপলের দ্বিতীয় অবরোধ (৭১৭) ঘটে',
      [
        ['৭০০ সালের', 700, false],
        ['৭১৭', 717, false],
      ],
    ],
    ['a 3-digit number, no year near', '১৯৫২ সালে বিধানসভা (২৯৫) গঠিত হয়', [['১৯৫২ সালে', 1952, false]]],
    ['a range in parentheses (unchanged)', 'গালোয়া (১৮১১–১৮৩২) গণিতবিদ', [['১৮১১–১৮৩২', 1811, false]]],
    ['an open range in parentheses (unchanged)', 'শঙ্খ ঘোষ (১৯৩২-) কবি', [['১৯৩২-', 1932, false]]],
    ['not a year: out of range', 'সাময়িকী ৪৮৯ (৭৪১৪): ১২১–১২৩', []],
  ];
  it.each(rows)('%s: %s', (_, text, want) => {
    expect(brief(text).map((m) => [m.text, m.year, m.relative])).toEqual(want);
  });
  it('is year precision, not approximate, with offsets of the number alone', () => {
    const text = 'প্রবন্ধ প্রকাশ করেন (১৮৩০)।';
    const [m] = extractDates(text);
    expect(m).toMatchObject({ text: '১৮৩০', start: text.indexOf('১৮৩০'), approx: false, relative: false });
    expect(m!.value).toEqual({ year: 1830, era: 'CE', calendar: 'gregorian', precision: 'year' });
  });
});

// 3. `M মাসে`, `M মাসের`, `Mে` without a year (§3.1, 68 uses): a month mention whose year comes from the
// previous explicit date in the text, else `options.previous`, else `options.referenceYear`, else null
// (never today's). `relative: true`. Recurring months (`প্রতি জুনে`), year-less month ranges
// (`মার্চ-মে মাসে`, §5), Bengali months with no Bengali year, names and word prefixes are not dates.
describe('a year-less month with the year from context', () => {
  type Row = [string, string, object, Array<[string, number | null, number | null, number | null]>];
  const rows: Row[] = [
    [
      'M মাসে after an explicit year',
      '১৪২৯ সালের মে মাসে অবরোধ ভাঙে। জুন মাসে তিনি রীইঁ অধিকার করেন।',
      {},
      [
        ['১৪২৯ সালের মে', 1429, 5, null],
        ['জুন', 1429, 6, null],
      ],
    ],
    [
      'M মাসের',
      '১৯৭১ সালে যুদ্ধ শুরু হয়। ডিসেম্বর মাসের মধ্যে দেশ স্বাধীন হয়।',
      {},
      [
        ['১৯৭১ সালে', 1971, null, null],
        ['ডিসেম্বর', 1971, 12, null],
      ],
    ],
    [
      'Mে (fused locative)',
      '১৯৮৫ সালে অ্যালবাম বের হয়। সেপ্টেম্বরে তারা ইউরোপে ফিরে আসে।',
      {},
      [
        ['১৯৮৫ সালে', 1985, null, null],
        ['সেপ্টেম্বরে', 1985, 9, null],
      ],
    ],
    [
      'Mতে',
      '২০০৯ সালে নির্বাচন হয়, জানুয়ারিতে তিনি শপথ নেন',
      {},
      [
        ['২০০৯ সালে', 2009, null, null],
        ['জানুয়ারিতে', 2009, 1, null],
      ],
    ],
    [
      'Mয়ে',
      '১৯৭০ সালে সফর শুরু; জুলাইয়ে তারা ফেরে',
      {},
      [
        ['১৯৭০ সালে', 1970, null, null],
        ['জুলাইয়ে', 1970, 7, null],
      ],
    ],
    [
      'মে মাসে',
      '১৬৫০ সালে দেকার্তের মৃত্যুর দুই মাস পর মে মাসে তিনি মারা যান',
      {},
      [
        ['১৬৫০ সালে', 1650, null, null],
        ['মে', 1650, 5, null],
      ],
    ],
    [
      'from options.previous',
      'জুন মাসে জোন তার সৈন্যবাহিনী নিয়ে অগ্রসর হন।',
      { previous: prev(1429) },
      [['জুন', 1429, 6, null]],
    ],
    ['from options.referenceYear', 'জুন মাসে তিনি ফেরেন', { referenceYear: 2001 }, [['জুন', 2001, 6, null]]],
    ['no context: year null', 'জুন মাসে তিনি ফেরেন', {}, [['জুন', null, 6, null]]],
    [
      'M মাসের D তারিখে: a day',
      '১৯৭১ সালে যুদ্ধ হয়। জুন মাসের ১০ তারিখে তিনি ফেরেন।',
      {},
      [
        ['১৯৭১ সালে', 1971, null, null],
        ['জুন মাসের ১০ তারিখে', 1971, 6, 10],
      ],
    ],
    [
      'a month range with context',
      '১৯৭১ সালে যুদ্ধ। জুন–জুলাই মাসে অপারেশন জ্যাকপট চলে',
      {},
      [
        ['১৯৭১ সালে', 1971, null, null],
        ['জুন–জুলাই', 1971, 6, null],
      ],
    ],
    [
      'a Bengali month after a Bengali year',
      '১৩০৭ বঙ্গাব্দে তিনি কলকাতায় যান। বৈশাখ মাসে গানটি প্রকাশ পায়।',
      {},
      [
        ['১৩০৭ বঙ্গাব্দে', 1307, null, null],
        ['বৈশাখ', 1307, 1, null],
      ],
    ],
    ['Y সালের M মাসে (unchanged)', '১৯৫০ সালের এপ্রিল মাসে পৌরসংস্থা গঠিত হয়', {}, [['১৯৫০ সালের এপ্রিল', 1950, 4, null]]],
    [
      'M বা M মাসে after a year (unchanged)',
      '১৬১০ খ্রিস্টাব্দের সেপ্টেম্বর বা অক্টোবর মাসে',
      {},
      [
        ['১৬১০ খ্রিস্টাব্দের সেপ্টেম্বর', 1610, 9, null],
        ['অক্টোবর', 1610, 10, null],
      ],
    ],
    ['year-less month range: not a date (§5)', 'একটি সময় হচ্ছে মার্চ-মে মাসে এবং আরেকটি সেপ্টেম্বর-নভেম্বরে।', {}, []],
    ['recurring: প্রতি বছর', '১৯৭১ সালে চালু হয়। প্রতি বছর জানুয়ারিতে উৎসব হয়।', {}, [['১৯৭১ সালে', 1971, null, null]]],
    ['a bare month word is not a date', '১৯৭১ সালে জুন তার বন্ধুর সঙ্গে যায়', {}, [['১৯৭১ সালে', 1971, null, null]]],
    ['মে inside মেগাহার্জ', '১৯৯৮ সালে ৯৬ মেগাহার্জ বেতার তরঙ্গে সম্প্রচার শুরু হয়', {}, [['১৯৯৮ সালে', 1998, null, null]]],
  ];
  it.each(rows)('%s: %s', (_, text, options, want) => {
    expect(brief(text, options).map((m) => [m.text, m.year, m.month, m.day])).toEqual(want);
  });
  it('is month precision, relative, and does not become the discourse year', () => {
    const ms = brief('১৯৭১ সালে যুদ্ধ শুরু হয়। জুন মাসে তিনি যান। পরের বছর ফেরেন।');
    expect(ms[1]).toMatchObject({
      text: 'জুন',
      year: 1971,
      month: 6,
      precision: 'month',
      relative: true,
      approx: false,
    });
    expect(ms[2]).toMatchObject({ text: 'পরের বছর', year: 1972 });
  });
  it('a range that wraps the year starts a year earlier', () => {
    const [, m] = extractDates('১৯৭১ সালে যুদ্ধ। নভেম্বর-ফেব্রুয়ারি মাসে শীত');
    expect(m).toMatchObject({
      text: 'নভেম্বর-ফেব্রুয়ারি',
      relative: true,
      value: { year: 1970, month: 11 },
      rangeEnd: { year: 1971, month: 2 },
    });
  });
  it('takes approx from a part-of qualifier after মাসের', () => {
    expect(brief('১৯৭১ সালে যুদ্ধ। মে মাসের শেষ নাগাদ সেনাবাহিনী অধিকাংশ শহর অধিকার করে')[1]).toMatchObject({
      text: 'মে',
      year: 1971,
      approx: true,
    });
  });
});
