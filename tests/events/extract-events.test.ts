// extractEvents: the seed article is the acceptance test (issue 4), plus templates and infoboxes.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractEvents, type Event } from '../../src/index.js';

const seed = readFileSync(new URL('../../fixtures/seed.wiki', import.meta.url), 'utf8');
const brief = (e: Event) => {
  const v = e.date.value;
  return [v.year, v.month ?? null, v.day ?? null, v.precision, e.section.join(' > ')];
};

describe('the seed article (flattened, one line)', () => {
  // Checked by hand against the text: every dated sentence, in order, with its section.
  test('yields exactly its 12 dated events with values and sections', () => {
    const events = extractEvents(seed);
    expect(events.map(brief)).toEqual([
      [1988, null, null, 'year', ''],
      [1988, null, null, 'season', 'সোভিয়েত যুগে সম্পর্ক'],
      [1988, 8, null, 'month', 'সোভিয়েত যুগে সম্পর্ক'],
      [1989, 11, 12, 'day', 'সোভিয়েত যুগে সম্পর্ক'],
      [1989, 11, 14, 'day', 'সোভিয়েত যুগে সম্পর্ক'],
      [1991, 12, 25, 'day', 'কূটনৈতিক সম্পর্ক'],
      [1991, 12, 26, 'day', 'কূটনৈতিক সম্পর্ক'],
      [2005, 7, 17, 'day', 'কূটনৈতিক সম্পর্ক'],
      [2009, 2, null, 'month', 'কূটনৈতিক সম্পর্ক'],
      [2009, 2, 27, 'day', 'কূটনৈতিক সম্পর্ক'],
      [2014, 2, 13, 'day', 'রাজনৈতিক সম্পর্ক'],
      [2004, 2, 13, 'day', 'রাজনৈতিক সম্পর্ক'],
    ]);
    expect(events.every((e) => e.kind === 'prose')).toBe(true);
  });

  test('summer 1988 is a season, August 1988 comes from "সেই বছরের আগস্ট" (relative)', () => {
    const events = extractEvents(seed);
    expect(events[1].date.value.season).toBe('summer');
    expect(events[2].date.text).toBe('সেই বছরের আগস্ট');
    expect(events[2].date.relative).toBe(true);
  });

  test('offsets point into the wikitext: date and sentence slices', () => {
    const events = extractEvents(seed);
    for (const e of events) {
      expect(seed.slice(e.date.start, e.date.end)).toBe(e.date.text);
      expect(e.start).toBeLessThanOrEqual(e.date.start);
      expect(e.end).toBeGreaterThanOrEqual(e.date.end);
      expect(seed.slice(e.start, e.end).replace(/'''|\[\[|\]\]/g, '')).toContain(e.sentence.slice(0, 10));
    }
  });

  test('nothing from "১৫ টি" or "৩য়"', () => {
    const events = extractEvents(seed);
    expect(seed).toContain('১৫ টি');
    expect(seed).toContain('৩য়');
    expect(events.some((e) => /১৫ টি|৩য়/.test(e.date.text))).toBe(false);
  });

  test('a heading ends the sentence before it (flattened shape)', () => {
    const events = extractEvents(seed);
    expect(events.every((e) => !e.sentence.includes('=='))).toBe(true);
  });
});

describe('templates and infoboxes', () => {
  const wiki = [
    '{{তথ্যছক ব্যক্তি',
    '| নাম = কবি',
    '| জন্ম_তারিখ = {{জন্ম তারিখ|১৮৬১|৫|৭}}',
    '| মৃত্যু_তারিখ = {{মৃত্যু তারিখ ও বয়স|১৯৪১|৮|৭|১৮৬১|৫|৭|df=y}}',
    '| কার্যকাল = ১৯০১ – ১৯১৩',
    '| জনসংখ্যা = ১৫০০',
    '}}',
    "'''কবি''' একজন লেখক।<ref>{{ওয়েব উদ্ধৃতি|শিরোনাম=ক|তারিখ=১২ মার্চ ২০১০|সংগ্রহের-তারিখ=১৩ ফেব্রুয়ারি ২০১৪}}</ref>",
    '== জীবন ==',
    '১৮৭৮ সালে তিনি বিলেত যান। পরের বছর তিনি ফেরেন। {{Birth date and age|1940|10|9|mf=yes}} তারিখে আরেকজনের জন্ম।',
  ].join('\n');

  test("birth and death templates give birth/death events (the death template's second triple is the birth)", () => {
    const events = extractEvents(wiki);
    const bd = events
      .filter((e) => e.kind === 'birth' || e.kind === 'death')
      .map((e) => [e.kind, e.date.value.year, e.date.value.month, e.date.value.day]);
    expect(bd).toEqual([
      ['birth', 1861, 5, 7],
      ['death', 1941, 8, 7],
      ['birth', 1940, 10, 9],
    ]);
  });

  test('infobox date fields are infobox events with the field name; counts are not', () => {
    const events = extractEvents(wiki);
    const ib = events.filter((e) => e.kind === 'infobox');
    expect(
      ib.map((e) => [
        e.field,
        e.date.value.year,
        e.date.rangeEnd && 'year' in e.date.rangeEnd ? e.date.rangeEnd.year : null,
      ]),
    ).toEqual([['কার্যকাল', 1901, 1913]]);
  });

  test('citation metadata is never an event', () => {
    const events = extractEvents(wiki);
    expect(events.some((e) => e.date.value.year === 2014 || e.date.value.year === 2010)).toBe(false);
  });

  test('relative years resolve against the previous date of the same section', () => {
    const events = extractEvents(wiki);
    const next = events.find((e) => e.date.text.includes('পরের বছর'));
    expect(next?.date.value.year).toBe(1879);
    expect(next?.section).toEqual(['জীবন']);
  });

  test('every date slices the wikitext', () => {
    const events = extractEvents(wiki);
    for (const e of events) expect(wiki.slice(e.date.start, e.date.end)).toBe(e.date.text);
  });
});
