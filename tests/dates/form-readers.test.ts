// The form readers on the spellings that take their less common branches: a marker glued to the year after a
// day or month (`২৬ মার্চ ১৯৭১খ্রি.`, `বৈশাখ ১৩০৭বঙ্গাব্দ`), a Hijri month with a year only when a Hijri marker says
// so (`রজব ১৯৮০` is a name and a year), `মাস M D` without a year and what stops it (`মে ২০%`, `মে ২০ জন`), a day
// after `সালের M মাসের` but not after `মাসে` (`এপ্রিল মাসে ১০ জন` is a count), decades written four ways, and a
// year with a style marker.
import { describe, expect, test } from 'vitest';
import { extractDates, type DateValue } from '../../src/dates/index.js';

const v = (x: DateValue) =>
  `${x.era === 'BCE' ? '-' : ''}${x.year}/${x.month ?? ''}/${x.day ?? ''} ${x.precision}${x.calendar === 'gregorian' ? '' : ` ${x.calendar}`}`;
const read = (text: string) => extractDates(text).map((m) => [m.text, v(m.value)]);

describe('a marker glued to the year', () => {
  test.each([
    ['২৬ মার্চ ১৯৭১খ্রি.', '1971/3/26 day'],
    ['২৬শে বৈশাখ ১৩৩৭বঙ্গাব্দে', '1337/1/26 day bengali'],
    ['মার্চ ১৯৭১খ্রিঃ', '1971/3/ month'],
    ['বৈশাখ ১৩০৭বঙ্গাব্দ', '1307/1/ month bengali'],
    ['রমজান ১৩৬৬হিজরি', '1366/9/ month hijri'],
    ['রমজান ১৩৬৬ হিজরি', '1366/9/ month hijri'],
    ['১৯৫৬ পু. প.', '1956// year julian'],
  ])('%s', (text, value) => {
    expect(read(text)).toEqual([[text, value]]);
  });

  test('a Hijri month before a year without a Hijri marker is a name: the year alone', () => {
    expect(read('রজব ১৯৮০')).toEqual([['১৯৮০', '1980// year']]);
  });
});

describe('month, then day', () => {
  test('`মার্চ ২৬` is a year-less day; not before a percent sign, a count word or a day suffix', () => {
    expect(read('মার্চ ২৬ তারিখে')).toEqual([['মার্চ ২৬', 'null/3/26 day']]);
    expect(read('মে ২০% বেড়েছে')).toEqual([]);
    expect(read('মে ২০ জন')).toEqual([]);
    expect(read('জুন ৮ই')).toEqual([]);
  });

  test('after a year: `সালের এপ্রিল মাসের ১০ তারিখে` is a day, `এপ্রিল মাসে ১০ জন` and `এপ্রিল ১০ জন` a month', () => {
    expect(read('১৯৫০ সালের এপ্রিল মাসের ১০ তারিখে')).toEqual([['১৯৫০ সালের এপ্রিল মাসের ১০ তারিখে', '1950/4/10 day']]);
    expect(read('১৯৫০ সালের এপ্রিল মাসে ১০ জন')).toEqual([['১৯৫০ সালের এপ্রিল', '1950/4/ month']]);
    expect(read('১৯৫০ সালের এপ্রিল ১০ জন')).toEqual([['১৯৫০ সালের এপ্রিল', '1950/4/ month']]);
    expect(read('১৯৪৭ খ্রিস্টাব্দে ১২ জন')).toEqual([['১৯৪৭ খ্রিস্টাব্দে', '1947// year']]);
  });

  test('without a year: `জুন মাসের ১০ তারিখে` is a day, `জুন মাসে ১০ জন` a month', () => {
    expect(read('জুন মাসের ১০ তারিখে')).toEqual([['জুন মাসের ১০ তারিখে', 'null/6/10 day']]);
    expect(read('জুন মাসে ১০ জন')).toEqual([['জুন', 'null/6/ month']]);
  });

  test('a relative year before a day and month', () => {
    expect(read('সেই বছরের ১২ ডিসেম্বর')).toEqual([['সেই বছরের ১২ ডিসেম্বর', 'null/12/12 day']]);
    expect(read('একই বছর ১২ ডিসেম্বর')).toEqual([['একই বছর ১২ ডিসেম্বর', 'null/12/12 day']]);
  });
});

describe('decades', () => {
  test.each([
    ['১৯৮০ দশক', '1980// decade'],
    ['১৯৮০ এর দশক', '1980// decade'],
    ['১৯৮০-র দশকে', '1980// decade'],
    ['৮০ দশকে', '1980// decade'],
  ])('%s', (text, value) => {
    expect(read(text)).toEqual([[text, value]]);
  });
});

describe('day first', () => {
  test.each([
    // a month glued to the day
    ['২০মে ১৯৭১', '২০মে ১৯৭১', '1971/5/20 day'],
    ['২৪এপ্রিল ২০০১ সালে', '২৪এপ্রিল ২০০১ সালে', '2001/4/24 day'],
    ['৩১মে ২০০১', '৩১মে ২০০১', '2001/5/31 day'],
    // a marker of another calendar after the year: the month's calendar stays, the marker's wins over Gregorian
    ['২৬ বৈশাখ ১৩৩৭ খ্রিস্টাব্দে', '২৬ বৈশাখ ১৩৩৭ খ্রিস্টাব্দে', '1337/1/26 day bengali'],
    ['২৬ মার্চ ১৯৭১ বঙ্গাব্দে', '২৬ মার্চ ১৯৭১ বঙ্গাব্দে', '1971/3/26 day bengali'],
    // Old Style named in parentheses after the date, outside its span
    ['২১ এপ্রিল ১৭২৯ (পুরাতন রীতি)', '২১ এপ্রিল ১৭২৯', '1729/4/21 day julian'],
    ['২১ এপ্রিল ১৭২৯ (পুরাতন)', '২১ এপ্রিল ১৭২৯', '1729/4/21 day'],
    ['২১ এপ্রিল ১৭২৯ (পুরনো পঞ্জিকা)', '২১ এপ্রিল ১৭২৯', '1729/4/21 day julian'],
    ['২১ এপ্রিল ১৭২৯ খ্রিস্টাব্দ (পুরাতন রীতি)', '২১ এপ্রিল ১৭২৯ খ্রিস্টাব্দ', '1729/4/21 day julian'],
    // without its parentheses it is no note on the date
    ['২১ এপ্রিল ১৭২৯ পুরাতন রীতি', '২১ এপ্রিল ১৭২৯', '1729/4/21 day'],
    // a range word between two days: হতে as থেকে
    ['৭ হতে ২১ এপ্রিল ২০০৭', '৭ হতে ২১ এপ্রিল ২০০৭', '2007/4/7 day'],
    // a Hijri day with its year, marker or not
    ['২৭ রমজান ১৩৬৬', '২৭ রমজান ১৩৬৬', '1366/9/27 day hijri'],
  ])('%s', (text, span, value) => {
    expect(read(text)).toEqual([[span, value]]);
  });

  test('a glued month after day 0, 32 or a three-digit number is no day', () => {
    for (const text of ['০মে ২০০১', '৩২মে ২০০১', '১২৩মে ২০০১']) expect(read(text)).toEqual([['২০০১', '2001// year']]);
  });

  test('day ranges by dash, spaced dash or থেকে; not without a month', () => {
    for (const text of ['৭-২১ই এপ্রিল ২০০৭', '৭ থেকে ২১ এপ্রিল ২০০৭', '৭ – ২১ এপ্রিল ২০০৭']) {
      const [m, ...rest] = extractDates(text);
      expect(rest).toEqual([]);
      expect([m!.text, v(m!.value), m!.rangeEnd && 'day' in m!.rangeEnd ? m!.rangeEnd.day : null]).toEqual([
        text,
        '2007/4/7 day',
        21,
      ]);
    }
    expect(read('৭-২১ই বই')).toEqual([]);
  });
});

describe('after a year: two days, a word day, a quarter', () => {
  test('`Y সালের D এবং D M`: the first day takes the month after the second', () => {
    expect(read('১৮২২ সালের ২৬ এবং ২৭ জুলাই')).toEqual([
      ['১৮২২ সালের ২৬', '1822/7/26 day'],
      ['২৭ জুলাই', '1822/7/27 day'],
    ]);
  });

  test('only when the first day is the earlier: `১৯৭১ সালের ২৭ ও ২৬ মার্চ` leaves the year alone', () => {
    expect(read('১৯৭১ সালের ২৭ ও ২৬ মার্চ')).toEqual([
      ['১৯৭১ সালের', '1971// year'],
      ['২৬ মার্চ', '1971/3/26 day'],
    ]);
  });

  test('a day in words after the month: `১৬৭৭ সালের ফেব্রুয়ারি একুশে`', () => {
    expect(read('১৬৭৭ সালের ফেব্রুয়ারি একুশে')).toEqual([['১৬৭৭ সালের ফেব্রুয়ারি একুশে', '1677/2/21 day']]);
  });

  test.each([
    ['২০০৮ সালের প্রথম প্রান্তিকে', 1, 3],
    ['২০০৮ সালের চতুর্থ ত্রৈমাসিক', 10, 12],
  ])('%s → months %i to %i', (text, from, to) => {
    const [m, ...rest] = extractDates(text);
    expect(rest).toEqual([]);
    expect([
      m!.text,
      m!.value.month,
      m!.value.precision,
      m!.rangeEnd && 'month' in m!.rangeEnd ? m!.rangeEnd.month : null,
    ]).toEqual([text, from, 'month', to]);
  });

  test('an ordinal before another noun is no quarter: `২০০৮ সালের তৃতীয় অধ্যায়ে` is the year', () => {
    expect(read('২০০৮ সালের তৃতীয় অধ্যায়ে')).toEqual([['২০০৮ সালের', '2008// year']]);
  });
});

describe('after a locative year', () => {
  test.each([
    ['১৯৭১ সালে মার্চ মাসে', '১৯৭১ সালে মার্চ', '1971/3/ month'],
    ['১৯৭১ সালে ২৫শে মার্চ', '১৯৭১ সালে ২৫শে মার্চ', '1971/3/25 day'],
  ])('%s', (text, span, value) => {
    expect(read(text)).toEqual([[span, value]]);
  });

  test('a year marker is no decade link: `১৯৮৫ সালের দশকে` is the year', () => {
    expect(read('১৯৮৫ সালের দশকে')).toEqual([['১৯৮৫ সালের', '1985// year']]);
  });
});

describe('a Bengali-calendar prefix', () => {
  test('`বঙ্গাব্দ Y, D M` takes a Bengali month only; a Gregorian one is a date of its own', () => {
    expect(read('বঙ্গাব্দ ১৩৩৭, ২৬শে মার্চ')).toEqual([
      ['বঙ্গাব্দ ১৩৩৭', '1337// year bengali'],
      ['২৬শে মার্চ', 'null/3/26 day'],
    ]);
  });

  test('`বাংলা` before a year below 1500 is the Bengali calendar; from 1500 on it is a name (দৈনিক বাংলা)', () => {
    expect(read('বাংলা ১৪৯৯ সালে')).toEqual([['বাংলা ১৪৯৯ সালে', '1499// year bengali']]);
    expect(read('বাংলা ১৫০০ সালে')).toEqual([['১৫০০ সালে', '1500// year']]);
  });

  test('a circa word between the era and the year makes it approximate', () => {
    const got = extractDates('খ্রিস্টপূর্ব প্রায় ২০০০ অব্দের');
    expect(got.map((m) => [m.text, v(m.value), m.approx])).toEqual([['খ্রিস্টপূর্ব প্রায় ২০০০ অব্দের', '-2000// year', true]]);
  });
});

describe('relative years', () => {
  const y = '১৯৭১ সালে যুদ্ধ। ';
  test.each([
    [`${y}আগের বছর সভা।`, ['আগের বছর', '1970// year']],
    [`${y}ঐ বছরের গ্রীষ্মে সভা।`, ['ঐ বছরের গ্রীষ্মে', '1971// season']],
    [`${y}পরের বছর ১২ ডিসেম্বর সভা।`, ['পরের বছর ১২ ডিসেম্বর', '1972/12/12 day']],
    // a day without its month is not taken: the year alone
    [`${y}পরের বছর ১২ই সভা।`, ['পরের বছর', '1972// year']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([['১৯৭১ সালে', '1971// year'], want]);
  });

  test('an explicit year after `সেই বছর` is the date: `সেই বছর ১৯৭২ সালে`', () => {
    expect(read(`${y}সেই বছর ১৯৭২ সালে সভা।`)).toEqual([
      ['১৯৭১ সালে', '1971// year'],
      ['১৯৭২ সালে', '1972// year'],
    ]);
  });
});

describe('years in words with a marker', () => {
  test.each([
    ['উনিশশো সালে', '1900// year'],
    ['একুশ সালে', '1921// year'],
    ['বাহাত্তর সালের ২৬ মার্চ', '1972/3/26 day'],
    ['দুই হাজার বারো সালের ১২ মার্চ', '2012/3/12 day'],
  ])('%s', (text, value) => {
    expect(read(text)).toEqual([[text, value]]);
  });

  test('a colloquial year before a comparison or a count word is none: `একাত্তরের বেশি`, `একাত্তরের জন`', () => {
    expect(read('একাত্তরের বেশি')).toEqual([]);
    expect(read('একাত্তরের জন')).toEqual([]);
    expect(read('একাত্তরের পরে')).toEqual([['একাত্তরের', '1971// year']]);
  });
});

describe('month first', () => {
  test.each([
    // a short year only with its era or a calendar's name; a comma between month and year
    ['মার্চ ৪৪ খ্রিস্টপূর্বাব্দে', '-44/3/ month'],
    ['মার্চ, ৪৪ খ্রিস্টপূর্বাব্দে', '-44/3/ month'],
    ['মুহররম ৬১ হিজরি', '61/1/ month hijri'],
    // Old Style after the year, as a marker or named in parentheses (outside the span)
    ['মার্চ ১৯৭১ পু. প.', '1971/3/ month julian'],
  ])('%s', (text, value) => {
    expect(read(text)).toEqual([[text, value]]);
  });

  test('`M Y (পুরাতন রীতি)` is Old Style; the parentheses stay outside the span', () => {
    expect(read('মার্চ ১৯৭১ (পুরাতন রীতি)')).toEqual([['মার্চ ১৯৭১', '1971/3/ month julian']]);
  });

  test('a short year without its era is no year: `মার্চ ৪৪`', () => {
    expect(read('মার্চ ৪৪')).toEqual([]);
  });

  test('a decimal or a time after a month is no day: `মে ২০.৫ শতাংশ`, `মে ২০:৩০`', () => {
    expect(read('মে ২০.৫ শতাংশ')).toEqual([]);
    expect(read('মে ২০:৩০')).toEqual([]);
  });
});

describe('a month glued to its day is inside the span', () => {
  test.each([
    ['তিনি ২০মে ঢাকায় আসেন।', '২০মে', 'null/5/20 day'],
    ['১৯৭১ সালের ২৪এপ্রিল যুদ্ধ হয়।', '১৯৭১ সালের ২৪এপ্রিল', '1971/4/24 day'],
  ])('%s', (text, span, value) => {
    const got = extractDates(text);
    expect(got.map((m) => [m.text, v(m.value)])).toEqual([[span, value]]);
    expect(text.slice(got[0]!.start, got[0]!.end)).toBe(span);
  });
});

describe('a year before its month or day', () => {
  test.each([
    ['১৯৭১ খ্রিস্টাব্দে জুনে', '1971/6/ month'],
    ['১৯৭১-এ মার্চে', '1971/3/ month'],
    ['বাংলা ১৩৩৭, ২৬শে বৈশাখ', '1337/1/26 day bengali'],
  ])('%s', (text, value) => {
    expect(read(text)).toEqual([[text, value]]);
  });

  test('`বাংলা Y,` takes a Bengali day only: `বাংলা ১৩৩৭, ২৬শে মার্চ` is two dates', () => {
    expect(read('বাংলা ১৩৩৭, ২৬শে মার্চ')).toEqual([
      ['বাংলা ১৩৩৭', '1337// year bengali'],
      ['২৬শে মার্চ', 'null/3/26 day'],
    ]);
  });

  test('a decade needs a genitive or no case ending: `১৯৮০-তে দশকে` is the year', () => {
    expect(read('১৯৮০-তে দশকে')).toEqual([['১৯৮০-তে', '1980// year']]);
  });
});
