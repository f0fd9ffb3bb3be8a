// Events → timeline items: where a mark goes and what shape it has, for real sentences.
// `১৯৪৭–১৯৫৬` → a bar [1947, 1957); `খ্রিস্টপূর্ব ৩য় শতক` → a bar [-300, -200); `আনুমানিক ১৫০০` → dashed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractEvents } from '../../src/events/extract-events.js';
import { articleItems, articlesItems, itemOf, sectionLane } from '../../src/timeline/items.js';

/** The item of the first event of a sentence. */
const first = (text: string) => itemOf(extractEvents(text)[0], 'lane', 0, 2025)!;

describe('timeline items', () => {
  it('places a year as a point at the year', () => {
    expect(first('১৯৭১ সালে বাংলাদেশ স্বাধীন হয়।')).toMatchObject({
      from: 1971,
      to: 1971,
      shape: 'point',
      approx: false,
      kind: 'prose',
    });
  });

  it('places a day inside its year', () => {
    const it = first('১৯৭১ সালের ১৬ ডিসেম্বর পাকিস্তান আত্মসমর্পণ করে।');
    expect(it.shape).toBe('point');
    expect(it.from).toBeGreaterThan(1971.9);
    expect(it.from).toBeLessThan(1972);
  });

  it('draws a range as a bar to the end of its last year', () => {
    expect(first('তিনি ১৯৪৭–১৯৫৬ সময়ে মন্ত্রী ছিলেন।')).toMatchObject({ from: 1947, to: 1957, shape: 'bar' });
  });

  it('draws a BCE century as a bar below zero', () => {
    expect(first('খ্রিস্টপূর্ব ৩য় শতকে মৌর্য সাম্রাজ্য বিস্তৃত হয়।')).toMatchObject({ from: -300, to: -200, shape: 'bar' });
  });

  it('draws a decade as a ten-year bar', () => {
    expect(first('১৯৮০-এর দশকে শহরটি বড় হয়।')).toMatchObject({ from: 1980, to: 1990, shape: 'bar' });
  });

  it('ends an open range at the present year', () => {
    expect(first('রহিম (১৯৫০-) একজন লেখক।')).toMatchObject({ from: 1950, to: 2025, shape: 'bar' });
  });

  it('marks circa dates approximate', () => {
    expect(first('আনুমানিক ১৫০০ সালে মন্দিরটি নির্মিত হয়।').approx).toBe(true);
  });

  it('places a Bengali-calendar date by its Gregorian value', () => {
    const it = first('১৩৭৮ বঙ্গাব্দে যুদ্ধ শুরু হয়।');
    expect(Math.trunc(it.from)).toBe(1971);
  });

  it('gives the seed article 12 items in 4 section lanes, the lead named ভূমিকা', () => {
    const events = extractEvents(readFileSync('fixtures/seed.wiki', 'utf8'));
    const items = articleItems(events, 2025);
    expect(items).toHaveLength(12);
    expect(new Set(items.map((i) => i.lane)).size).toBe(4);
    expect(items[0].lane).toBe('ভূমিকা');
    expect(sectionLane(['ইতিহাস', 'মুঘল'])).toBe('ইতিহাস › মুঘল');
  });

  it('gives several articles one lane each and keeps each event index', () => {
    const a = extractEvents('১৯৭১ সালে ক হয়। ১৯৭২ সালে খ হয়।');
    const b = extractEvents('১৮৬১ সালে গ হয়।');
    const items = articlesItems(
      [
        { title: 'ক', events: a },
        { title: 'খ', events: b },
      ],
      2025,
    );
    expect(items.map((i) => [i.lane, i.event, i.from])).toEqual([
      ['ক', 0, 1971],
      ['ক', 1, 1972],
      ['খ', 0, 1861],
    ]);
  });
});
