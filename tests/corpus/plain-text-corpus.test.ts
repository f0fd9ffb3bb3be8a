// The plain-text promises of issue 11, counted on all 300 shared articles: convert values kept, no leaked
// markup, no hidden sort keys, no empty `()` the source does not have, no bare headings; and the template
// census covers ≥ 99% of template uses in prose with a rule. Figures: `npx tsx tests/corpus/text-figures.ts`.
import { beforeAll, describe, expect, test } from 'vitest';
import { convertArticle } from '../../src/index.js';
import { corpusArticles } from './corpus.js';
import { corpusCensus, type Census } from '../../scripts/template-census.js';
import { textFigures, type TextFigures } from './text-figures.js';

describe('plain text over the corpus', () => {
  let f: TextFigures;
  beforeAll(() => {
    f = textFigures();
  });

  test('≥ 99% of the convert values in prose are in the text', () => {
    expect(f.articles).toBe(300);
    expect(f.converts).toBeGreaterThan(250);
    expect(f.missingConverts).toEqual([]);
    expect(f.convertsKept / f.converts).toBeGreaterThanOrEqual(0.99);
  });

  test("no '', [[, ]], {{, }}, table markup lines, entities or <ref in any text", () => {
    expect(f.leaks).toEqual([]);
  });

  test('no character of the text comes from a hidden sort key', () => {
    expect(f.sortKeyLeaks).toEqual([]);
  });

  test('empty () only where the source has them', () => {
    expect(f.emptyParens).toEqual([]);
  });

  test('no text ends on, or holds, a heading whose section has no text', () => {
    expect(f.bareHeadings).toEqual([]);
  });
});

describe('appendices over the corpus', () => {
  test('most articles have an appendix; { appendices: false } leaves every appendix heading and its text out', () => {
    let withAppendix = 0;
    const problems: string[] = [];
    for (const a of corpusArticles()) {
      const r = convertArticle(a.text, { title: a.title, appendices: false });
      const appendices = r.sections.filter((s) => s.appendix);
      if (appendices.length) withAppendix++;
      const lines = new Set(r.text.split('\n'));
      const own = new Set(r.sections.filter((s) => !s.appendix).map((s) => s.heading));
      for (const s of appendices)
        if (
          lines.has(s.heading) &&
          !own.has(s.heading) &&
          !r.sections.some((x) => !x.appendix && x.text.split('\n').includes(s.heading))
        )
          problems.push(`${a.title}: ${s.heading}`);
    }
    expect(withAppendix).toBeGreaterThan(250);
    expect(problems).toEqual([]);
  });
});

describe('template census', () => {
  let c: Census;
  beforeAll(() => {
    c = corpusCensus();
  });

  test('≥ 99% of template uses in prose have a rule', () => {
    expect(c.uses).toBeGreaterThan(6000);
    expect(c.coverage).toBeGreaterThanOrEqual(0.99);
  });

  test('every template used at least 3 times has a rule for its name', () => {
    expect(c.rows.filter((r) => r.uses >= 3 && (!r.family || r.byPosition)).map((r) => r.name)).toEqual([]);
  });
});
