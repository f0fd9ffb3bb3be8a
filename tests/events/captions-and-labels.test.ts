// What a reader sees around images and links: a file link's caption is its last part that is not an
// option or a size (`২০০px`, `x150px`, `250পিক্সেল`, `upright=1.2`, `200x300px`), each gallery line's text after
// its `|`, at its own offsets; the labels of external links are not prose, however many links a sentence has.
import { describe, expect, test } from 'vitest';
import { extractEvents } from '../../src/index.js';

const sliced = (wiki: string) =>
  extractEvents(wiki).map((e) => [wiki.slice(e.date.start, e.date.end), e.date.value.year]);

describe('captions', () => {
  test('sizes and options before the caption are not the caption, in every written form', () => {
    const wiki =
      '[[চিত্র:Fort.jpg|thumb|upright=1.2|দুর্গ, ১৯৫৫]] [[চিত্র:B.jpg|250পিক্সেল|x150px|সেতু, ১৯৬০]] [[চিত্র:C.jpg|left|200x300px|ঘাট ১৯৭০]]';
    expect(sliced(wiki)).toEqual([
      ['১৯৫৫', 1955],
      ['১৯৬০', 1960],
      ['১৯৭০', 1970],
    ]);
    // each caption is its event's sentence, and the event's span is the caption's
    const events = extractEvents(wiki);
    expect(events.map((e) => [e.sentence, wiki.slice(e.start, e.end)])).toEqual([
      ['দুর্গ, ১৯৫৫', 'দুর্গ, ১৯৫৫'],
      ['সেতু, ১৯৬০', 'সেতু, ১৯৬০'],
      ['ঘাট ১৯৭০', 'ঘাট ১৯৭০'],
    ]);
  });

  test('a file link with only options and a size has no caption (its file name is no date)', () => {
    expect(extractEvents('[[চিত্র:Dhaka 1950.jpg|thumb|২০০px]] লেখা।')).toEqual([]);
  });

  test('every gallery line is read at its own offsets; a line without a caption gives nothing', () => {
    const wiki = 'ভূমিকা।\n<gallery>\nক.jpg|প্রথম ছবি, ১৯৪০\nগ 1999.jpg\nখ.jpg|দ্বিতীয় ছবি, মে ১৯৪১\n</gallery>';
    const events = extractEvents(wiki);
    expect(
      events.map((e) => [wiki.slice(e.date.start, e.date.end), e.date.value.year, e.date.value.month ?? null]),
    ).toEqual([
      ['১৯৪০', 1940, null],
      ['মে ১৯৪১', 1941, 5],
    ]);
    expect(events.map((e) => [e.sentence, wiki.slice(e.start, e.end)])).toEqual([
      ['প্রথম ছবি, ১৯৪০', 'প্রথম ছবি, ১৯৪০'],
      ['দ্বিতীয় ছবি, মে ১৯৪১', 'দ্বিতীয় ছবি, মে ১৯৪১'],
    ]);
  });
});

describe('external link labels', () => {
  test('dates inside any of several labels are dropped, the prose dates between them kept', () => {
    const wiki =
      '১৯৫০ সালে শুরু [http://a.org ১৯৬০ সালের খবর] তারপর ১৯৭০ সালে [http://b.org ১৯৮০ সালে] আবার ১৯৯০ সালে [http://c.org ২০০০ সালে] শেষে ২০১০ সালে।';
    expect(sliced(wiki)).toEqual([
      ['১৯৫০ সালে', 1950],
      ['১৯৭০ সালে', 1970],
      ['১৯৯০ সালে', 1990],
      ['২০১০ সালে', 2010],
    ]);
  });

  test('a bare URL is no label: the date after it is prose', () => {
    expect(sliced('দেখুন http://example.org ১৯৯৯ সালে প্রকাশিত।')).toEqual([['১৯৯৯ সালে', 1999]]);
  });
});
