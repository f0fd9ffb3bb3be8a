// Date templates as events: two `date` templates joined by a dash in any written form (`–`, `&ndash;`,
// `{{snd}}`, `{{spaced ndash}}`, `{{mdash}}`) are one range; a word between them, or birth/death templates,
// are not. A birth date written twice (a birth template and a death template's age input, or the same
// template again) is one birth event.
import { describe, expect, test } from 'vitest';
import { extractEvents, type Event } from '../../src/index.js';

const brief = (e: Event) => {
  const end = e.date.rangeEnd && 'year' in e.date.rangeEnd ? e.date.rangeEnd : null;
  return [e.date.text, e.kind, e.date.value.year, end ? [end.year, end.month ?? null] : null];
};

describe('template ranges', () => {
  test.each([
    ['{{শুরুর তারিখ|১৯৬০}} {{snd}} {{end date|১৯৭০}}'],
    ['{{শুরুর তারিখ|১৯৬০}}&ndash;{{end date|১৯৭০}}'],
    ['{{শুরুর তারিখ|১৯৬০}} &mdash; {{end date|১৯৭০}}'],
    ['{{শুরুর তারিখ|১৯৬০}}{{spaced ndash}}{{end date|১৯৭০}}'],
    ['{{শুরুর তারিখ|১৯৬০}}-{{end date|১৯৭০}}'],
  ])('%s is one range 1960–1970 spanning both templates', (wiki) => {
    expect(extractEvents(wiki).map(brief)).toEqual([[wiki, 'prose', 1960, [1970, null]]]);
  });

  test('the range end keeps its own precision (a month)', () => {
    const wiki = '{{শুরুর তারিখ|১৯৬০|৫|১}}—{{end date|১৯৭০|৬}}';
    const [e] = extractEvents(wiki);
    expect([e!.date.value.month, e!.date.value.day]).toEqual([5, 1]);
    expect(e!.date.rangeEnd).toEqual({ year: 1970, month: 6, era: 'CE', calendar: 'gregorian', precision: 'month' });
  });

  test('a word between the templates leaves two dates', () => {
    expect(extractEvents('{{শুরুর তারিখ|১৯৬০}} থেকে {{end date|১৯৭০}}').map(brief)).toEqual([
      ['{{শুরুর তারিখ|১৯৬০}}', 'prose', 1960, null],
      ['{{end date|১৯৭০}}', 'prose', 1970, null],
    ]);
  });

  test('a chain of three: the first two join, the third stands alone', () => {
    const wiki = '{{শুরুর তারিখ|১৯৬০}}{{spaced ndash}}{{শুরুর তারিখ|১৯৭০}}{{mdash}}{{শুরুর তারিখ|১৯৮০}}';
    expect(extractEvents(wiki).map(brief)).toEqual([
      ['{{শুরুর তারিখ|১৯৬০}}{{spaced ndash}}{{শুরুর তারিখ|১৯৭০}}', 'prose', 1960, [1970, null]],
      ['{{শুরুর তারিখ|১৯৮০}}', 'prose', 1980, null],
    ]);
  });

  test('a date template and a birth or death template joined by a dash are no range', () => {
    expect(extractEvents('{{জন্ম তারিখ|১৯৬০}}–{{শেষের তারিখ|১৯৭০}}').map(brief)).toEqual([
      ['{{জন্ম তারিখ|১৯৬০}}', 'birth', 1960, null],
      ['{{শেষের তারিখ|১৯৭০}}', 'prose', 1970, null],
    ]);
    expect(extractEvents('{{শুরুর তারিখ|১৯৬০}}–{{মৃত্যুর তারিখ|১৯৭০}}').map(brief)).toEqual([
      ['{{শুরুর তারিখ|১৯৬০}}', 'prose', 1960, null],
      ['{{মৃত্যুর তারিখ|১৯৭০}}', 'death', 1970, null],
    ]);
  });

  test('a side with no date leaves the other alone', () => {
    expect(extractEvents('{{শুরুর তারিখ}}–{{শেষের তারিখ|১৯৭০}}').map(brief)).toEqual([
      ['{{শেষের তারিখ|১৯৭০}}', 'prose', 1970, null],
    ]);
    expect(extractEvents('{{শুরুর তারিখ|১৯৬০}}–{{শেষের তারিখ}}').map(brief)).toEqual([
      ['{{শুরুর তারিখ|১৯৬০}}', 'prose', 1960, null],
    ]);
  });

  test('birth and death templates joined by a dash stay a birth and a death', () => {
    expect(extractEvents('{{জন্ম তারিখ|১৯৬০}}&ndash;{{মৃত্যুর তারিখ|১৯৭০}}').map(brief)).toEqual([
      ['{{জন্ম তারিখ|১৯৬০}}', 'birth', 1960, null],
      ['{{মৃত্যুর তারিখ|১৯৭০}}', 'death', 1970, null],
    ]);
  });
});

describe('one event per birth', () => {
  test('the same birth date written again is one birth event; the death is kept', () => {
    const wiki =
      'তিনি {{জন্ম তারিখ|১৯৪০|৩|১৭}} জন্মগ্রহণ করেন। {{মৃত্যু তারিখ ও বয়স|১৯৮০|১২|৮|১৯৪০|৩|১৭}} মারা যান। আবার {{জন্ম তারিখ|১৯৪০|৩|১৭}}।';
    const events = extractEvents(wiki);
    expect(events.map((e) => [e.kind, e.date.value.year, e.date.value.month, e.date.value.day])).toEqual([
      ['birth', 1940, 3, 17],
      ['death', 1980, 12, 8],
    ]);
    // each in its sentence
    expect(events.map((e) => e.sentence)).toEqual(['তিনি ১৭ মার্চ ১৯৪০ জন্মগ্রহণ করেন।', '৮ ডিসেম্বর ১৯৮০ মারা যান।']);
  });

  test('the same death date written twice is one death event', () => {
    const wiki = '{{মৃত্যুর তারিখ|১৯৮০|১২|৮}} মারা যান। পরে {{মৃত্যু তারিখ ও বয়স|১৯৮০|১২|৮|১৯৪০|৩|১৭}} উল্লেখ।';
    expect(extractEvents(wiki).map((e) => [e.kind, e.date.text])).toEqual([['death', '{{মৃত্যুর তারিখ|১৯৮০|১২|৮}}']]);
  });

  test("a template's event is the sentence it stands in, even right after the full stop of the one before", () => {
    const wiki = 'তিনি আসেন।{{জন্ম তারিখ|১৯৪০|৩|১৭}} তারিখে তাঁর জন্ম।';
    const [e] = extractEvents(wiki);
    expect([e!.sentence, e!.start, e!.end]).toEqual(['১৭ মার্চ ১৯৪০ তারিখে তাঁর জন্ম।', wiki.indexOf('{{'), wiki.length]);
  });

  test('two different birth dates (two people) are two events', () => {
    const wiki = 'ক {{জন্ম তারিখ|১৯৪০|৩|১৭}} এবং খ {{জন্ম তারিখ|১৯৪০|৩|১৮}} জন্মগ্রহণ করেন।';
    expect(extractEvents(wiki).map((e) => [e.kind, e.date.value.day])).toEqual([
      ['birth', 17],
      ['birth', 18],
    ]);
  });
});
