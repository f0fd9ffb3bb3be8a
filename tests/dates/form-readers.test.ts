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
