// Year-first dates: `১৯৭১ সালে`, `১৯৭১ খ্রিষ্টাব্দের ৬ই ডিসেম্বর`, `১৯৮০-এর দশকে`, `১৯৮৮ সালের গ্রীষ্মে`.
import type { At } from './at.js';
import { dayMonth } from './day-month.js';
import {
  AND_WORDS,
  DATE_NOUN,
  DAY_SUFFIXES,
  DECADE_LINKS,
  DECADE_NOUN,
  GREGORIAN_MONTH_BASES,
  MONTH_NOUN,
  NOT_DATE_AFTER,
  QUARTER_NOUN,
  QUARTER_ORDINALS,
  SEASONS,
} from '../lexicon.js';
import { setMonthCal, better, type Part } from '../part.js';
import { GENITIVE_E, type Reader } from '../reader.js';
import { NUM } from '../tokenize.js';

/** After a genitive year (`১৯৭১ সালের`, `১৯৭১-এর`, `একই বছর`): a day, month, season or quarter. Mutates `p`. */
export function afterYear(r: Reader, p: Part, k: number): number {
  // `১৮২২ সালের ২৬ এবং ২৭ জুলাই`, `১৯৭১ সালের ২৫ ও ২৬ মার্চ`: the first of two days takes the month after the second
  const d1 = r.dayAt(k);
  if (d1 && r.num(k) && AND_WORDS.has(r.word(d1.next) ?? '')) {
    const second = dayMonth(r, d1.next + 1);
    if (second && d1.day < second.day) {
      Object.assign(p, { prec: 'day', day: d1.day, month: second.month });
      setMonthCal(p, second.cal);
      return d1.next;
    }
  }
  const dm = dayMonth(r, k);
  if (dm) {
    // ১৯৭১ খ্রিষ্টাব্দের ৬ই ডিসেম্বর; ১৯৫৫ খ্রিষ্টাব্দের ২১–২৩শে অক্টোবর
    Object.assign(p, { prec: 'day', day: dm.day, month: dm.month, endDay: dm.endDay });
    setMonthCal(p, dm.cal);
    return dm.next;
  }
  const mo = r.monthAt(k, false);
  if (mo) {
    // ১৯৫০ সালের এপ্রিল (মাসে); ১৬৭৭ সালের ফেব্রুয়ারি ২১ তারিখে; মার্চ মাসের ১০ (থেকে ১৩ তারিখ)
    p.prec = 'month';
    p.month = mo.month;
    setMonthCal(p, mo.cal);
    let j = mo.next;
    const noun = r.word(j);
    const ofMonth = noun !== null && MONTH_NOUN.test(noun);
    const d = r.dayAt(ofMonth ? j + 1 : j);
    const t = d ? r.toks.at(ofMonth ? j + 1 : j)! : null;
    if (
      d &&
      t &&
      (t.kind !== NUM || !NOT_DATE_AFTER.test(r.word(d.next) ?? '')) &&
      (!ofMonth || noun!.endsWith(GENITIVE_E))
    ) {
      p.prec = 'day';
      p.day = d.day;
      j = d.next;
      if (DATE_NOUN.test(r.word(j) ?? '')) j++;
    }
    return j;
  }
  const w = r.word(k);
  if (w !== null) {
    // ১৯৮৮ সালের গ্রীষ্মে; ১৯১৭ সালের বসন্তকালের
    for (const [re, season] of SEASONS)
      if (re.test(w)) {
        p.prec = 'season';
        p.season = season;
        return k + 1;
      }
    // ২০০৮ সালের তৃতীয় ত্রৈমাসিকে → July–September
    const q = QUARTER_ORDINALS.get(w);
    if (q !== undefined && QUARTER_NOUN.test(r.word(k + 1) ?? '')) {
      Object.assign(p, { prec: 'month', month: q * 3 - 2, endMonth: q * 3 });
      return k + 2;
    }
  }
  return k;
}

/**
 * A Gregorian month with its own case ending or `মাস` right after a locative year: `১৬৩৩ খ্রিস্টাব্দে ডিসেম্বরে`,
 * `১৯৭১ সালে মার্চ মাসে` (not `১৯৭১ সালে জুন তার বন্ধুর সঙ্গে`, a name; nor `১৯৭০ সালে সফর`, a journey).
 */
function monthAfterLocative(r: Reader, k: number): boolean {
  const mo = r.monthAt(k, false);
  if (mo?.cal !== 'gregorian') return false;
  return !GREGORIAN_MONTH_BASES.has(r.word(k)!) || MONTH_NOUN.test(r.word(mo.next) ?? '');
}

/** Y-first: ১৯৭১ সালে; ১৯৭১ খ্রিষ্টাব্দের ৬ই ডিসেম্বর; ১৯৭১-এর ১৬ ডিসেম্বর; ১৯৮০-এর দশকে; বঙ্গাব্দ ১৩৩৭, ২৬শে বৈশাখ; a bare number (weak) */
export function readYearFirst({ r, j, pre, base }: At, best: Part | null): Part | null {
  const y = r.yearAt(j, 1);
  if (y) {
    const p = base();
    p.year = y.year;
    p.nd = y.nd;
    let k = y.next;
    let gen = y.gen;
    let strong = y.kind !== 'plain' || !!pre?.era;
    if (y.m) {
      if (y.m.era) p.era = y.m.era;
      if (y.m.calendar) p.cal = y.m.calendar;
    }
    // decade: ১৯৮০-এর দশকে, ১৯৮০ এর দশক, ১৯৮০ দশক, ৮০-র দশকের
    const link = r.word(k);
    const dk = link !== null && DECADE_LINKS.has(link) ? k + 1 : k;
    if (
      (y.kind === 'plain' || (y.kind === 'case' && y.gen)) &&
      DECADE_NOUN.test(r.word(dk) ?? '') &&
      (y.kind === 'case' || dk > k || y.kind === 'plain')
    ) {
      const dp = base();
      Object.assign(dp, { prec: 'decade', b: dk + 1 });
      if (y.nd <= 2) dp.decade2 = y.year;
      else dp.year = Math.floor(y.year / 10) * 10;
      best = better(best, dp);
    }
    if (y.kind === 'plain' || y.kind === 'case') {
      const mk = r.markerAt(k);
      if (mk) {
        if (mk.m.era) p.era = mk.m.era;
        if (mk.m.calendar) p.cal = mk.m.calendar;
        gen = mk.m.genitive;
        k = mk.next;
        strong = true;
      }
    }
    if (y.kind === 'case' && y.nd < 3) strong = false;
    const st = r.styleAt(k);
    if (st) {
      p.cal = st.cal;
      k = st.next;
      strong = true;
    }
    if (strong) {
      // `১৬৩৩ খ্রিস্টাব্দে ডিসেম্বরে`, `১৯৭১ সালে ২৫শে মার্চ`: a locative year before its month reads as one date too
      if (gen || monthAfterLocative(r, k) || dayMonth(r, k)) k = afterYear(r, p, k);
      p.b = k;
      if (!(p.cal === 'hijri' && !y.m && !r.markerAt(y.next))) best = better(best, p);
    } else if (pre?.bengali && r.punct(k, ',')) {
      const cont = dayMonth(r, k + 1);
      if (cont && cont.cal === 'bengali') {
        Object.assign(p, { prec: 'day', day: cont.day, month: cont.month, cal: 'bengali', b: cont.next });
        best = better(best, p);
      }
    }
    const t = r.toks.at(j)!;
    // `২০১৪-১৫-য়`: a two-digit season end keeps its case ending
    const seasonEnd = y.kind === 'case' && y.nd === 2 && r.dash(j - 1) && r.glued(j - 1, j) && r.num(j - 2)?.nd === 4;
    if ((y.kind === 'plain' || seasonEnd || DAY_SUFFIXES.has(t.suf)) && (!best || best.weak)) {
      // a bare number: usable only inside a range or coordination (never replaces a full reading)
      const wp = base();
      // `৫০,০০০-১৩,০০০ খ্রিস্টপূর্বাব্দ`: a comma-grouped number is one number
      const grouped = y.kind === 'plain' && y.next > j + 1;
      wp.b = grouped ? y.next : j + 1;
      wp.weak = 'num';
      wp.v = grouped ? y.year : t.v;
      wp.nd = grouped ? y.nd : t.nd;
      best = better(best, wp);
    }
  }
  return best;
}
