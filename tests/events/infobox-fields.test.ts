// Infobox fields as events: positional arguments are no fields; a `dateN`/`yearN` pair is one date (numbered
// pairs too), the year field then no event of its own; a year field without a year leaves the date as written.
import { describe, expect, test } from 'vitest';
import { extractEvents, type Event } from '../../src/index.js';

const brief = (e: Event) => [
  e.field,
  e.date.text,
  e.date.value.year,
  e.date.value.month ?? null,
  e.date.value.day ?? null,
];

describe('infobox fields', () => {
  test('a positional argument is skipped, the named fields read', () => {
    expect(extractEvents('{{Infobox cricketer|ক|testdebutdate=২০ জুন|testdebutyear=১৯৯৬}}').map(brief)).toEqual([
      ['testdebutdate', '২০ জুন', 1996, 6, 20],
    ]);
  });

  test('numbered date/year pairs join by their number', () => {
    const wiki = '{{Infobox cricketer\n| date1 = ১১ জানুয়ারি\n| year1 = ১৯৯২\n| date2 = ২ মে\n| year2 = ১৯৭৭\n}}';
    expect(extractEvents(wiki).map(brief)).toEqual([
      ['date1', '১১ জানুয়ারি', 1992, 1, 11],
      ['date2', '২ মে', 1977, 5, 2],
    ]);
  });

  test('the year field is read as a bare year even with a note after it', () => {
    const wiki = '{{Infobox cricketer\n| date = ১৫ মার্চ\n| year = ১৯৭৭ (প্রথম খেলা)\n}}';
    expect(extractEvents(wiki).map(brief)).toEqual([['date', '১৫ মার্চ', 1977, 3, 15]]);
  });

  test('a year field without a year: the date keeps its own year and the field is no event', () => {
    const wiki = '{{Infobox cricketer\n| date = ১৫ মার্চ ১৯৭৭\n| year = অজানা\n}}';
    expect(extractEvents(wiki).map(brief)).toEqual([['date', '১৫ মার্চ ১৯৭৭', 1977, 3, 15]]);
  });

  test('the event is the whole field: its span and "field: value" sentence', () => {
    const wiki = '{{তথ্যছক সংগঠন\n| প্রতিষ্ঠা = ১৯৫২ সালে\n}}';
    const [e] = extractEvents(wiki);
    expect([e!.kind, e!.field, e!.sentence, wiki.slice(e!.start, e!.end)]).toEqual([
      'infobox',
      'প্রতিষ্ঠা',
      'প্রতিষ্ঠা: ১৯৫২ সালে',
      ' প্রতিষ্ঠা = ১৯৫২ সালে\n', // the argument, after its `|`
    ]);
  });
});
