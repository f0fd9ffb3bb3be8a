// Values of resolved parts: `১৯শ শতক` → 1800, `৮০-র দশক` after 1875 → 1880, a Bengali date's Gregorian
// equivalent, and the order of two values (a range that ends before it starts is invalid).
import {
  bengaliMonthLengths,
  bengaliToGregorian,
  gregorianMonthDays,
  hijriToGregorian,
  julianToGregorian,
} from './calendars.js';
import type { Offset, Part } from './part.js';
import type { Calendar, DateValue, Era } from './types.js';

export function centuryYear(n: number, era: Era): number {
  return era === 'BCE' ? n * 100 : n === 1 ? 1 : (n - 1) * 100;
}

/** Century of a two-digit decade from the discourse year: `৮০-র দশক` after 1875 → 1880; none → 1900s. */
export function decadeYear(dd: number, ctx: number | null): number {
  if (ctx === null) return 1900 + dd;
  const c = Math.floor(ctx / 100) * 100;
  const options = [c - 100 + dd, c + dd, c + 100 + dd];
  return options.reduce((x, y) => (Math.abs(y - ctx) < Math.abs(x - ctx) ? y : x));
}

export function maxDay(cal: Calendar, year: number | null, month: number): number {
  if (cal === 'bengali') {
    const bs = year ?? 1431;
    return Math.max(
      bengaliMonthLengths(bs, '1987')[month - 1]!,
      bengaliMonthLengths(bs, '2019')[month - 1]!,
      month === 11 ? 31 : 0,
    );
  }
  if (cal === 'hijri') return 30;
  if (cal === 'julian')
    return month === 2 ? (year === null || year % 4 === 0 ? 29 : 28) : gregorianMonthDays(2001, month);
  return year === null ? (month === 2 ? 29 : gregorianMonthDays(2001, month)) : gregorianMonthDays(year, month);
}

/** The DateValue of a resolved part. */
export function dateValue(p: Part, year: number | null): DateValue {
  const era: Era = p.era ?? 'CE';
  const calendar: Calendar = p.cal ?? 'gregorian';
  const v: DateValue = { year, era, calendar, precision: p.prec };
  if (p.prec === 'century') v.year = centuryYear(p.v!, era);
  if (p.month !== undefined && (p.prec === 'day' || p.prec === 'month')) v.month = p.month;
  if (p.day !== undefined && p.prec === 'day') v.day = p.day;
  if (p.season) v.season = p.season;
  if (v.day !== undefined && v.month !== undefined && (v.day > maxDay(calendar, v.year, v.month) || v.day < 1))
    v.invalid = true;
  return v;
}

/** Gregorian equivalent of a Bengali, Hijri or Julian value (approximate where no rule is exact). */
export function toGregorian(v: DateValue): DateValue | undefined {
  if (v.calendar === 'gregorian' || v.year === null || v.invalid) return undefined;
  const g: DateValue = { year: null, era: v.era, calendar: 'gregorian', precision: v.precision };
  const day = v.day ?? 1;
  const month = v.month ?? 1;
  if (v.calendar === 'bengali') {
    if (v.month === undefined) return { ...g, year: v.year + 593, approx: true };
    const r = bengaliToGregorian(v.year, month, day);
    Object.assign(g, { year: r.year, month: r.month });
    if (v.day !== undefined) g.day = r.day;
    if (r.approx || v.day === undefined) g.approx = true;
  } else if (v.calendar === 'hijri') {
    if (v.month === undefined) return { ...g, year: Math.round(v.year * 0.970224 + 621.5643), approx: true };
    const r = hijriToGregorian(v.year, month, day);
    Object.assign(g, { year: r.year, month: r.month, approx: true });
    if (v.day !== undefined) g.day = r.day;
  } else {
    if (v.month === undefined || v.era === 'BCE') return { ...g, year: v.year };
    const r = julianToGregorian(v.year, month, day);
    Object.assign(g, { year: r.year, month: r.month });
    if (v.day !== undefined) g.day = r.day;
    if (month < 3 || (month === 3 && day < 25)) g.approx = true; // Old Style year may have begun on 25 March
  }
  return g;
}

function order(v: DateValue): number[] {
  const y = v.year ?? 0;
  return [v.era === 'BCE' ? -y : y, v.month ?? 0, v.day ?? 0];
}
export function before(a: DateValue, b: DateValue): boolean {
  const x = order(a);
  const y = order(b);
  for (let k = 0; k < 3; k++) if (x[k] !== y[k]) return x[k]! < y[k]!;
  return false;
}

/**
 * The narrative's last date moved by an offset (`এর তিন দিন পর` after 11 March 1948 → 14 March 1948;
 * `পরের দশকে` after 1808 → the 1810s; `এই শতকে` after 1857 → the 1800s). Null when the last date is
 * not precise enough for the unit (days need a day, months a month).
 */
export function shift(base: DateValue, off: Offset): DateValue | null {
  if (base.year === null || base.era !== 'CE') return null;
  const v: DateValue = { year: base.year, era: 'CE', calendar: base.calendar, precision: 'year' };
  switch (off.unit) {
    case 'day': {
      if (base.day === undefined || base.month === undefined) return null;
      const d = new Date(Date.UTC(base.year, base.month - 1, base.day + off.n));
      d.setUTCFullYear(
        base.year + (d.getUTCFullYear() - new Date(Date.UTC(base.year, base.month - 1, base.day)).getUTCFullYear()),
      );
      return { ...v, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision: 'day' };
    }
    case 'month': {
      if (base.month === undefined) return null;
      const m = base.month - 1 + off.n;
      return { ...v, year: base.year + Math.floor(m / 12), month: (((m % 12) + 12) % 12) + 1, precision: 'month' };
    }
    case 'year':
      return { ...v, year: base.year + off.n };
    case 'decade':
      return { ...v, year: Math.floor(base.year / 10) * 10 + 10 * off.n, precision: 'decade' };
    case 'century':
      return { ...v, year: Math.floor((base.year - 1) / 100) * 100 + 100 * off.n, precision: 'century' };
  }
}
