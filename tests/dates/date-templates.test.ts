// Birth, death and date templates read from the tree (date-templates.ts): the positional [year, month, day]
// of each template's layout, Bengali or ASCII digits, comments and named arguments left out; a month or day
// out of range marks the value invalid; a date written as text is read as text (`{{circa|খ্রিস্টপূর্ব ৪৮৪}}`,
// approximate); what a reader sees of each (bnwiki's day-month-year, Bengali digits).
import { describe, expect, test } from 'vitest';
import type { Template } from '../../src/ast.js';
import { renderTemplateDate, templateDates } from '../../src/dates/date-templates.js';
import { parse } from '../../src/parse.js';

const template = (s: string) => parse(s).children.find((n) => n.type === 'template') as Template;
const dates = (s: string) =>
  templateDates(template(s), s).map(({ kind, date }) => {
    const v = date.value;
    const end = date.rangeEnd && 'year' in date.rangeEnd ? date.rangeEnd.year : null;
    return [
      kind,
      v.era === 'BCE' ? -v.year! : v.year,
      v.month ?? null,
      v.day ?? null,
      v.precision,
      !!v.invalid,
      end,
      date.approx,
    ];
  });

describe('templateDates', () => {
  test.each([
    ['{{জন্ম তারিখ|১৮৬১|৫|৭}}', ['birth', 1861, 5, 7, 'day', false, null, false]],
    ['{{জন্ম তারিখ|১৮৬০|২|২৯}}', ['birth', 1860, 2, 29, 'day', false, null, false]],
    ['{{জন্ম তারিখ|১৮৬১|২|২৯}}', ['birth', 1861, 2, 29, 'day', true, null, false]],
    ['{{জন্ম তারিখ|১৯০০|২|২৯}}', ['birth', 1900, 2, 29, 'day', true, null, false]],
    ['{{জন্ম তারিখ|১৮৬১|৫}}', ['birth', 1861, 5, null, 'month', false, null, false]],
    ['{{জন্ম তারিখ|১৮৬১}}', ['birth', 1861, null, null, 'year', false, null, false]],
    ['{{জন্ম তারিখ|১৮৬১|১২|৩১}}', ['birth', 1861, 12, 31, 'day', false, null, false]],
    ['{{জন্ম তারিখ|১৮৬১|১৩|৭}}', ['birth', 1861, 13, 7, 'day', true, null, false]],
    ['{{জন্ম তারিখ|১৮৬১|৪|৩১}}', ['birth', 1861, 4, 31, 'day', true, null, false]],
    ['{{জন্ম তারিখ|১৮৬১|২|৩০}}', ['birth', 1861, 2, 30, 'day', true, null, false]],
    ['{{জন্ম তারিখ|১৮৬১|৫|০}}', ['birth', 1861, 5, 0, 'day', true, null, false]],
    ['{{জন্ম তারিখ|df=y| ১৮৬১ <!-- সাল --> |৫|৭}}', ['birth', 1861, 5, 7, 'day', false, null, false]],
    ['{{Birth date and age|1940|10|9|mf=yes}}', ['birth', 1940, 10, 9, 'day', false, null, false]],
    ['{{মৃত্যু তারিখ ও বয়স|১৯৪১|৮|৭|১৮৬১|৫|৭}}', ['death', 1941, 8, 7, 'day', false, null, false]],
    ['{{Death year and age|1950|1880}}', ['death', 1950, null, null, 'year', false, null, false]],
    ['{{শুরুর তারিখ|২০১৪|১২|৭}}', ['date', 2014, 12, 7, 'day', false, null, false]],
    ['{{Marriage|মৃণালিনী দেবী|১৮৮৩|১৯০২}}', ['date', 1883, null, null, 'year', false, 1902, false]],
    // written as text
    ['{{circa|খ্রিস্টপূর্ব ৪৮৪}}', ['date', -484, null, null, 'year', false, null, true]],
    ['{{circa|১৯৫০–১৯৬০}}', ['date', 1950, null, null, 'year', false, 1960, true]],
    ['{{মৃত্যুর তারিখ ও বয়স|১৪ আগস্ট ১৯৪১|২২ ডিসেম্বর ১৮৮৭}}', ['death', 1941, 8, 14, 'day', false, null, false]],
    ['{{মৃত্যুর তারিখ|আনুমানিক ১৯৪১}}', ['death', 1941, null, null, 'year', false, null, true]],
    // January and the first are real; month 0 is not; a three-digit month or an empty one is no month
    ['{{জন্ম তারিখ|১৯৪৭|১|১}}', ['birth', 1947, 1, 1, 'day', false, null, false]],
    ['{{জন্ম তারিখ|১৯৪৭|০|২}}', ['birth', 1947, 0, 2, 'day', true, null, false]],
    ['{{জন্ম তারিখ|১৯৪৭|১০৫|২}}', ['birth', 1947, null, null, 'year', false, null, false]],
    ['{{জন্ম তারিখ|১৯৪৭||২৮}}', ['birth', 1947, null, null, 'year', false, null, false]],
  ] as const)('%s', (s, want) => {
    expect(dates(s)).toEqual([want]);
  });

  test.each([
    ['year 0', '{{জন্ম তারিখ|০|৫|৭}}'],
    ['a five-digit year', '{{জন্ম তারিখ|১৮৬১৭|৫|৭}}'],
    ['only a commented-out year', '{{মৃত্যুর তারিখ ও বয়স|<!-- ১৯৪১ -->|ক}}'],
    ['not a date template', '{{অজানা|১৯৫০}}'],
    ['a written date without a year', '{{circa|মে মাসে}}'],
  ])('nothing: %s', (_, s) => {
    expect(templateDates(template(s), s)).toEqual([]);
  });

  test("the mention spans the template, at the template's offsets in the source", () => {
    const s = 'তিনি {{জন্ম তারিখ|১৮৬১|৫|৭}} জন্মগ্রহণ করেন';
    const [d] = templateDates(template(s), s);
    expect([d!.date.start, d!.date.end, d!.date.text]).toEqual([5, 28, '{{জন্ম তারিখ|১৮৬১|৫|৭}}']);
    expect(d!.date.relative).toBe(false);
  });
});

describe('renderTemplateDate', () => {
  test.each([
    ['{{জন্ম তারিখ|১৮৬১|৫|৭}}', '৭ মে ১৮৬১'],
    ['{{Birth date and age|1940|10|9|mf=yes}}', '৯ অক্টোবর ১৯৪০'],
    ['{{জন্ম তারিখ|১৮৬১|৫}}', 'মে ১৮৬১'],
    ['{{জন্ম তারিখ|১৮৬১}}', '১৮৬১'],
    ['{{জন্ম তারিখ|১৮৬১|১৩|৭}}', '১৮৬১'], // no 13th month to name
    ['{{Marriage|মৃণালিনী দেবী|১৮৮৩|১৯০২}}', '১৮৮৩'],
  ])('%s → %s', (s, text) => {
    expect(renderTemplateDate(template(s))).toBe(text);
  });

  test.each([['{{circa|খ্রিস্টপূর্ব ৪৮৪}}'], ['{{অজানা|১৯৫০}}'], ['{{জন্ম তারিখ|০|৫|৭}}']])('%s: nothing to render', (s) => {
    expect(renderTemplateDate(template(s))).toBeUndefined();
  });
});
