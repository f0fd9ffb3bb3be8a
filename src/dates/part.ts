// A `Part`: one side of a date expression as a form reader read it, before ranges, coordination and
// the discourse give it its value: `১৯৭১ সালের ৬ই ডিসেম্বর` → { prec: 'day', year: 1971, month: 12, day: 6 }.
import type { Calendar, Era, Precision } from './types.js';

/** A relative offset from the narrative's last date: `তিন দিন পর` → { unit: 'day', n: 3 }. */
export interface Offset {
  unit: 'day' | 'month' | 'year' | 'decade' | 'century';
  n: number;
}

/** One side of a date expression, as read from tokens `[a, b)`. `year: undefined` = not stated. */
export interface Part {
  a: number;
  b: number;
  prec: Precision;
  year?: number | null;
  nd?: number;
  month?: number;
  day?: number;
  cal?: Calendar;
  era?: Era;
  season?: string;
  /** Only usable inside a range/coordination: a bare number, a bare month, an ordinal. */
  weak?: 'num' | 'month' | 'ord';
  v?: number;
  /** Internal ranges: `২১–২৩শে অক্টোবর` (endDay), quarters (endMonth). */
  endDay?: number;
  endMonth?: number;
  /** Relative year phrase offset: একই বছর 0, পরের বছর +1, আগের বছর −1. */
  rel?: number;
  /** Two-digit or word decade whose century comes from context: `৮০-র দশক`, `আশির দশক`. */
  decade2?: number;
  approx?: boolean;
  relative?: boolean;
  end?: Part;
  present?: boolean;
  /**
   * A year-less month that may stand alone (`জুন মাসে`, `জুনে`): weak while ranges are linked, then a
   * month mention with the discourse year. On a range start (`মার্চ-মে মাসে`): the range is year-less too.
   */
  lone?: boolean;
  /** Offset from the narrative's last date (`এর তিন দিন পর`, `পরের দশকে`). */
  off?: Offset;
  /** A two-digit year in words whose century comes from the narrative (`একাত্তরের`). */
  yy?: number;
  /** A day that comes back every year (`প্রতি বছর ১৬ ডিসেম্বর`). */
  recurring?: boolean;
  /** A Hijri day-month written without its year (`২৭ রমজান`). */
  hijriNoYear?: boolean;
  /** A lone month that is a date only when the narrative has a year (`নভেম্বরের নির্বাচনে`). */
  needsYear?: boolean;
  /** A three-digit year alone in parentheses (`(৭১৭)`): kept only near the discourse year. */
  paren3?: boolean;
}

/** Largest ordinal read as a century number (`৩০শ`). */
export const ORD_NUM_MAX = 30;

export function setMonthCal(p: Part, cal: Calendar): void {
  if (cal !== 'gregorian' || !p.cal || p.cal === 'gregorian') p.cal = cal;
}

export function basePart(i: number, j: number, pre: { era?: Era; bengali?: boolean } | null): Part {
  const p: Part = { a: i, b: j, prec: 'year' };
  if (pre?.era) p.era = pre.era;
  if (pre?.bengali) p.cal = 'bengali';
  return p;
}

export function withPrec(p: Part, prec: Precision, b: number, v?: number): Part {
  p.prec = prec;
  p.b = b;
  if (v !== undefined) p.v = v;
  return p;
}

/** The longer candidate wins; a full reading beats a weak one. */
export function better(best: Part | null, p: Part | null): Part | null {
  if (p && p.b > (best?.b ?? -1) && !(best && !best.weak && p.weak)) return p;
  if (p && best?.weak && !p.weak && p.b >= best.b) return p;
  return best;
}
