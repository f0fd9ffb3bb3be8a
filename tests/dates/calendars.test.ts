import { describe, expect, it } from 'vitest';
import { bengaliToGregorian, extractDates, gregorianToBengali } from '../../src/dates/index.js';
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
    [
      [2024, 4, 14],
      [1431, 1, 1],
    ],
    [
      [2024, 2, 21],
      [1430, 11, 8],
    ],
    [
      [2023, 12, 16],
      [1430, 9, 1],
    ],
    [
      [2025, 1, 1],
      [1431, 9, 17],
    ],
    [
      [2019, 10, 16],
      [1426, 6, 31],
    ],
    [
      [2019, 10, 17],
      [1426, 7, 1],
    ],
    [
      [2004, 8, 12],
      [1411, 4, 28],
    ],
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
  // The Hijri conversion is the tabular Islamic calendar, civil epoch (1 Muharram 1 AH = Friday 16 July 622
  // Julian = 19 July 622 Gregorian), leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year
  // cycle: the calendar ICU calls `islamic-civil`. Checked exactly, day by day, against ICU (Node's Intl).
  it.each([
    ['1 Muharram 1 AH', [1, 1, 1], [622, 7, 19]],
    ['27 Ramadan 1366 (Pakistan, 14 August 1947)', [1366, 9, 27], [1947, 8, 14]],
    ['1 Muharram 1445', [1445, 1, 1], [2023, 7, 19]],
    [
      '30 Dhu al-Hijjah 1444 (year 4 of its cycle, not leap: the day after 29 Dhu al-Hijjah)',
      [1444, 12, 30],
      [2023, 7, 19],
    ],
    ['30 Dhu al-Hijjah 1445 (year 5 of its cycle: leap)', [1445, 12, 30], [2024, 7, 7]],
    ['1 Ramadan 1400', [1400, 9, 1], [1980, 7, 14]],
  ] as const)('Hijri %s → %j', (_, [y, m, d], [gy, gm, gd]) => {
    expect(hijriToGregorian(y, m, d)).toEqual({ year: gy, month: gm, day: gd });
  });
  it('Hijri: every day 1800–2100 equals ICU islamic-civil exactly', () => {
    const icu = new Intl.DateTimeFormat('en-u-ca-islamic-civil', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    expect(icu.resolvedOptions().calendar).toBe('islamic-civil');
    let checked = 0;
    for (let t = Date.UTC(1800, 0, 1); t < Date.UTC(2100, 0, 1); t += 86_400_000) {
      const p = Object.fromEntries(icu.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      const g = hijriToGregorian(Number.parseInt(p.year!, 10), Number(p.month), Number(p.day));
      const d = new Date(t);
      if (g.year !== d.getUTCFullYear() || g.month !== d.getUTCMonth() + 1 || g.day !== d.getUTCDate())
        expect.fail(
          `${p.day}/${p.month}/${p.year} AH → ${g.year}-${g.month}-${g.day}, ICU says ${d.toISOString().slice(0, 10)}`,
        );
      checked++;
    }
    expect(checked).toBe(109_573);
  });
  it('extractDates gives a Hijri date its exact Gregorian value (approx: the moon may shift it)', () => {
    const [m] = extractDates('২৭ রমজান ১৩৬৬ হিজরি');
    expect(m!.gregorian).toEqual({
      year: 1947,
      month: 8,
      day: 14,
      era: 'CE',
      calendar: 'gregorian',
      precision: 'day',
      approx: true,
    });
  });
});

// The first day of every month, from the Bangladesh government calendar: the 2019 rule (পহেলা ফাল্গুন =
// 14 February, ২১ ফেব্রুয়ারি = ৮ ফাল্গুন; ফাল্গুন 30 days in a leap year (1430), 29 otherwise (1431)) and the
// 1987 rule (পহেলা ফাল্গুন = 13 February; ফাল্গুন 31 days in a leap year (1430), 30 otherwise (1420)).
type YMD = [number, number, number];
const firsts: Array<[number, '1987' | '2019', YMD[]]> = [
  [
    1431,
    '2019',
    [
      [2024, 4, 14],
      [2024, 5, 15],
      [2024, 6, 15],
      [2024, 7, 16],
      [2024, 8, 16],
      [2024, 9, 16],
      [2024, 10, 17],
      [2024, 11, 16],
      [2024, 12, 16],
      [2025, 1, 15],
      [2025, 2, 14],
      [2025, 3, 15],
    ],
  ],
  [
    1430,
    '2019',
    [
      [2023, 4, 14],
      [2023, 5, 15],
      [2023, 6, 15],
      [2023, 7, 16],
      [2023, 8, 16],
      [2023, 9, 16],
      [2023, 10, 17],
      [2023, 11, 16],
      [2023, 12, 16],
      [2024, 1, 15],
      [2024, 2, 14],
      [2024, 3, 15],
    ],
  ],
  [
    1430,
    '1987',
    [
      [2023, 4, 14],
      [2023, 5, 15],
      [2023, 6, 15],
      [2023, 7, 16],
      [2023, 8, 16],
      [2023, 9, 16],
      [2023, 10, 16],
      [2023, 11, 15],
      [2023, 12, 15],
      [2024, 1, 14],
      [2024, 2, 13],
      [2024, 3, 15],
    ],
  ],
  [
    1420,
    '1987',
    [
      [2013, 4, 14],
      [2013, 5, 15],
      [2013, 6, 15],
      [2013, 7, 16],
      [2013, 8, 16],
      [2013, 9, 16],
      [2013, 10, 16],
      [2013, 11, 15],
      [2013, 12, 15],
      [2014, 1, 14],
      [2014, 2, 13],
      [2014, 3, 15],
    ],
  ],
];
describe('the first of every Bengali month', () => {
  it.each(firsts)('%i BS (%s rule)', (bs, rule, days) => {
    const months = days.map((_, k) => k + 1);
    expect(months.map((m) => bengaliToGregorian(bs, m, 1, rule))).toEqual(
      days.map(([year, month, day]) => ({ year, month, day, approx: false })),
    );
    expect(days.map(([y, m, d]) => gregorianToBengali(y, m, d, rule))).toEqual(
      months.map((month) => ({ year: bs, month, day: 1 })),
    );
  });
});
