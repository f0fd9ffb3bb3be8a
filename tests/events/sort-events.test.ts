// sortEvents: the README promises "events ordered by date (BCE first, Bengali/Hijri by their Gregorian
// value), unknown years last". Each input below would expose one way of breaking that: a year-less event
// placed first, BCE years read as CE, native Bengali/Hijri years instead of their Gregorian value, an
// unstable sort.
import { describe, expect, test } from 'vitest';
import { extractEvents, sortEvents, type Event } from '../../src/index.js';

const text = [
  'প্রতি বছর ১২ ডিসেম্বর কিছু ঘটে।', // a recurring day: year unknown
  'প্রতি বছর ৩ মার্চ আরেকটি ঘটে।', // year unknown, earlier month: unknowns keep document order
  'খ্রিস্টপূর্ব ৩২৬ সালে যুদ্ধ হয়।',
  '১০০ খ্রিস্টাব্দে মন্দির হয়।', // a CE year below 326: BCE read as CE would put it first
  'খ্রিস্টপূর্ব ৫০০ সালে নগর গড়ে ওঠে।', // 500 BCE is before 326 BCE
  '১ বৈশাখ ১৪৩১ বঙ্গাব্দে মেলা হয়।', // 2024-04-14: by its native year 1431 it would come before 1947
  '২৭ রমজান ১৩৬৬ হিজরিতে দেশ স্বাধীন হয়।', // 1947-08-14 (tabular Hijri)
  '২০২৪ সালের ১ মে মিছিল হয়।',
  '১৯৪৭ সালের ১ আগস্ট সভা হয়।',
  '২০২৪ সালের ১ এপ্রিল বৈঠক হয়।',
  '১৯৪৭ সালের ১ আগস্ট আরেক সভা হয়।', // same date as an earlier event: stays after it (stable)
].join(' ');

// Computed inside each test (not while the file is collected), so mutation testing sees its mutants.
const events = () => extractEvents(text);
const sorted = () => sortEvents(events());
const label = (e: Event) => e.date.text;

describe('sortEvents', () => {
  test('the input has the events this test relies on (two with an unknown year)', () => {
    expect(events()).toHaveLength(11);
    expect(
      events()
        .filter((e) => e.date.value.year === null)
        .map(label),
    ).toEqual(['১২ ডিসেম্বর', '৩ মার্চ']);
  });

  test('orders by date: BCE first (older BCE first), Bengali/Hijri by their Gregorian value, unknown years last', () => {
    expect(sorted().map(label)).toEqual([
      'খ্রিস্টপূর্ব ৫০০ সালে',
      'খ্রিস্টপূর্ব ৩২৬ সালে',
      '১০০ খ্রিস্টাব্দে',
      '১৯৪৭ সালের ১ আগস্ট',
      '১৯৪৭ সালের ১ আগস্ট',
      '২৭ রমজান ১৩৬৬ হিজরিতে',
      '২০২৪ সালের ১ এপ্রিল',
      '১ বৈশাখ ১৪৩১ বঙ্গাব্দে',
      '২০২৪ সালের ১ মে',
      '১২ ডিসেম্বর',
      '৩ মার্চ',
    ]);
  });

  test('is stable: events of the same date keep their document order', () => {
    const same = sorted().filter((e) => e.date.text === '১৯৪৭ সালের ১ আগস্ট');
    expect(same.map((e) => e.sentence)).toEqual(['১৯৪৭ সালের ১ আগস্ট সভা হয়।', '১৯৪৭ সালের ১ আগস্ট আরেক সভা হয়।']);
    expect(same[0]!.start).toBeLessThan(same[1]!.start);
  });

  test('returns a new array of the same events and leaves its input alone', () => {
    const input = events();
    const before = [...input];
    const output = sortEvents(input);
    expect(output).not.toBe(input);
    expect(input).toEqual(before);
    expect(new Set(output)).toEqual(new Set(input));
  });

  test('an all-unknown or empty list comes back in its order', () => {
    const unknown = events()
      .filter((e) => e.date.value.year === null)
      .reverse();
    expect(sortEvents(unknown)).toEqual(unknown);
    expect(sortEvents([])).toEqual([]);
  });
});
