// The matching copy maps back to the source exactly, whatever the encoding of the input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractDates } from '../../src/dates/index.js';
import { normalize } from '../../src/dates/normalize.js';
import { toAsciiDigits, toBengaliDigits } from '../../src/dates/index.js';

describe('digits', () => {
  it('converts both ways and keeps other characters', () => {
    expect(toAsciiDigits('১৯৭১ সাল')).toBe('1971 সাল');
    expect(toBengaliDigits(1971)).toBe('১৯৭১');
    expect(toBengaliDigits('2024-04-14')).toBe('২০২৪-০৪-১৪');
  });
});

describe('normalize', () => {
  it('decomposes য় ড় ঢ়, drops ZWJ/ZWNJ, reads ৰ as র, ৷ as ।, NBSP and &nbsp; as space', () => {
    const n = normalize('জানু\u09DFারি\u200C ফেব্\u09F0ুয়ারি\u00A0১৯৭১&nbsp;সাল৷');
    expect(n.text).toBe('জানুয়ারি ফেব্রুয়ারি ১৯৭১ সাল।');
  });
  it('every copy unit maps inside the source, in order', () => {
    const src = "[[আগস্ট ১৫|১৫ আগস্ট]] ''১৯৪৭'' &nbsp;{{mdash}} <br/> য়";
    const n = normalize(src);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.start[i]!).toBeLessThan(n.end[i]!);
      expect(n.end[i]!).toBeLessThanOrEqual(src.length);
      if (i) expect(n.start[i]!).toBeGreaterThanOrEqual(n.start[i - 1]!);
    }
  });
});

describe('offsets map back through the copy', () => {
  // input → the mention's exact source text (the copy's offsets mapped back) and its value
  const cases: Array<[string, string, string, [number, number | null, number | null, 'CE' | 'BCE']]> = [
    ['precomposed য়', 'তিনি ১৫ জানু\u09DFারি ২০০১ সালে আসেন', '১৫ জানু\u09DFারি ২০০১ সালে', [2001, 1, 15, 'CE']],
    ['ZWNJ inside the month', 'সে ১২ সেপ্টে\u200Cম্বর ১৯৯৯ তারিখে', '১২ সেপ্টে\u200Cম্বর ১৯৯৯', [1999, 9, 12, 'CE']],
    ['&nbsp; between year and era', "জন্ম ''c''. ২৮৭&nbsp;বিসি", '২৮৭&nbsp;বিসি', [287, null, null, 'BCE']],
    ['NBSP', 'খ্রিস্টপূর্ব\u00A0৩১২ সালে নির্মিত', 'খ্রিস্টপূর্ব\u00A0৩১২ সালে', [312, null, null, 'BCE']],
    [
      'piped link (ends with the label)',
      '১৯৪৭ খ্রিষ্টাব্দের [[আগস্ট ১৫|১৫ আগস্ট]] ভারত',
      '১৯৪৭ খ্রিষ্টাব্দের [[আগস্ট ১৫|১৫ আগস্ট',
      [1947, 8, 15, 'CE'],
    ],
    [
      'date template',
      '| birth_date = {{জন্ম তারিখ ও বয়স|১৯৪৭|৯|২৮|df=y}}',
      '{{জন্ম তারিখ ও বয়স|১৯৪৭|৯|২৮|df=y}}',
      [1947, 9, 28, 'CE'],
    ],
  ];
  it.each(cases)('%s', (_, text, mention, [year, month, day, era]) => {
    const got = extractDates(text);
    expect(got).toHaveLength(1);
    const m = got[0]!;
    expect(m.text).toBe(mention);
    expect(text.slice(m.start, m.end)).toBe(mention);
    expect([m.value.year, m.value.month ?? null, m.value.day ?? null, m.value.era]).toEqual([year, month, day, era]);
  });
  it('template spans cover the whole template', () => {
    const text = '| birth_date = {{জন্ম তারিখ ও বয়স|১৯৪৭|৯|২৮|df=y}}';
    const [m] = extractDates(text);
    expect(m!.text).toBe('{{জন্ম তারিখ ও বয়স|১৯৪৭|৯|২৮|df=y}}');
    expect(m!.value).toMatchObject({ year: 1947, month: 9, day: 28 });
  });
  it('never throws; spans always in bounds and equal to their text (property)', () => {
    const alphabet = fc.constantFrom(
      ..."১৯৭১২০৮ 0123- –,./()[]{}|&;'য়\u09DF\u200Cসালেরখ্রিস্টাব্দমার্চজুনবৈশাখদশকশতক".split(''),
      'মার্চ',
      'সালের',
      '{{',
      '}}',
      '[[',
      ']]',
      '&nbsp;',
      '<!--',
      '-->',
      'বঙ্গাব্দ',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        (text) => {
          for (const m of extractDates(text)) {
            if (!(m.start >= 0 && m.start < m.end && m.end <= text.length && m.text === text.slice(m.start, m.end)))
              return false;
          }
          return true;
        },
      ),
      { numRuns: 500 },
    );
  });
});
