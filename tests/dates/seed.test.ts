// The seed article (fixtures/seed.wiki, flattened wikitext) yields exactly its dates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';

const text = readFileSync(new URL('../../fixtures/seed.wiki', import.meta.url), 'utf8');

describe('seed article', () => {
  it('finds every date with its value', () => {
    const got = extractDates(text);
    expect(got.map((m) => [m.value.year, m.value.month ?? null, m.value.day ?? null, m.value.precision])).toEqual([
      [1988, null, null, 'year'],
      [1988, null, null, 'season'],
      [1988, 8, null, 'month'],
      [1989, 11, 12, 'day'],
      [1989, 11, 14, 'day'],
      [1991, 12, 25, 'day'],
      [1991, 12, 26, 'day'],
      [2005, 7, 17, 'day'],
      [2009, 2, null, 'month'],
      [2009, 2, 27, 'day'],
      [2014, 2, 13, 'day'],
      [2004, 2, 13, 'day'],
    ]);
  });
  it('summer, the relative August, and the glued caption', () => {
    const got = extractDates(text);
    expect(got[1]).toMatchObject({ text: '১৯৮৮ সালের গ্রীষ্মে', value: { season: 'summer' } });
    expect(got[2]).toMatchObject({ text: 'সেই বছরের আগস্ট', relative: true });
    expect(got.slice(-2).map((m) => m.text)).toEqual(['১৩ ফেব্রুয়ারি ২০১৪', '২০০৪ সালের ১৩ ফেব্রুয়ারি']);
  });
  it('nothing from "১৫ টি" or "৩য়"; every span is the source text', () => {
    const got = extractDates(text);
    for (const m of got) {
      expect(m.text).toBe(text.slice(m.start, m.end));
      expect(m.text).not.toMatch(/১৫ টি|৩য়/u);
    }
  });
});
