// Where events come from besides running text: tables (by column), timeline lists, infobox fields
// (every dated field, date/year pairs, list values, wrapped values, statistics left out), headings, image
// and gallery captions, succession boxes; and what never gives one (refs, external-link labels, appendix
// sections, a year-less date with no narrative). Wikitext written for these tests.
import { describe, expect, test } from 'vitest';
import { extractEvents, type Event } from '../../src/events/extract-events.js';

const brief = (e: Event) => [
  e.date.text,
  e.kind,
  e.date.value.year,
  e.date.value.month ?? null,
  e.date.value.day ?? null,
];
const texts = (wikitext: string) => extractEvents(wikitext).map((e) => e.date.text);

describe('tables', () => {
  const table =
    '== জনসংখ্যা ==\n{| class="wikitable"\n! সাল !! জনসংখ্যা !! মন্তব্য\n|-\n| ১৯৬১ || ১৯৮১ || আদমশুমারি\n|-\n| ১৯৯১ || ২০১১ || ১৯৯৮ সালে সংশোধিত\n|}\n';
  test('a year column holds years, a count column never does', () => {
    expect(extractEvents(table).map(brief)).toEqual([
      ['১৯৬১', 'prose', 1961, null, null],
      ['১৯৯১', 'prose', 1991, null, null],
      ['১৯৯৮ সালে', 'prose', 1998, null, null],
    ]);
  });
  test('the event carries the row as its sentence, cells apart, and the section', () => {
    const [e] = extractEvents(table);
    expect([e.sentence, e.section]).toEqual(['১৯৬১\t১৯৮১\tআদমশুমারি', ['জনসংখ্যা']]);
  });
  test('a table caption and a range in a cell', () => {
    const t = '{| class="wikitable"\n|+ ফলাফল (২০২২ সালের হিসাবে)\n! মেয়াদ !! নাম\n|-\n| ১৯৭২–১৯৭৫ || ক\n|}';
    const ev = extractEvents(t);
    expect(ev.map((e) => e.date.text)).toEqual(['২০২২ সালের', '১৯৭২–১৯৭৫']);
    expect(ev[1].date.rangeEnd).toMatchObject({ year: 1975 });
  });
  test('a year-less day in a holidays table is a day of every year', () => {
    const [e] = extractEvents('{| class="wikitable"\n! তারিখ !! নাম\n|-\n| ২১ ফেব্রুয়ারি || শহীদ দিবস\n|}');
    expect([e.date.value.year, e.date.value.month, e.date.value.day, e.date.recurring]).toEqual([null, 2, 21, true]);
  });
});

describe('lists', () => {
  test('a timeline list: the term dates the items under it', () => {
    const ev = extractEvents('== ঘটনাক্রম ==\n; ১৯৯০\n: ৩ মার্চ আন্দোলন শুরু হয়।\n: ৪ ডিসেম্বর সরকারের পতন হয়।\n');
    expect(ev.map(brief)).toEqual([
      ['১৯৯০', 'prose', 1990, null, null],
      ['৩ মার্চ', 'prose', 1990, 3, 3],
      ['৪ ডিসেম্বর', 'prose', 1990, 12, 4],
    ]);
  });
  test('numbered lines led by a year', () => {
    expect(texts('# ১৯৪৭: দেশভাগ\n# ১৯৭১: স্বাধীনতা\n')).toEqual(['১৯৪৭', '১৯৭১']);
  });
  test('a blank line ends the narrative a year-less month may borrow from', () => {
    expect(texts('১৮৬৩ সালে শহরটি গড়ে ওঠে।\n\nপ্রতিবছর উৎসবের সময় জুলাইয়ের শেষে মেলা বসে।')).toEqual(['১৮৬৩ সালে']);
  });
});

describe('infobox fields', () => {
  test('bare years in date-named fields, numbered fields and lists of years', () => {
    const ev = extractEvents(
      '{{তথ্যছক দেশ\n| established_event1 = ডিউক\n| established_date1 = ১১৫৬\n| founded_date2 = ১৯২১\n| term_start = ২০০৯, ২০১৪\n| population_census_year = ২০১১\n| name = ক\n}}',
    );
    expect(ev.map((e) => [e.field, e.date.value.year, e.kind])).toEqual([
      ['established_date1', 1156, 'infobox'],
      ['founded_date2', 1921, 'infobox'],
      ['term_start', 2009, 'infobox'],
      ['term_start', 2014, 'infobox'],
    ]);
  });
  test("a sport infobox's date/year pair is one date", () => {
    const ev = extractEvents(
      '{{Infobox cricketer\n| testdebutdate = ২০ জুন\n| testdebutyear = ১৯৯৬\n| odidebutdate = ১১ জানুয়ারি\n| odidebutyear = ১৯৯২\n}}',
    );
    expect(ev.map((e) => [e.field, e.date.value.year, e.date.value.month, e.date.value.day])).toEqual([
      ['testdebutdate', 1996, 6, 20],
      ['odidebutdate', 1992, 1, 11],
    ]);
  });
  test("a country infobox's date_start/year_start pair is one date; a day with no year anywhere is none", () => {
    const ev = extractEvents(
      '{{Infobox country\n| year_start = ১৯৩০\n| event_start = অভ্যুত্থান\n| date_start = ২৭ আগস্ট\n| date_end = ২৮ জুলাই\n}}',
    );
    expect(ev.map((e) => [e.field, e.date.value.year, e.date.value.month, e.date.value.day])).toEqual([
      ['date_start', 1930, 8, 27],
    ]);
  });
  test('values wrapped in formatting templates, and start-date templates', () => {
    const ev = extractEvents(
      '{{তথ্যছক সংগঠন\n| caption = ভবনটি {{small|(১৯০৫)}}\n| years_active = {{শুরুর তারিখ|১৯৬০}}–{{end date|১৯৭০}}\n}}',
    );
    expect(ev.map((e) => [e.field, e.date.value.year, e.kind])).toEqual([
      ['caption', 1905, 'infobox'],
      ['years_active', 1960, 'infobox'],
    ]);
    expect(ev[1].date.rangeEnd).toMatchObject({ year: 1970 });
  });
  test('a hyphenated infobox name, birth and death templates and a date written as text', () => {
    const ev = extractEvents(
      '{{তথ্যছক-বিজ্ঞানী\n| birth_date = {{জন্ম তারিখ|১৮৮৭|১২|২২}}\n| death_date = {{মৃত্যুর তারিখ ও বয়স|২৬ এপ্রিল ১৯২০|২২ ডিসেম্বর ১৮৮৭}}\n}}',
    );
    expect(ev.map((e) => [e.kind, e.date.value.year, e.date.value.month, e.date.value.day])).toEqual([
      ['birth', 1887, 12, 22],
      ['death', 1920, 4, 26],
    ]);
  });
  test('images, maps and statistics are not events', () => {
    expect(
      extractEvents(
        '{{Infobox country\n| image_map = Map 1998.png\n| GDP_PPP_year = ২০১৫\n| percent_water = ১.৭৯ (২০১৫ অনুযায়ী)\n| HDI_year = ২০১৯\n}}',
      ),
    ).toEqual([]);
  });
});

describe('headings, captions and boxes', () => {
  test("a heading's own date, in its own section, and the context of its section", () => {
    const ev = extractEvents('== ১৯৫৭–৬২: গঠন ==\n১৫ আগস্ট দলটি প্রথম অনুষ্ঠান করে।');
    expect(ev.map((e) => [e.date.text, e.section, e.date.value.year])).toEqual([
      ['১৯৫৭–৬২', ['১৯৫৭–৬২: গঠন'], 1957],
      ['১৫ আগস্ট', ['১৯৫৭–৬২: গঠন'], 1957],
    ]);
  });
  test('image captions and gallery lines; file names are not', () => {
    const ev = extractEvents(
      '[[চিত্র:Fort 1930.jpg|thumb|২০০px|দুর্গের ছবি, ১৯৫৫]]\n<gallery>\nক 1941.jpg|ঘেটোর নারী, জুলাই ১৯৪১\n</gallery>',
    );
    expect(ev.map(brief)).toEqual([
      ['১৯৫৫', 'prose', 1955, null, null],
      ['জুলাই ১৯৪১', 'prose', 1941, 7, null],
    ]);
  });
  test('succession box years, also under an appendix heading', () => {
    const ev = extractEvents(
      '== বহিঃসংযোগ ==\n* [http://example.org ওয়েবসাইট ২০১০]\n{{succession box|title=অধিনায়ক|before=ক|after=খ|years=২০০০/০১-২০০৫/০৬}}',
    );
    expect(ev.map((e) => [e.date.value.year, (e.date.rangeEnd as { year: number }).year])).toEqual([[2000, 2006]]);
  });
  test('a chart title', () => {
    expect(texts('{{bar box|title=ভাষা (২০১৪ সালের আদমশুমারি)|bars={{bar percent|ক|red|৫০}}}}')).toEqual(['২০১৪ সালের']);
  });
});

describe('never events', () => {
  test('refs, citations and external-link labels', () => {
    expect(
      texts(
        'ঘটনাটি ঘটে।<ref>{{ওয়েব উদ্ধৃতি|তারিখ={{date|05/12/2013}}|শিরোনাম=১৯৯৯ সালের খবর}}</ref> [http://x.org ৫০০০ খ্রিস্টপূর্ব থেকে ৫০০০ খ্রিস্টাব্দ]',
      ),
    ).toEqual([]);
  });
  test('bibliography, further reading and external links sections', () => {
    expect(
      texts(
        '== তথ্যসূত্র ==\n* রহমান, আ. (১৯৯৫)। বাংলার লোকশিল্প।\n== আরও পড়ুন ==\n* ক (২০০১)\n== গ্রন্থতালিকা ==\n=== কবিতা ===\n* খ (১৯৮০)',
      ),
    ).toEqual([]);
  });
  test('a year-less date with no narrative year', () => {
    expect(texts('মঙ্গলবার (১৮ জানুয়ারি) সংসদে আলোচনা হয়।')).toEqual([]);
  });
});

test('a date read from a template inside <poem> spans the whole template, not its first brace', () => {
  const text = '<poem>{{জন্ম তারিখ|১৯৪০|১|১}} তিনি জন্মান</poem>';
  const [e] = extractEvents(text);
  expect([e.date.text, e.date.value.year, e.date.value.month, e.date.value.day]).toEqual([
    '{{জন্ম তারিখ|১৯৪০|১|১}}',
    1940,
    1,
    1,
  ]);
});

describe('author–year citations in running text are sources, not events', () => {
  test.each([
    ['এটি গুচ্ছ হিসেবে বিকশিত হয়েছে (ব্লিজ-১৯৯৩)।'],
    ['এর তিনটি শাখা আছে (আলম, ২০১৪)।'],
    ['এটি জীবমণ্ডলের অংশ (জেমস, এস. গার্ডনার, ১৯৭৭)।'],
    ['অভিধানে (তৃতীয় সংস্করণ, ২০১৫) এর প্রতিশব্দ আছে।'],
    ['আর্থার হোমসের (Arther Holmes, 1960) মতে পৃথিবী বন্ধুর।'],
    ['এটি কেন্দ্র হিসেবে গড়ে উঠেছে (Zarubavel ১৯৯৪)।'],
    ['এটি গুরুত্বপূর্ণ রূপে ব্যবহৃত হয়েছে (Rao ১৯৯৪, Pollock ১৯৯৬)।'],
    ['এটি দেখা যায় (Jones ১৯৯৮:৩; Smith 2001)।'],
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });
  test('a life or reign in parentheses, a range, a year with its marker or alone stay events', () => {
    expect(texts('কবি (জন্ম-১৯৪১) ঢাকায় থাকেন।')).toEqual(['১৯৪১']);
    expect(texts('কার্ল রিটার (Carl Ritter, 1779-1859) ভূগোলবিদ।')).toEqual(['1779-1859']);
    expect(texts('তিনি ঢাকায় আসেন (আলম, ২০১৪ সালে)।')).toEqual(['২০১৪ সালে']);
    expect(texts('শেষের কবিতা (১৯২৯) উপন্যাস।')).toEqual(['১৯২৯']);
    // a long name before the year is what was founded that year, not an author
    expect(texts('এখানে জাদুঘর (Australian National Gallery অস্ট্রেলিয়ান ন্যাশনাল গ্যালারি, ১৯৮২) অবস্থিত।')).toEqual(['১৯৮২']);
    // a Bengali word and a space is a date's own word, not an author (`সি` = circa)
    expect(texts('স্থির তড়িৎ (সি ১৬০০) আবিষ্কৃত হয়।')).toEqual(['১৬০০']);
  });
  test('a citation year does not date the year-less day after it', () => {
    const e = extractEvents('তিনি ১৯৭১ সালে আসেন (আলম, ২০১৪)। ৫ মার্চ তিনি ফেরেন।');
    expect(e.map((x) => [x.date.text, x.date.value.year])).toEqual([
      ['১৯৭১ সালে', 1971],
      ['৫ মার্চ', 1971],
    ]);
  });
});

describe('infobox fields holding only a number', () => {
  const box = (field: string, value: string) => `{{Infobox settlement\n| ${field} = ${value}\n}}`;
  test('a field not named for a date: a measure or a statistic, no event', () => {
    expect(texts(box('elevation_max_m', '1035'))).toEqual([]);
    expect(texts(box('blank_info', '2017'))).toEqual([]);
  });
  test("a field named for a date (also a sportsman's `turnedpro`), or a year among words: an event", () => {
    expect(texts(box('established_date', '১৯৪৭'))).toEqual(['১৯৪৭']);
    expect(texts(box('turnedpro', '১৯৯৮'))).toEqual(['১৯৯৮']);
    expect(texts(box('awards', 'Goethe Prize (1930)'))).toEqual(['1930']);
  });
});

describe('a bibliography line in a list is no event', () => {
  test('the year closing an imprint `Place: Publisher, Year.`', () => {
    const list =
      '== প্রকাশনা ==\n* Basic concepts of SIMULA. Oslo: Norwegian Computing Center, 1963.\n' +
      '* SIMULA: a language. Oslo: [[Norsk Regnesentral]], [1965?].\n* Notes. London: Academic Press, 1968. (Series)\n';
    expect(texts(list)).toEqual([]);
  });
  test("a film list's year after its director (no closing full stop) stays one", () => {
    expect(texts('== চলচ্চিত্র ==\n* Power and Terror (TV), Director: John Junkermann, 2003\n')).toEqual(['2003']);
  });
});
