// Rules rewritten on 1 December so that no regular expression reads a long run twice over (each had taken
// seconds on a 100 KB page: a free URL ending in `.,;:…`, `{{` then thousands of blanks, a digit run in a file
// link or `{{convert}}`, `class=class=…`): the answers they gave before, at the edges of each rule.
// The speed itself is measured by `npm run bench:adversarial` (these shapes are among its inputs), not here.
import { describe, expect, it } from 'vitest';
import { extractDates, extractEvents, parse, toPlainText } from '../src/index.js';
import { readNumber } from '../src/text/convert.js';
import { all, seededRandom } from './helpers.js';

/** The URLs of a text's free links. */
const urls = (text: string): string[] => all(parse(text), 'externalLink').map((n) => n.url);

describe('rules that read long runs once', () => {
  it('a free URL loses its trailing punctuation, `)` only when it holds no `(`, an entity keeps its `;`', () => {
    expect(urls('ক http://a.com/x.,;: খ http://a.com/(x)). গ http://a.com/x). ঘ http://a.com/?a&amp;. ঙ')).toEqual([
      'http://a.com/x',
      'http://a.com/(x))',
      'http://a.com/x',
      'http://a.com/?a&amp;',
    ]);
  });

  it('a tag hides its content for display:none or a sortkey class, read up to the value’s end', () => {
    const shown = (open: string) => toPlainText(`${open}ক</span>খ`);
    expect(shown('<span class="sortkey">')).toBe('খ');
    expect(shown('<span class=x class="a sortkey">')).toBe('খ');
    expect(shown('<span data-class="sortkey">')).toBe('খ');
    expect(shown('<span style="display : none">')).toBe('খ');
    expect(shown('<span class="a" title="sortkey">')).toBe('কখ');
    expect(shown('<span class="sortkeys">')).toBe('কখ');
  });

  it('a list template’s column count or width is no item, blanks around it or not', () => {
    expect(toPlainText('{{Columns-list| 30em |\n* ক\n* খ}}')).toBe('ক\nখ');
    expect(toPlainText('{{Columns-list|2|\n* ক}}')).toBe('ক');
    expect(toPlainText('{{Columns-list|30 em x|\n* ক}}')).toBe('30 em x\nক');
  });

  it('an image size with blanks around it is no caption', () => {
    const years = extractEvents('[[চিত্র:a.jpg|thumb| 200 px |ঢাকা, ১৯৫৫]]\n[[চিত্র:b.jpg|thumb|ঢাকা, ১৯৬০| x150px ]]').map(
      (e) => e.date.value.year,
    );
    expect(years).toEqual([1955, 1960]);
  });

  it('an infobox pairs a field with `date` in its name with the same name with `year`', () => {
    const events = extractEvents('{{তথ্যছক ব্যক্তি|name=ক|start_date_x = ১৫ মার্চ|start_year_x = ১৯৭৭}}');
    expect(events.map((e) => [e.date.value.year, e.date.value.month, e.date.value.day])).toEqual([[1977, 3, 15]]);
  });

  it('a date template is read by its name, blanks around it or not; an 81-character name is none', () => {
    const read = (t: string) => extractDates(t).map((m) => [m.text, m.value.year]);
    expect(read('{{জন্ম তারিখ|১৯৪০|১|১}}')).toEqual([['{{জন্ম তারিখ|১৯৪০|১|১}}', 1940]]);
    expect(read('{{ জন্ম তারিখ |১৯৪০|১|১}}')).toEqual([['{{ জন্ম তারিখ |১৯৪০|১|১}}', 1940]]);
    expect(read(`{{${'ক'.repeat(81)}|১৯৪০|১|১}}`)).toEqual([['১৯৪০', 1940]]);
    expect(read('{{}}১৯৪০ সালে')).toEqual([['১৯৪০ সালে', 1940]]);
    expect(read('{{ }}১৯৪০ সালে')).toEqual([['১৯৪০ সালে', 1940]]);
  });

  it('a comment in a date template’s argument is left out', () => {
    const [event] = extractEvents('{{জন্ম তারিখ|১৯৪০<!-- ? -->|১|১}} ছিল।');
    expect([event.date.value.year, event.date.value.month, event.date.value.day]).toEqual([1940, 1, 1]);
  });

  it('readNumber reads what the rule before it read, on 20,000 random strings', () => {
    const OLD_RULE = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
    const alphabet = ['1', '2', '০', '৯', '.', 'e', 'E', '-', '+', '−', ',', ' ', 'x'];
    const next = seededRandom(11);
    const differ: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let k = next(12); k > 0; k--) s += alphabet[next(alphabet.length)];
      const t = s
        .replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x9e6))
        .replace(/[,\s]/g, '')
        .replace(/^[−–]/, '-');
      const before = OLD_RULE.test(t) ? Number(t) : Number.NaN;
      if (!Object.is(readNumber(s), before)) differ.push(s);
    }
    expect(differ).toEqual([]);
  });
});
