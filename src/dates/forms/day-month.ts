// Day-first dates: `২৬ মার্চ ১৯৪১`, `৮ জুলাই, ১৯৭২ সালে`, `৭-২১ই এপ্রিল ২০০৭`, `২৫ বৈশাখ, ১২৬৮`, `৪ঠা মাঘ`.
import type { At } from './at.js';
import { RANGE_WORDS } from '../lexicon.js';
import { GREGORIAN_MONTHS, OLD_STYLE_WORDS, STYLE_NOUN } from '../lexicon.js';
import { setMonthCal, better, type Part } from '../part.js';
import type { Reader } from '../reader.js';
import type { Calendar } from '../types.js';

/** Reads trailing markers after a year: `… ১৯২৮ সালে`, `… ১৬৮৫ পু. প.`. Mutates `p`. */
export function trailing(r: Reader, p: Part, k: number): number {
  const mk = r.markerAt(k);
  if (mk) {
    if (mk.m.era) p.era = mk.m.era;
    if (mk.m.calendar && !(mk.m.calendar === 'gregorian' && p.cal && p.cal !== 'gregorian')) p.cal = mk.m.calendar;
    k = mk.next;
  }
  const st = r.styleAt(k);
  if (st) {
    p.cal = st.cal;
    k = st.next;
  }
  // `২১ এপ্রিল ১৭২৯ (পুরাতন রীতি)`: Old Style named in parentheses after the date (not part of its span)
  if (r.punct(k, '(') && OLD_STYLE_WORDS.has(r.word(k + 1) ?? '') && STYLE_NOUN.test(r.word(k + 2) ?? ''))
    p.cal = 'julian';
  return k;
}

/** `D M`, `D–D M`, `D থেকে D M` at `i` (with day-range end). */
export function dayMonth(
  r: Reader,
  i: number,
): { day: number; endDay?: number; month: number; cal: Calendar; next: number } | null {
  // `২০মে`, `২৪এপ্রিল`: the month glued to the day
  const t = r.num(i);
  const glued = t && t.nd <= 2 && t.v >= 1 && t.v <= 31 && t.suf ? GREGORIAN_MONTHS.get(t.suf) : undefined;
  if (glued !== undefined) return { day: t!.v, month: glued, cal: 'gregorian', next: i + 1 };
  const d = r.dayAt(i);
  if (!d) return null;
  let mo = r.monthAt(d.next, true);
  if (mo) return { day: d.day, month: mo.month, cal: mo.cal, next: mo.next };
  // ৭-২১ই এপ্রিল, ২১–২৩শে অক্টোবর
  if (r.dash(d.next) || RANGE_WORDS.has(r.word(d.next) ?? '')) {
    const d2 = r.dayAt(d.next + 1);
    if (d2 && (mo = r.monthAt(d2.next, true)))
      return { day: d.day, endDay: d2.day, month: mo.month, cal: mo.cal, next: mo.next };
  }
  return null;
}

/**
 * Reads a year after `D M` or `M D`: `, ১৯২৯`, ` ১৯৮২-এ`, ` ১৭৩১ খ্রিষ্টাব্দ`; a short year only with its era
 * or a calendar's name: `১৫ মার্চ ৪৪ খ্রীষ্টপূর্বাব্দ`, `১১ ফেব্রুয়ারি, খ্রিস্টপূর্ব ৬৬০ অব্দ`, `১০ মুহররম ৬১ হিজরি`.
 */
export function yearAfter(r: Reader, p: Part, k: number): number {
  const comma = r.punct(k, ',') ? k + 1 : k;
  const pre = r.prefixAt(comma);
  const era = pre?.era !== undefined;
  const y = r.yearAt(era ? pre!.next : comma, 1);
  if (!y) return k;
  const marker = y.m ?? r.markerAt(y.next)?.m;
  if (y.nd < 3 && !era && !marker?.era && !(marker?.calendar && marker.calendar !== 'gregorian')) return k;
  if (era) p.era = pre!.era;
  p.year = y.year;
  p.nd = y.nd;
  if (y.m) {
    if (y.m.era) p.era = y.m.era;
    if (y.m.calendar && !(y.m.calendar === 'gregorian' && p.cal && p.cal !== 'gregorian')) p.cal = y.m.calendar;
  }
  return trailing(r, p, y.next);
}

/** D M [,] [Y [marker]] — ২৬ মার্চ ১৯৪১; ৮ জুলাই, ১৯৭২ সালে; ৭-২১ই এপ্রিল ২০০৭; ২৫ বৈশাখ, ১২৬৮; ৪ঠা মাঘ */
export function readDayMonth({ r, j, base }: At, best: Part | null): Part | null {
  const dm = dayMonth(r, j);
  if (dm) {
    const p = base();
    Object.assign(p, { prec: 'day', day: dm.day, endDay: dm.endDay, month: dm.month });
    setMonthCal(p, dm.cal);
    p.b = yearAfter(r, p, dm.next);
    // `২৭ রমজান`: the Hijri year of the narrative, else a recurring day
    if (p.cal === 'hijri' && p.year === undefined) p.hijriNoYear = true;
    if (p.b >= 0) best = better(best, p);
  }
  return best;
}
