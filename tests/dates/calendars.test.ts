import { describe, expect, it } from 'vitest';
import { bengaliToGregorian, gregorianToBengali } from '../../src/dates/index.js';
import { hijriToGregorian, julianToGregorian } from '../../src/dates/calendars.js';

// Worked dates from the catalogue §4 (Bangla Academy 1987 and 2019 rules).
const worked: Array<[string, [number, number, number], '1987' | '2019', [number, number, number]]> = [
  ['১ বৈশাখ ১৪৩১ (2019)', [1431, 1, 1], '2019', [2024, 4, 14]],
  ['১ বৈশাখ ১৪৩১ (1987)', [1431, 1, 1], '1987', [2024, 4, 14]],
  ['১ বৈশাখ ১৪২৬', [1426, 1, 1], '2019', [2019, 4, 14]],
  ['৮ ফাল্গুন ১৪৩০ (2019)', [1430, 11, 8], '2019', [2024, 2, 21]],
  ['৮ ফাল্গুন ১৪৩০ (1987)', [1430, 11, 8], '1987', [2024, 2, 20]],
  ['১ পৌষ ১৪৩০ (2019)', [1430, 9, 1], '2019', [2023, 12, 16]],
  ['১ পৌষ ১৪৩০ (1987)', [1430, 9, 1], '1987', [2023, 12, 15]],
  ['১২ চৈত্র ১৪৩০', [1430, 12, 12], '2019', [2024, 3, 26]],
  ['৩০ ফাল্গুন ১৪৩০ (leap)', [1430, 11, 30], '2019', [2024, 3, 14]],
  ['৩১ ফাল্গুন ১৪৩০ (1987, leap)', [1430, 11, 31], '1987', [2024, 3, 14]],
  ['৩১ আশ্বিন ১৪২৬', [1426, 6, 31], '2019', [2019, 10, 16]],
  ['১৭ পৌষ ১৪৩১', [1431, 9, 17], '2019', [2025, 1, 1]],
];

describe('bengaliToGregorian', () => {
  it.each(worked)('%s', (_, [y, m, d], rule, [gy, gm, gd]) => {
    expect(bengaliToGregorian(y, m, d, rule)).toMatchObject({ year: gy, month: gm, day: gd });
  });
  it('picks the rule in force: 2019 from Ashwin 1426, 1987 before, estimate (approx) before 1394', () => {
    expect(bengaliToGregorian(1430, 11, 8)).toEqual({ year: 2024, month: 2, day: 21, approx: false });
    expect(bengaliToGregorian(1411, 4, 28)).toEqual({ year: 2004, month: 8, day: 12, approx: false });
    expect(bengaliToGregorian(1268, 1, 25).approx).toBe(true);
  });
});

describe('gregorianToBengali', () => {
  it.each([
    [[2024, 4, 14], [1431, 1, 1]],
    [[2024, 2, 21], [1430, 11, 8]],
    [[2023, 12, 16], [1430, 9, 1]],
    [[2025, 1, 1], [1431, 9, 17]],
    [[2019, 10, 16], [1426, 6, 31]],
    [[2019, 10, 17], [1426, 7, 1]],
    [[2004, 8, 12], [1411, 4, 28]],
  ])('%j → %j (rule in force)', ([y, m, d], [by, bm, bd]) => {
    expect(gregorianToBengali(y!, m!, d!)).toEqual({ year: by, month: bm, day: bd });
  });
  it('takes an explicit rule', () => {
    expect(gregorianToBengali(2024, 2, 21, '1987')).toEqual({ year: 1430, month: 11, day: 9 });
  });
  it('round-trips every day of 2018–2026', () => {
    for (let y = 2018; y <= 2026; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 28; d++) {
          const b = gregorianToBengali(y, m, d);
          expect(bengaliToGregorian(b.year, b.month, b.day)).toMatchObject({ year: y, month: m, day: d });
        }
  });
});

describe('other calendars', () => {
  it('Julian 11 Feb 1731 = Gregorian 22 Feb (same January year)', () => {
    expect(julianToGregorian(1731, 2, 11)).toEqual({ year: 1731, month: 2, day: 22 });
  });
  it('Hijri 27 Ramadan 1366 ≈ 14 August 1947 (arithmetical, ±2 days)', () => {
    const g = hijriToGregorian(1366, 9, 27);
    expect(g.year).toBe(1947);
    expect(g.month).toBe(8);
    expect(Math.abs(g.day - 14)).toBeLessThanOrEqual(2);
  });
});
