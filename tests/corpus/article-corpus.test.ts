// convertArticle over the 300 real articles of ../shared/corpus: never throws, every record validates
// against the published JSON Schema, events point at their dates, no event from citation metadata,
// plain text holds no markup.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, test } from 'vitest';
import { convertArticle, toAsciiDigits, type Article } from '../../src/index.js';
import { corpusArticles } from './corpus.js';

const schema = JSON.parse(readFileSync(new URL('../../dist/schema.json', import.meta.url), 'utf8'));
const articles = corpusArticles();

describe('convertArticle over the corpus', () => {
  const records: Article[] = [];
  beforeAll(() => {
    for (const a of articles) records.push(convertArticle(a.text, { title: a.title }));
  });

  test('300 articles convert without throwing', () => {
    expect(records.length).toBe(300);
  });

  test('every record validates against dist/schema.json', () => {
    const validate = new Ajv({ allErrors: false, strict: false }).compile(schema);
    const bad = records.filter((r) => !validate(JSON.parse(JSON.stringify(r)))).map((r) => r.title);
    expect(bad).toEqual([]);
  });

  test("every event's date.start/end slices the wikitext to text holding the date's digits", () => {
    const problems: string[] = [];
    records.forEach((r, i) => {
      const text = articles[i].text;
      for (const e of r.events) {
        const slice = text.slice(e.date.start, e.date.end);
        if (slice !== e.date.text)
          problems.push(`${r.title}: slice ${JSON.stringify(slice)} ≠ ${JSON.stringify(e.date.text)}`);
        const year = e.date.value.year;
        const ascii = toAsciiDigits(slice);
        // a year's last two digits, a decade's first three (১৯৮০-এর দশক → 198)
        // (a decade named by its century, `২১শ শতকের প্রথম দশকে`, holds the century's: 21)
        const digits =
          e.date.value.precision !== 'decade'
            ? String(year).slice(-2)
            : /শত/.test(slice)
              ? String(Math.floor((year ?? 0) / 100) + 1)
              : String(year).slice(0, 3);
        // a date written in words (`উনবিংশ শতাব্দীর ষাটের দশকে`, `আগস্ট বা সেপ্টেম্বর ১৫৭৮`'s first month) has no digits to check
        if (
          year !== null &&
          /\d/.test(ascii) &&
          !e.date.relative &&
          e.kind === 'prose' &&
          e.date.value.precision !== 'century' &&
          e.date.value.calendar === 'gregorian' &&
          !ascii.includes(digits)
        )
          problems.push(`${r.title}: ${JSON.stringify(slice)} lacks the digits of ${year}`);
        if (e.start > e.date.start || e.end < e.date.end)
          problems.push(`${r.title}: sentence span does not hold its date`);
      }
    });
    expect(problems.slice(0, 10)).toEqual([]);
  });

  test('no event comes from a citation', () => {
    for (const r of records) {
      const cited = r.dates.filter((d) => d.source === 'citation');
      for (const e of r.events) {
        expect(e.field === undefined || !/সংগ্রহ|আর্কাইভ|access[-_ ]?date|archive/i.test(e.field)).toBe(true);
        expect(cited.some((d) => d.start === e.date.start && d.end === e.date.end)).toBe(false);
      }
    }
  });

  test('plain text holds no [[, {{ or <ref (outside <nowiki>, and <math>, whose formula is text)', () => {
    records.forEach((r, i) => {
      const nowiki = /<(nowiki|math)\b[^>]*>[^]*?(\[\[|\{\{|<ref)[^]*?<\/\1>/i.test(articles[i].text);
      if (!nowiki) expect(r.text, r.title ?? '').not.toMatch(/\[\[|\{\{|<ref/i);
    });
  });

  test('sections tile the article and the lead comes first', () => {
    records.forEach((r, i) => {
      expect(r.sections[0].level).toBe(0);
      expect(r.sections[0].start).toBe(0);
      expect(r.sections[r.sections.length - 1].end).toBe(articles[i].text.length);
      for (let k = 1; k < r.sections.length; k++) expect(r.sections[k].start).toBe(r.sections[k - 1].end);
    });
  });

  test('event counts over the corpus (printed for the closing note)', () => {
    const kinds: Record<string, number> = {};
    for (const r of records) for (const e of r.events) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
    console.log('events by kind over 300 articles:', kinds);
    expect(kinds.prose).toBeGreaterThan(3000);
    expect(kinds.birth).toBeGreaterThan(10);
  });
});
