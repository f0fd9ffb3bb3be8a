// What the event extractor reads and what it leaves: date templates wherever they are nested in prose, but
// not inside a ref; a link's label once, as prose (not again as a caption); nothing of an appendix section,
// not even its captions or date templates; a population box's odd positional arguments as years (the even
// ones are counts); the text right after a ref or a table. The same events from a tree as from its text.
import { describe, expect, test } from 'vitest';
import { extractEvents, parse } from '../../src/index.js';

const brief = (wiki: string) =>
  extractEvents(wiki).map((e) => [wiki.slice(e.date.start, e.date.end), e.kind, e.date.value.year]);

describe('what is read', () => {
  test('a date template nested in a formatting template is found, in its sentence', () => {
    const wiki = 'তিনি {{nowrap|{{জন্ম তারিখ|১৯৪০|৩|১৭}}}} জন্মগ্রহণ করেন।';
    const events = extractEvents(wiki);
    expect(brief(wiki)).toEqual([['{{জন্ম তারিখ|১৯৪০|৩|১৭}}', 'birth', 1940]]);
    expect(events[0]!.sentence).toBe('তিনি ১৭ মার্চ ১৯৪০ জন্মগ্রহণ করেন।');
    expect([events[0]!.start, events[0]!.end]).toEqual([0, wiki.length]);
  });

  test('a date template right after a ref is read; one inside a ref is not', () => {
    expect(brief('ঘটনাটি ঘটে।<ref>উৎস</ref>{{শুরুর তারিখ|১৯৭১}} সালে শুরু।')).toEqual([['{{শুরুর তারিখ|১৯৭১}}', 'prose', 1971]]);
    expect(brief('ঘটনাটি ঘটে।<ref>{{জন্ম তারিখ|১৯৪০|১|১}}</ref> পরে।')).toEqual([]);
  });

  test('a date template inside a citation is citation metadata, also outside a ref', () => {
    expect(brief('তথ্য {{ওয়েব উদ্ধৃতি|শিরোনাম=ক|তারিখ={{শুরুর তারিখ|২০১০|১|১}}}} শেষ।')).toEqual([]);
    expect(brief('{{cite web|title=x|date={{Start date|2010|1|1}}}}')).toEqual([]);
  });

  test("a link's dated label is one prose event", () => {
    expect(brief('[[বাংলাদেশের স্বাধীনতা যুদ্ধ|১৯৭১ সালের যুদ্ধ]] হয়।')).toEqual([['১৯৭১ সালের', 'prose', 1971]]);
  });

  test('the running text after a table is prose again', () => {
    const wiki = '{| class="wikitable"\n! সাল\n|-\n| ১৯৭১\n|}\n১৯৮০ সালে শেষ।';
    const events = extractEvents(wiki);
    expect(brief(wiki)).toEqual([
      ['১৯৭১', 'prose', 1971],
      ['১৯৮০ সালে', 'prose', 1980],
    ]);
    expect(events[1]!.sentence).toBe('১৯৮০ সালে শেষ।');
  });

  test('a date template in a table cell: its row is the sentence', () => {
    const wiki = '{| class="wikitable"\n! সাল !! ঘটনা\n|-\n| {{শুরুর তারিখ|১৯৭১}} || যুদ্ধ\n|}';
    const events = extractEvents(wiki);
    expect(brief(wiki)).toEqual([['{{শুরুর তারিখ|১৯৭১}}', 'prose', 1971]]);
    expect(events[0]!.sentence).toBe('১৯৭১\tযুদ্ধ');
  });

  test("a file link's alt text is an option, not its caption; a caption's bare number before a noun is no year", () => {
    expect(brief('[[চিত্র:ক.jpg|thumb|alt=১৯৭১ সালের ছবি]]')).toEqual([]);
    expect(brief('[[চিত্র:ক.jpg|thumb|দুর্গের ১৯৫৫ নকশা]]')).toEqual([]);
    expect(brief('<gallery>\nক.jpg|দুর্গের ১৯৫৫ নকশা\n</gallery>')).toEqual([]);
  });

  test('a line of another tag that holds a bar is prose, read once (only gallery lines are captions)', () => {
    expect(brief('<poem>ক|১৯৭১ সালে</poem>')).toEqual([['১৯৭১ সালে', 'prose', 1971]]);
  });

  test("a table inside a template's argument (a navigation or quote box) is not read", () => {
    expect(brief('{{নেভবক্স|তালিকা১=\n{| class="wikitable"\n! সাল\n|-\n| ১৯৭১\n|}\n}}')).toEqual([]);
    expect(brief('{{Quote box|quote=\n{| class="wikitable"\n! সাল\n|-\n| ১৯৭১\n|}\n}}')).toEqual([]);
  });

  test('a population box: odd positional arguments are years (three digits too), even ones counts', () => {
    expect(brief('{{historical populations|১৯৫১|১০০০০|১৯৬১|২০০০০|৯৮১|৫০০}}')).toEqual([
      ['১৯৫১', 'prose', 1951],
      ['১৯৬১', 'prose', 1961],
      ['৯৮১', 'prose', 981],
    ]);
  });

  test('a chart reads its title, not its other arguments', () => {
    expect(brief('{{bar box|title=ভাষা|left1=১৯৭১ সালের হিসাব|bars=}}')).toEqual([]);
    expect(brief('{{bar box|title=ভাষা (১৯৭১ সালের হিসাব)|bars=}}')).toEqual([['১৯৭১ সালের', 'prose', 1971]]);
  });
});

describe('appendix sections', () => {
  test('nothing is read: prose, captions, date templates', () => {
    const wiki =
      'ভূমিকা।\n== বহিঃসংযোগ ==\n১৯৯৯ সালে প্রকাশিত।\n[[চিত্র:ক.jpg|thumb|ছবি, ১৯৫৫]]\n{{জন্ম তারিখ|১৯৪০|১|১}}\n{{তথ্যছক ব্যক্তি|জন্ম_তারিখ=১৯৪০}}';
    expect(extractEvents(wiki)).toEqual([]);
  });
  test('the same lines under an ordinary heading are read', () => {
    const wiki = 'ভূমিকা।\n== জীবন ==\n১৯৯৯ সালে প্রকাশিত।\n[[চিত্র:ক.jpg|thumb|ছবি, ১৯৫৫]]\n{{জন্ম তারিখ|১৯৪০|১|১}}';
    expect(brief(wiki).map((e) => e[2])).toEqual([1999, 1955, 1940]);
  });
});

describe('a tree or its text', () => {
  test('extractEvents gives the same events for a parsed tree as for the wikitext', () => {
    const wiki =
      '{{তথ্যছক ব্যক্তি\n| জন্ম_তারিখ = {{জন্ম তারিখ|১৮৬১|৫|৭}}\n}}\n== জীবন ==\n১৮৭৮ সালে তিনি বিলেত যান। পরের বছর তিনি ফেরেন।';
    const fromText = extractEvents(wiki);
    expect(fromText.map((e) => e.date.value.year)).toEqual([1861, 1878, 1879]);
    expect(extractEvents(parse(wiki))).toEqual(fromText);
  });
});
