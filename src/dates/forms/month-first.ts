// Month-first dates and lone months: `জুন ৮, ১৯৭৮`, `জানুয়ারী ২০১০-এর`, `পৌষ ১৩৪২`, `জুন মাসে`, `জুনে`.
import type { At } from './at.js';
import { yearAfter, trailing } from './day-month.js';
import {
  RECURRING_BEFORE,
  GREGORIAN_MONTH_GENITIVES,
  GREGORIAN_MONTH_LOCATIVES,
  DATE_NOUN,
  GREGORIAN_MONTHS,
  MONTH_NOUN,
  NOT_DATE_AFTER,
  YEAR_NOUN,
} from '../lexicon.js';
import { setMonthCal, better, type Part } from '../part.js';
import { GENITIVE_E, type Reader } from '../reader.js';
import { NUM } from '../tokenize.js';
import type { Calendar } from '../types.js';

/** M D[,] Y — জুন ৮, ১৯৭৮; জ্যৈষ্ঠ ১১, ১৩০৬ বঙ্গাব্দ; M [,] Y — জানুয়ারী ২০১০-এর; পৌষ ১৩৪২; M D — মার্চ ২৬ */
export function readMonthFirst({ r, i, j, pre, base }: At, best: Part | null): Part | null {
  const mo = r.monthAt(j, true);
  if (mo) {
    const d = r.dayAt(mo.next);
    const dt = r.toks.at(mo.next);
    if (d && dt && dt.kind === NUM) {
      const p = base();
      Object.assign(p, { prec: 'day', day: d.day, month: mo.month });
      setMonthCal(p, mo.cal);
      p.b = yearAfter(r, p, d.next);
      const bareOk =
        p.year !== undefined ||
        (mo.cal === 'gregorian' &&
          !dt.suf &&
          GREGORIAN_MONTHS.has(r.word(j)!) &&
          !NOT_DATE_AFTER.test(r.word(d.next) ?? '') &&
          !((r.punct(d.next, '%.,:/') || r.dash(d.next)) && r.glued(mo.next, d.next)));
      if (bareOk) best = better(best, p);
    }
    const comma = r.punct(mo.next, ',') ? mo.next + 1 : mo.next;
    // a short year only with its era or a calendar's name: `রমজান ৮ হিজরিতে`
    const y = r.yearAt(comma, 1);
    const marker = y && (y.m ?? r.markerAt(y.next)?.m);
    if (y && (y.nd >= 3 || marker?.era || (marker?.calendar && marker.calendar !== 'gregorian'))) {
      const p = base();
      Object.assign(p, { prec: 'month', month: mo.month, year: y!.year, nd: y!.nd });
      setMonthCal(p, mo.cal);
      if (y!.m) {
        if (y!.m.era) p.era = y!.m.era;
        if (y!.m.calendar && !(y!.m.calendar === 'gregorian' && p.cal !== 'gregorian')) p.cal = y!.m.calendar;
      }
      p.b = trailing(r, p, y!.next);
      if (!(mo.cal === 'hijri' && p.cal === 'hijri' && !y!.m && !r.markerAt(y!.next))) best = better(best, p);
    }
    if (!best)
      best = better(
        best,
        loneMonth(r, i, j, mo, !!pre) ?? {
          a: i,
          b: mo.next,
          prec: 'month',
          month: mo.month,
          cal: mo.cal,
          weak: 'month',
          era: pre?.era,
        },
      );
  }
  return best;
}

/**
 * A month without a year that is still a date (§3.1 `M মাসে/মাসের`, 68 uses; §3.3 case endings):
 * `জুন মাসে`, `জুন মাসের`, `জুনে`, `বৈশাখ মাসে`; with a day, `জুন মাসের ১০ তারিখে`. The year comes from the
 * discourse (`relative`), else null. Not after `প্রতি`/`সাধারণত` (recurring months, §5), not Hijri months,
 * Bengali months only with `মাস` (§3.6). A bare `জুন`/`মে` (a name, a word prefix) is never one.
 */
function loneMonth(
  r: Reader,
  i: number,
  j: number,
  mo: { month: number; cal: Calendar; next: number },
  prefixed: boolean,
): Part | null {
  if (prefixed || mo.next !== j + 1 || mo.cal === 'hijri') return null;
  const w = r.word(j)!;
  const noun = r.word(mo.next);
  const ofMonth = noun !== null && MONTH_NOUN.test(noun);
  if (!ofMonth && !(mo.cal === 'gregorian' && (GREGORIAN_MONTH_LOCATIVES.has(w) || GREGORIAN_MONTH_GENITIVES.has(w))))
    return null;
  const w1 = r.word(i - 1);
  if (w1 !== null && (RECURRING_BEFORE.has(w1) || (YEAR_NOUN.test(w1) && RECURRING_BEFORE.has(r.word(i - 2) ?? ''))))
    return null;
  const p: Part = { a: i, b: mo.next, prec: 'month', month: mo.month, cal: mo.cal };
  if (ofMonth && noun.endsWith(GENITIVE_E)) {
    // জুন মাসের ১০ তারিখে: a year-less day, like `১৮ সেপ্টেম্বর`
    const d = r.dayAt(mo.next + 1);
    if (d && r.toks.kindAt(mo.next + 1) === NUM && DATE_NOUN.test(r.word(d.next) ?? ''))
      return Object.assign(p, { prec: 'day', day: d.day, b: d.next + 1 });
  }
  // a genitive alone (`নভেম্বরের নির্বাচনে`) is a date only in a narrative that has a year (`জুনের বাবা` is a name)
  return Object.assign(p, { weak: 'month', lone: true, needsYear: !ofMonth && !GREGORIAN_MONTH_LOCATIVES.has(w) });
}
