// Tables are read cell by cell by the kind of their column: a bare number is a year under সাল/Year and never
// under a count heading (জনসংখ্যা, মোট, রান) unless it stands in parentheses; `colspan` shifts the columns after
// it; a new header row starts a new set of columns; a caption's dates are the table's.
import { describe, expect, test } from 'vitest';
import type { Table } from '../../src/ast.js';
import { tableDates } from '../../src/events/table-dates.js';
import { extractEvents, parse } from '../../src/index.js';
import { sectionsOf } from '../../src/text/sections.js';

const years = (wiki: string) => extractEvents(wiki).map((e) => [e.date.text, e.date.value.year]);

describe('table columns', () => {
  test('a colspan header cell counts for two columns', () => {
    // without the colspan the year column would be the 2nd (খ) and ১৯৬১ would stand under জনসংখ্যা
    const wiki = '{| class="wikitable"\n! colspan="2" | নাম !! সাল !! জনসংখ্যা\n|-\n| ক || খ || ১৯৬১ || ১৯৮১\n|}';
    expect(years(wiki)).toEqual([['১৯৬১', 1961]]);
  });

  test('a colspan data cell shifts the cells after it', () => {
    const wiki = '{| class="wikitable"\n! নাম !! টীকা !! সাল !! জনসংখ্যা\n|-\n| colspan=2 | ক || ১৯৭২ || ১৯৯০\n|}';
    expect(years(wiki)).toEqual([['১৯৭২', 1972]]);
  });

  test('a second header row gives the rows under it their own columns', () => {
    const wiki = '{| class="wikitable"\n! সাল !! জনসংখ্যা\n|-\n| ১৯৬১ || ১৯৮১\n|-\n! মোট !! সাল\n|-\n| ১৯৯১ || ১৯৯৯\n|}';
    expect(years(wiki)).toEqual([
      ['১৯৬১', 1961],
      ['১৯৯৯', 1999],
    ]);
  });

  test('under a count heading a year with its marker, or in parentheses, is still a year', () => {
    const wiki = '{| class="wikitable"\n! সাল !! জনসংখ্যা\n|-\n| ১৯৫১ || ১৯৭০ (১৯৭১ সালের হিসাবে)\n|-\n| ১৯৬১ || (১৯৮১)\n|}';
    expect(years(wiki)).toEqual([
      ['১৯৫১', 1951],
      ['১৯৭১ সালের', 1971],
      ['১৯৬১', 1961],
      ['১৯৮১', 1981],
    ]);
  });

  test('only a year column reads a three-digit number or a year followed by a note as a year; a count column never', () => {
    const wiki =
      '{| class="wikitable"\n! সাল !! নাম !! আসন\n|-\n| ৯৮৭ || ৯৮৭ || ১৯৭৩\n|-\n| ১৯৭২ (পুনর্গঠন) || ১৯৭২ (পুনর্গঠন) || ক\n|}';
    const events = extractEvents(wiki);
    expect(events.map((e) => [wiki.slice(e.date.start, e.date.end), e.date.value.year, e.date.start])).toEqual([
      ['৯৮৭', 987, wiki.indexOf('৯৮৭')],
      ['১৯৭২', 1972, wiki.indexOf('১৯৭২')],
    ]);
  });

  test('years as column titles in a header row are years', () => {
    expect(years('{| class="wikitable"\n! দল !! ১৯৯১ !! ২০০১\n|-\n| ক || ৫০ || ৬০\n|}')).toEqual([
      ['১৯৯১', 1991],
      ['২০০১', 2001],
    ]);
  });

  test('the caption is read with the table; the row is the sentence of its cells', () => {
    const wiki = '{| class="wikitable"\n|+ ফলাফল (২০২২ সালের হিসাবে)\n! মেয়াদ !! নাম\n|-\n| ১৯৭২–১৯৭৫ || ক\n|}';
    const events = extractEvents(wiki);
    // the caption's event spans the caption line, a cell's event its row (from the `|-` that opens it)
    expect(events.map((e) => [e.date.text, e.sentence, wiki.slice(e.start, e.end)])).toEqual([
      ['২০২২ সালের', 'ফলাফল (২০২২ সালের হিসাবে)', '|+ ফলাফল (২০২২ সালের হিসাবে)\n'],
      ['১৯৭২–১৯৭৫', '১৯৭২–১৯৭৫\tক', '|-\n| ১৯৭২–১৯৭৫ || ক\n'],
    ]);
  });

  test("a cell is read as the section's text shows it: one line per row, its line breaks blanks", () => {
    // `জনসংখ্যা<br>(…)` in a header and a list of links in a cell: the row is one line, as in the article's text
    const wiki =
      '{| class="wikitable"\n! নাম !! জনসংখ্যা\n(২০০২-এর ১ জুলাই আনু.)\n|-\n| ক || ১০\n|}\n' +
      '{|\n|\n* [[ক্রিকেট বিশ্বকাপ ২০১১]]\n* [[ক্রিকেট বিশ্বকাপ ২০০৭]]\n* [[একদিনের আন্তর্জাতিক ক্রিকেট]]\n|}';
    const events = extractEvents(wiki);
    expect(events.map((e) => [e.date.text, e.sentence])).toEqual([['২০০২-এর ১ জুলাই', 'নাম\tজনসংখ্যা (২০০২-এর ১ জুলাই আনু.)']]);
    // the mention maps back to the wikitext it came from
    expect(wiki.slice(events[0].date.start, events[0].date.end)).toBe('২০০২-এর ১ জুলাই');
  });

  test('a table nested in a cell, or hidden, is read cell by cell from its own text, as a row shows a cell', () => {
    const nested = '{| class="wikitable"\n|\n{| class="wikitable"\n! সাল !! নাম\n|-\n| ১৯৬৬ || ক\n|}\n|}';
    expect(years(nested)).toContainEqual(['১৯৬৬', 1966]);
    const hidden = '<div style="display:none">\n{| class="wikitable"\n! সাল !! নাম\n|-\n| ১৯৬৬ || ক\n|}\n</div>';
    expect(years(hidden)).toEqual([['১৯৬৬', 1966]]);
    // a list of link titles in a cell is one line wherever the table stands: no year read off a line's end
    const list = '{|\n|\n* [[ক্রিকেট বিশ্বকাপ ২০১১]]\n* খ\n|}';
    expect(years(list)).toEqual([]);
    expect(years(`{| class="wikitable"\n|\n${list}\n|}`)).toEqual([]);
    expect(years(`<div style="display:none">\n${list}\n</div>`)).toEqual([]);
  });

  test("a cell's text is its own, without the tab or line break around it", () => {
    const wiki = '{|\n|+ ১৯৫০ সালের তালিকা\n! সাল !! নাম\n|-\n| ১৯৯৮ || ২০০০ সালে\n|}';
    const [section] = sectionsOf(parse(wiki));
    const table = section.nodes.find((n) => n.type === 'table') as Table;
    const cells = tableDates(table, section.body).map((c) => c.cell.text);
    expect(cells).toEqual(['১৯৫০ সালের তালিকা', '১৯৯৮', '২০০০ সালে']);
  });

  test('an empty row does not start new columns; a row led by a header cell is a data row', () => {
    // with new columns the count ১৯৮১ would stand in a column of no kind and be read as a bare year
    expect(years('{| class="wikitable"\n! সাল !! জনসংখ্যা\n|-\n|-\n| ১৯৬১ || ১৯৮১\n|}')).toEqual([['১৯৬১', 1961]]);
    expect(years('{| class="wikitable"\n! সাল !! জনসংখ্যা\n|-\n! ১৯৬১\n| ১৯৮১\n|}')).toEqual([['১৯৬১', 1961]]);
  });

  test('only a year-less day in a table is a day of every year; a dated day is not, a year-less month is no event', () => {
    const wiki =
      '{| class="wikitable"\n! তারিখ !! নাম\n|-\n| ২১ ফেব্রুয়ারি ১৯৫২ || শহীদ দিবস\n|-\n| মার্চ || মাস\n|-\n| ১ মে || শ্রমিক দিবস\n|}';
    expect(extractEvents(wiki).map((e) => [e.date.text, e.date.value.year, !!e.date.recurring])).toEqual([
      ['২১ ফেব্রুয়ারি ১৯৫২', 1952, false],
      ['১ মে', null, true],
    ]);
  });
});
