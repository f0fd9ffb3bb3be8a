// Calendar arithmetic (catalogue §4). Bengali calendar under the Bangladesh rules: 1 Boishakh = 14 April;
// 1987 rule: Boishakh–Bhadro 31 days, Ashwin–Chaitra 30, Falgun 31 in a Gregorian leap year;
// 2019 rule (from 1 Kartik 1426 = 17 Oct 2019): Boishakh–Ashwin 31, Kartik–Chaitra 30 except Falgun
// 29 (30 in a leap year). Before 1987 (and in West Bengal) months followed the sun, so a fixed rule is
// only an estimate (observed error −2…+1 days): such conversions say `approx: true`.
// Hijri: arithmetical (civil) calendar, ±1–2 days against moon sighting → always approx.

export type BengaliRule = '1987' | '2019';

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function isGregorianLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function gregorianMonthDays(y: number, m: number): number {
  return m === 2 && isGregorianLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
}

/** Julian Day Number of a Gregorian date (proleptic). */
export function gregorianToJdn(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  );
}

export function jdnToGregorian(jdn: number): YMD {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

export function julianToJdn(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - 32083;
}

/** Julian (Old Style) date → Gregorian: 11 Feb 1731 (O.S.) → 22 Feb 1731 (same January-based year). */
export function julianToGregorian(y: number, m: number, d: number): YMD {
  return jdnToGregorian(julianToJdn(y, m, d));
}

/** Month lengths of Bengali year `bs` under a rule (Falgun depends on the Gregorian year of its February). */
export function bengaliMonthLengths(bs: number, rule: BengaliRule): number[] {
  const leap = isGregorianLeap(bs + 594);
  return rule === '2019'
    ? [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, leap ? 30 : 29, 30]
    : [31, 31, 31, 31, 31, 30, 30, 30, 30, 30, leap ? 31 : 30, 30];
}

/** The rule in force for a Bengali date: 2019 from Ashwin 1426, 1987 from 1394 BS, else an estimate. */
export function bengaliRuleFor(bs: number, month: number): { rule: BengaliRule; approx: boolean } {
  if (bs > 1426 || (bs === 1426 && month >= 6)) return { rule: '2019', approx: false };
  if (bs >= 1394) return { rule: '1987', approx: false };
  return { rule: '2019', approx: true };
}

/**
 * Bengali (বঙ্গাব্দ) date → Gregorian. `rule` defaults to the Bangladesh rule in force for that date;
 * `approx` is true where no fixed rule is exact (before 1987 BS 1394, or the traditional calendar).
 * `bengaliToGregorian(1430, 11, 8)` → 2024-02-21 (2019 rule); with `'1987'` → 2024-02-20.
 */
export function bengaliToGregorian(
  bs: number,
  month: number,
  day: number,
  rule?: BengaliRule,
): YMD & { approx: boolean } {
  const auto = bengaliRuleFor(bs, month);
  const lengths = bengaliMonthLengths(bs, rule ?? auto.rule);
  let offset = day - 1;
  for (let k = 0; k < month - 1; k++) offset += lengths[k]!;
  return { ...jdnToGregorian(gregorianToJdn(bs + 593, 4, 14) + offset), approx: rule ? false : auto.approx };
}

/**
 * Gregorian date → Bengali (বঙ্গাব্দ). The rule defaults to 2019 from Ashwin 1426 (16 Sep 2019) and 1987 before.
 * `gregorianToBengali(2024, 4, 14)` → 1 Boishakh 1431.
 */
export function gregorianToBengali(year: number, month: number, day: number, rule?: BengaliRule): YMD {
  const jdn = gregorianToJdn(year, month, day);
  const r: BengaliRule = rule ?? (jdn >= gregorianToJdn(2019, 9, 16) ? '2019' : '1987');
  const afterNewYear = jdn >= gregorianToJdn(year, 4, 14);
  const bs = afterNewYear ? year - 593 : year - 594;
  let offset = jdn - gregorianToJdn(bs + 593, 4, 14);
  const lengths = bengaliMonthLengths(bs, r);
  let m = 0;
  while (m < 11 && offset >= lengths[m]!) offset -= lengths[m++]!;
  return { year: bs, month: m + 1, day: offset + 1 };
}

/** Arithmetical Hijri date → Gregorian (approximate: real months start with the moon sighting). */
export function hijriToGregorian(y: number, m: number, d: number): YMD {
  const jdn = d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + 1948440 - 1;
  return jdnToGregorian(jdn);
}
