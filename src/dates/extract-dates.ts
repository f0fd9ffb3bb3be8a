// The Bengali date extractor: normalise a copy, tokenise it, read each date form into a `Part`,
// link parts into ranges and coordinations, then resolve the discourse (inherited years) and map spans
// back to the source. Every form is in the catalogue (../shared/reference/bengali-dates.md §3).

import { bengaliMonthLengths, bengaliToGregorian, gregorianMonthDays, hijriToGregorian, julianToGregorian } from './calendars.js';
import {
  AND_WORDS, APPROX_BEFORE, CIRCA_AFTER, GENITIVE_PARTICLES, PART_OF_ADVERBS_NOT_LOCATIVE, PART_OF_AFTER, PART_OF_BEFORE_DIKE, PART_OF_NOUNS, RECURRING_BEFORE, GREGORIAN_MONTH_LOCATIVES, BENGALI_MONTHS, BENGALI_PREFIXES, BETWEEN_WORDS, CALENDAR_NOUN, CALENDAR_WORDS,
  CENTURY_NOUN, CENTURY_ORDINAL_SUFFIXES, CENTURY_WORDS, DATE_NOUN, DAY_SUFFIXES, DAY_WORDS, DECADE_LINKS, DECADE_NOUN,
  DECADE_WORDS, ERA_PREFIXES, GREGORIAN_MONTH_ABBREVIATIONS, GREGORIAN_MONTH_BASES, GREGORIAN_MONTHS, HIJRI_MONTHS, MONTH_NOUN, NOT_DATE_AFTER,
  NOT_DATE_BEFORE, OR_WORDS, PRESENT_WORDS, QUALIFIER_SKIP, QUARTER_NOUN, QUARTER_ORDINALS, RANGE_END_WORDS, RANGE_WORDS,
  RELATIVE_YEAR_WORDS, SEASONS, STYLE_MARKERS, YEAR_CASE_SUFFIXES, YEAR_MARKERS, YEAR_NOUN, type YearMarker,
} from './lexicon.js';
import { canon } from './canon.js';
import { isCanonical, normalize } from './normalize.js';
import { NUM, PUNCT, WORD, isLetter, tokenize, wordText, type Token } from './tokenize.js';
import type { Calendar, DateMention, DateOptions, DateValue, Era, Precision } from './types.js';

/** One side of a date expression, as read from tokens `[a, b)`. `year: undefined` = not stated. */
interface Part {
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
  /** A three-digit year alone in parentheses (`(৭১৭)`): kept only near the discourse year. */
  paren3?: boolean;
}

const DASHES = new Set(['-', '–', '—', '‒', '―', '~', '‐', '‑', '−']);
const CE_ABBR = new Set(['খ্রি', 'খ্রী', 'খৃ', 'খ্রিঃ', 'খ্রীঃ', 'খৃঃ', 'খ্রিস্ট', 'খ্রিষ্ট', 'খ্রীস্ট'].map(canon));
const BCE_TAIL = new Set(['পূ', 'পূঃ', 'পূর্ব'].map(canon));
const DAY_WORD_SUFFIX = canon('দিকে');
const ORD_NUM_MAX = 30;

/** Words that can begin a date expression; every other word is skipped without trying the forms. */
const STARTERS: ReadonlySet<string> = new Set([
  ...GREGORIAN_MONTHS.keys(), ...GREGORIAN_MONTH_ABBREVIATIONS.keys(), ...BENGALI_MONTHS.keys(),
  ...[...HIJRI_MONTHS.keys()].map((k) => k.split(' ')[0]!), ...DAY_WORDS.keys(), ...ERA_PREFIXES.keys(),
  ...[...ERA_PREFIXES.keys()].map((k) => k.split(' ')[0]!), ...BENGALI_PREFIXES, ...CE_ABBR, ...CENTURY_WORDS.keys(),
  ...DECADE_WORDS.keys(), ...RELATIVE_YEAR_WORDS.keys(),
]);

// Filter over STARTERS: bit `min(length, 31)` of the slot of a word's first two code units (Bengali
// block) says some starter has that shape; only words that pass are hashed and looked up. Words whose
// first two units are not both Bengali letters (ASCII words, one-letter words) go straight to the set.
const STARTER_SHAPES = new Uint32Array(128 * 128);
function shapeSlot(c0: number, c1: number): number {
  return c0 >= 0x0980 && c0 <= 0x09ff && c1 >= 0x0980 && c1 <= 0x09ff ? ((c0 - 0x0980) << 7) | (c1 - 0x0980) : -1;
}
for (const w of STARTERS) {
  const slot = shapeSlot(w.charCodeAt(0), w.charCodeAt(1));
  if (slot >= 0) STARTER_SHAPES[slot]! |= 1 << Math.min(w.length, 31);
}

/** `STARTERS.has(s.slice(a, b))` for a letter run `[a, b)` of `s`, slicing only words that pass the filter. */
function starterAt(s: string, a: number, b: number): boolean {
  const slot = b - a >= 2 ? shapeSlot(s.charCodeAt(a), s.charCodeAt(a + 1)) : -1;
  if (slot >= 0 && (STARTER_SHAPES[slot]! & (1 << Math.min(b - a, 31))) === 0) return false;
  return STARTERS.has(s.slice(a, b));
}

/**
 * Whether the matching copy `s` holds a token the part loop of `extractDates` would try: a digit (any
 * number token) or a word in STARTERS (every month, day, era, calendar, century, decade and relative
 * word). Words are split exactly as `tokenize` splits them, so when this is false no part can be read
 * and the answer is `[]`. No allocation except for words that pass the length/first-letter filter.
 */
export function mayHaveDate(s: string): boolean {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isLetter(c)) {
      const st = i;
      while (++i < n && isLetter(s.charCodeAt(i)));
      if (starterAt(s, st, i)) return true;
      continue;
    }
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x09e6 && c <= 0x09ef)) return true;
    i++;
  }
  return false;
}

/** Scanner state over one text: tokens plus small readers, each reading one construct at a token index. */
class Reader {
  /** `src`: the copy the tokens index (word texts are cut from it on demand). */
  constructor(readonly toks: Token[], readonly src: string) {}

  word(i: number): string | null {
    const t = this.toks[i];
    return t && t.kind === WORD ? wordText(t, this.src) : null;
  }
  punct(i: number, chars?: string): boolean {
    const t = this.toks[i];
    return !!t && t.kind === PUNCT && (chars === undefined || chars.includes(t.t));
  }
  dash(i: number): boolean {
    const t = this.toks[i];
    return !!t && t.kind === PUNCT && DASHES.has(t.t);
  }
  /** Token `j` starts right where `i` ends (no space): `২৭/০৭`, `খ্রি.`. */
  glued(i: number, j: number): boolean {
    return !!this.toks[i] && !!this.toks[j] && this.toks[i]!.e === this.toks[j]!.s;
  }
  num(i: number): Token | null {
    const t = this.toks[i];
    return t && t.kind === NUM && !t.bad ? t : null;
  }

  // ১লা, ২রা, ৫ই, ২১শে, ২০ই; পহেলা, সাতই
  dayAt(i: number): { day: number; next: number } | null {
    const t = this.num(i);
    if (t) return t.nd <= 2 && t.v >= 1 && t.v <= 31 && DAY_SUFFIXES.has(t.suf) ? { day: t.v, next: i + 1 } : null;
    const w = this.word(i);
    const d = w === null ? undefined : DAY_WORDS.get(w);
    return d === undefined ? null : { day: d, next: i + 1 };
  }

  // মার্চে, জানুয়ারিতে, বৈশাখের, ডিসে (abbreviation, only beside a number), রমজান, রবিউল আউয়াল
  monthAt(i: number, abbr: boolean): { month: number; cal: Calendar; next: number } | null {
    const w = this.word(i);
    if (w === null) return null;
    let m = GREGORIAN_MONTHS.get(w);
    if (m !== undefined) return { month: m, cal: 'gregorian', next: i + 1 };
    m = BENGALI_MONTHS.get(w);
    if (m !== undefined) return { month: m, cal: 'bengali', next: i + 1 };
    m = HIJRI_MONTHS.get(w);
    if (m !== undefined) return { month: m, cal: 'hijri', next: i + 1 };
    const w2 = this.word(i + 1);
    if (w2 !== null && (m = HIJRI_MONTHS.get(w + ' ' + w2)) !== undefined) return { month: m, cal: 'hijri', next: i + 2 };
    if (abbr && (m = GREGORIAN_MONTH_ABBREVIATIONS.get(w)) !== undefined)
      return { month: m, cal: 'gregorian', next: this.punct(i + 1, '.') && this.glued(i, i + 1) ? i + 2 : i + 1 };
    return null;
  }

  // সালে, খ্রিষ্টাব্দের, খ্রি., খ্রীঃ পূঃ, খ্রিস্টপূর্বাব্দে, বঙ্গাব্দ, হিজরী, বিসি
  markerAt(i: number): { m: YearMarker; next: number } | null {
    const w = this.word(i);
    if (w === null) return null;
    let k = i + 1;
    if (CE_ABBR.has(w)) {
      if (this.punct(k, '.') && this.glued(i, k)) k++;
      const tail = this.word(k);
      if (tail !== null && BCE_TAIL.has(tail)) {
        k++;
        if (this.punct(k, '.') && this.glued(k - 1, k)) k++;
        return { m: { era: 'BCE', calendar: 'gregorian', genitive: false }, next: k };
      }
    }
    const m = YEAR_MARKERS.get(w);
    if (!m) return null;
    if (k === i + 1 && (w === CE_ABBR_KHRI || w === CE_ABBR_KHRI2 || w === CE_ABBR_KHR) && this.punct(k, '.')) k++;
    return { m, next: k };
  }

  // পু. প. (Old Style), ন. প. (New Style)
  styleAt(i: number): { cal: 'julian' | 'gregorian'; next: number } | null {
    const a = this.word(i);
    if (a === null || !this.punct(i + 1, '.')) return null;
    const b = this.word(i + 2);
    const cal = b === null ? undefined : STYLE_MARKERS.get(a + ' ' + b);
    if (!cal) return null;
    return { cal, next: this.punct(i + 3, '.') ? i + 4 : i + 3 };
  }

  // খ্রিস্টপূর্ব ৩২৩, খ্রিষ্টীয় ৪০০, খ্রীঃ পূঃ দ্বিতীয়, খ্রি.পূ. ৩০০; বাংলা/বঙ্গাব্দ before a Bengali date
  prefixAt(i: number): { era?: Era; bengali?: boolean; next: number } | null {
    const w = this.word(i);
    if (w === null) return null;
    if (CE_ABBR.has(w)) {
      let k = i + 1;
      if (this.punct(k, '.')) k++;
      const tail = this.word(k);
      if (tail !== null && BCE_TAIL.has(tail)) {
        k++;
        if (this.punct(k, '.')) k++;
        return { era: 'BCE', next: k };
      }
    }
    const era = ERA_PREFIXES.get(w);
    if (era) return { era, next: i + 1 };
    if (BENGALI_PREFIXES.has(w)) return { bengali: true, next: i + 1 };
    return null;
  }

  /** A year number: `১৯৭১`, `১৯৪৭-এ` (case), `১৬৫৯খৃঃ` (glued marker), `2022`. */
  yearAt(i: number, minDigits: number): { year: number; nd: number; next: number; kind: 'plain' | 'case' | 'marker'; gen: boolean; m?: YearMarker } | null {
    const t = this.num(i);
    if (!t || t.nd < minDigits || t.nd > 4) return null;
    if (!t.suf) return { year: t.v, nd: t.nd, next: i + 1, kind: 'plain', gen: false };
    if (YEAR_CASE_SUFFIXES.has(t.suf)) return { year: t.v, nd: t.nd, next: i + 1, kind: 'case', gen: t.suf.endsWith(RA) || t.suf.endsWith(RA_O) };
    const m = YEAR_MARKERS.get(t.suf);
    if (m) {
      const next = this.punct(i + 1, '.') && this.glued(i, i + 1) && !m.genitive ? i + 2 : i + 1;
      return { year: t.v, nd: t.nd, next, kind: 'marker', gen: m.genitive, m };
    }
    return null;
  }
}
const CE_ABBR_KHRI = canon('খ্রি');
const RA = canon('র');
const RA_O = canon('রও');
const GENITIVE_E = canon('ের');
const CE_ABBR_KHRI2 = canon('খ্রী');
const CE_ABBR_KHR = canon('খৃ');

/** Reads trailing markers after a year: `… ১৯২৮ সালে`, `… ১৬৮৫ পু. প.`. Mutates `p`. */
function trailing(r: Reader, p: Part, k: number): number {
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
  return k;
}

/** `D M`, `D–D M`, `D থেকে D M` at `i` (with day-range end). */
function dayMonth(r: Reader, i: number): { day: number; endDay?: number; month: number; cal: Calendar; next: number } | null {
  const d = r.dayAt(i);
  if (!d) return null;
  let mo = r.monthAt(d.next, true);
  if (mo) return { day: d.day, month: mo.month, cal: mo.cal, next: mo.next };
  // ৭-২১ই এপ্রিল, ২১–২৩শে অক্টোবর
  if (r.dash(d.next) || RANGE_WORDS.has(r.word(d.next) ?? '')) {
    const d2 = r.dayAt(d.next + 1);
    if (d2 && (mo = r.monthAt(d2.next, true))) return { day: d.day, endDay: d2.day, month: mo.month, cal: mo.cal, next: mo.next };
  }
  return null;
}

/** Reads a year after `D M` or `M D`: `, ১৯২৯`, ` ১৯৮২-এ`, ` ১৭৩১ খ্রিষ্টাব্দ`. */
function yearAfter(r: Reader, p: Part, k: number): number {
  const comma = r.punct(k, ',') ? k + 1 : k;
  const y = r.yearAt(comma, 3);
  if (!y) return k;
  p.year = y.year;
  p.nd = y.nd;
  if (y.m) {
    if (y.m.era) p.era = y.m.era;
    if (y.m.calendar && !(y.m.calendar === 'gregorian' && p.cal && p.cal !== 'gregorian')) p.cal = y.m.calendar;
  }
  return trailing(r, p, y.next);
}

/** After a genitive year (`১৯৭১ সালের`, `১৯৭১-এর`, `একই বছর`): a day, month, season or quarter. Mutates `p`. */
function afterYear(r: Reader, p: Part, k: number): number {
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
    const t = d ? r.toks[ofMonth ? j + 1 : j]! : null;
    if (d && t && (t.kind !== NUM || !NOT_DATE_AFTER.test(r.word(d.next) ?? '')) && (!ofMonth || noun!.endsWith(GENITIVE_E))) {
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

function setMonthCal(p: Part, cal: Calendar): void {
  if (cal !== 'gregorian' || !p.cal || p.cal === 'gregorian') p.cal = cal;
}

function basePart(i: number, j: number, pre: { era?: Era; bengali?: boolean } | null): Part {
  const p: Part = { a: i, b: j, prec: 'year' };
  if (pre?.era) p.era = pre.era;
  if (pre?.bengali) p.cal = 'bengali';
  return p;
}

function withPrec(p: Part, prec: Precision, b: number, v?: number): Part {
  p.prec = prec;
  p.b = b;
  if (v !== undefined) p.v = v;
  return p;
}

/** The longer candidate wins; a full reading beats a weak one. */
function better(best: Part | null, p: Part | null): Part | null {
  if (p && p.b > (best?.b ?? -1) && !(best && !best.weak && p.weak)) return p;
  if (p && best?.weak && !p.weak && p.b >= best.b) return p;
  return best;
}

/** Every form that starts at token `i` (after an optional era/calendar prefix); the longest wins. */
function parseAt(r: Reader, i: number): Part | null {
  const pre = r.prefixAt(i);
  const j = pre ? pre.next : i;
  const base = (): Part => basePart(i, j, pre);
  let best: Part | null = null;

  // D M [,] [Y [marker]] — ২৬ মার্চ ১৯৪১; ৮ জুলাই, ১৯৭২ সালে; ৭-২১ই এপ্রিল ২০০৭; ২৫ বৈশাখ, ১২৬৮; ৪ঠা মাঘ
  const dm = dayMonth(r, j);
  if (dm) {
    const p = base();
    Object.assign(p, { prec: 'day', day: dm.day, endDay: dm.endDay, month: dm.month });
    setMonthCal(p, dm.cal);
    p.b = yearAfter(r, p, dm.next);
    if (p.cal === 'hijri' && p.year === undefined) p.b = -1;
    if (p.b >= 0) best = better(best, p);
  }

  // M D[,] Y — জুন ৮, ১৯৭৮; আগস্ট ১৫ ১৯৪৫; জ্যৈষ্ঠ ১১, ১৩০৬ বঙ্গাব্দ; M [,] Y — জানুয়ারী ২০১০-এর; পৌষ ১৩৪২; M D — মার্চ ২৬
  const mo = r.monthAt(j, true);
  if (mo) {
    const d = r.dayAt(mo.next);
    const dt = r.toks[mo.next];
    if (d && dt && dt.kind === NUM) {
      const p = base();
      Object.assign(p, { prec: 'day', day: d.day, month: mo.month });
      setMonthCal(p, mo.cal);
      p.b = yearAfter(r, p, d.next);
      const bareOk = p.year !== undefined || (mo.cal === 'gregorian' && !dt.suf && GREGORIAN_MONTHS.has(r.word(j)!) && !NOT_DATE_AFTER.test(r.word(d.next) ?? '') && !((r.punct(d.next, '%.,:/') || r.dash(d.next)) && r.glued(mo.next, d.next)));
      if (bareOk) best = better(best, p);
    }
    const comma = r.punct(mo.next, ',') ? mo.next + 1 : mo.next;
    const y = r.yearAt(comma, 3);
    if (y && y.kind !== 'case' || (y && y.kind === 'case')) {
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
    if (!best) best = better(best, loneMonth(r, i, j, mo, !!pre) ?? { a: i, b: mo.next, prec: 'month', month: mo.month, cal: mo.cal, weak: 'month', era: pre?.era });
  }

  // Y-first: ১৯৭১ সালে; ১৯৭১ খ্রিষ্টাব্দের ৬ই ডিসেম্বর; ১৯৭১-এর ১৬ ডিসেম্বর; ১৯৮০-এর দশকে; বঙ্গাব্দ ১৩৩৭, ২৬শে বৈশাখ
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
    if ((y.kind === 'plain' || (y.kind === 'case' && y.gen)) && DECADE_NOUN.test(r.word(dk) ?? '') && (y.kind === 'case' || dk > k || y.kind === 'plain')) {
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
    if (st) { p.cal = st.cal; k = st.next; strong = true; }
    if (strong) {
      if (gen) k = afterYear(r, p, k);
      p.b = k;
      if (!(p.cal === 'hijri' && !y.m && !r.markerAt(y.next))) best = better(best, p);
    } else if (pre?.bengali && r.punct(k, ',')) {
      const cont = dayMonth(r, k + 1);
      if (cont && cont.cal === 'bengali') {
        Object.assign(p, { prec: 'day', day: cont.day, month: cont.month, cal: 'bengali', b: cont.next });
        best = better(best, p);
      }
    }
    const t = r.toks[j]!;
    if ((y.kind === 'plain' || DAY_SUFFIXES.has(t.suf)) && (!best || best.weak)) {
      // a bare number: usable only inside a range or coordination (never replaces a full reading)
      const wp = base();
      wp.b = j + 1;
      wp.weak = 'num';
      wp.v = t.v;
      wp.nd = t.nd;
      best = better(best, wp);
    }
  }

  // Centuries: ১৯শ শতক, ৭ম শতকে, ১৫ শতকের, খ্রিস্টপূর্ব ২য় শতকে, ঊনবিংশ শতাব্দীতে, উনিশ শতকের
  const ct = r.num(j);
  const cw = r.word(j);
  const cn = ct && ct.nd <= 2 && ct.v >= 1 && ct.v <= ORD_NUM_MAX && (!ct.suf || CENTURY_ORDINAL_SUFFIXES.has(ct.suf)) ? ct.v : cw !== null ? CENTURY_WORDS.get(cw) : undefined;
  if (cn !== undefined) {
    if (CENTURY_NOUN.test(r.word(j + 1) ?? '')) best = better(best, withPrec(base(), 'century', j + 2, cn));
    else if (!ct || ct.suf) {
      const op = withPrec(base(), 'century', j + 1, cn);
      op.weak = 'ord';
      best = better(best, op);
    }
  }

  // Word decades: আশির দশকের, নব্বইয়ের দশকে
  const dw = cw !== null ? DECADE_WORDS.get(cw) : undefined;
  if (dw !== undefined && DECADE_NOUN.test(r.word(j + 1) ?? '')) {
    const dp = withPrec(base(), 'decade', j + 2);
    dp.decade2 = dw;
    best = better(best, dp);
  }

  // Relative years: একই বছর ১২ ডিসেম্বর; সেই বছরের আগস্ট; ঐ বছরের নভেম্বরে; পরের বছর
  const rel = cw !== null ? RELATIVE_YEAR_WORDS.get(cw) : undefined;
  if (rel !== undefined && YEAR_NOUN.test(r.word(j + 1) ?? '')) {
    const k = j + 2;
    const ey = r.yearAt(k, 3);
    const explicit = ey && (ey.kind !== 'plain' || r.markerAt(ey.next));
    if (!explicit) {
      const p: Part = { a: i, b: k, prec: 'year', rel };
      p.b = afterYear(r, p, k);
      if (p.b === k) {
        const d = dayMonth(r, k);
        if (d) Object.assign(p, { prec: 'day', day: d.day, month: d.month, b: d.next });
      }
      best = better(best, p);
    }
  }

  // Numeric: ২৭/০৭/২০২০ (D/M/Y), 2020-07-27 (ISO)
  const n1 = r.num(j);
  if (n1 && r.glued(j, j + 1) && r.glued(j + 1, j + 2) && r.glued(j + 2, j + 3) && r.glued(j + 3, j + 4)) {
    const n2 = r.num(j + 2);
    const n3 = r.num(j + 4);
    if (n2 && n3 && r.punct(j + 1, '/') && r.punct(j + 3, '/') && n1.nd <= 2 && n2.nd <= 2 && n3.nd === 4 && n2.v >= 1 && n2.v <= 12 && n1.v >= 1 && n1.v <= 31)
      best = better(best, Object.assign(base(), { prec: 'day', day: n1.v, month: n2.v, year: n3.v, nd: 4, b: j + 5 }));
    if (n2 && n3 && r.punct(j + 1, '-') && r.punct(j + 3, '-') && n1.nd === 4 && n2.nd === 2 && n3.nd === 2 && n2.v >= 1 && n2.v <= 12 && n3.v >= 1 && n3.v <= 31)
      best = better(best, Object.assign(base(), { prec: 'day', day: n3.v, month: n2.v, year: n1.v, nd: 4, b: j + 5 }));
  }
  return best;
}

/**
 * A month without a year that is still a date (§3.1 `M মাসে/মাসের`, 68 uses; §3.3 case endings):
 * `জুন মাসে`, `জুন মাসের`, `জুনে`, `বৈশাখ মাসে`; with a day, `জুন মাসের ১০ তারিখে`. The year comes from the
 * discourse (`relative`), else null. Not after `প্রতি`/`সাধারণত` (recurring months, §5), not Hijri months,
 * Bengali months only with `মাস` (§3.6). A bare `জুন`/`মে` (a name, a word prefix) is never one.
 */
function loneMonth(r: Reader, i: number, j: number, mo: { month: number; cal: Calendar; next: number }, prefixed: boolean): Part | null {
  if (prefixed || mo.next !== j + 1 || mo.cal === 'hijri') return null;
  const w = r.word(j)!;
  const noun = r.word(mo.next);
  const ofMonth = noun !== null && MONTH_NOUN.test(noun);
  if (!ofMonth && !(mo.cal === 'gregorian' && GREGORIAN_MONTH_LOCATIVES.has(w))) return null;
  const w1 = r.word(i - 1);
  if (w1 !== null && (RECURRING_BEFORE.has(w1) || (YEAR_NOUN.test(w1) && RECURRING_BEFORE.has(r.word(i - 2) ?? '')))) return null;
  const p: Part = { a: i, b: mo.next, prec: 'month', month: mo.month, cal: mo.cal };
  if (ofMonth && noun.endsWith(GENITIVE_E)) {
    // জুন মাসের ১০ তারিখে: a year-less day, like `১৮ সেপ্টেম্বর`
    const d = r.dayAt(mo.next + 1);
    if (d && r.toks[mo.next + 1]!.kind === NUM && DATE_NOUN.test(r.word(d.next) ?? '')) return Object.assign(p, { prec: 'day', day: d.day, b: d.next + 1 });
  }
  return Object.assign(p, { weak: 'month', lone: true });
}

/** Connective between parts: dash, থেকে/হতে, slash, ও/এবং, বা — with an optional circa word before the second part. */
function connective(r: Reader, from: number, to: number): { kind: 'range' | 'slash' | 'and' | 'or'; approxB: boolean } | null {
  if (to <= from) return null;
  let end = to;
  let approxB = false;
  const last = r.word(end - 1);
  if (end - 1 > from && last !== null && APPROX_BEFORE.has(last)) { end--; approxB = true; }
  else if (end - 2 > from && r.punct(end - 1, '.') && APPROX_BEFORE.has(r.word(end - 2) ?? '')) { end -= 2; approxB = true; }
  if (end - from !== 1) return null;
  if (r.dash(from)) return { kind: 'range', approxB };
  if (r.punct(from, '/')) return { kind: 'slash', approxB };
  const w = r.word(from);
  if (w === null) return null;
  if (RANGE_WORDS.has(w)) return { kind: 'range', approxB };
  if (AND_WORDS.has(w)) return { kind: 'and', approxB };
  if (OR_WORDS.has(w)) return { kind: 'or', approxB };
  return null;
}

/** A bare number usable as a year in a bare range: `(১৯৪৭–১৯৫৬)`, `(১৮৩৫-৯৩)`, not `৮০৯৭-১৬-বিট`. */
function plainYear(r: Reader, p: Part): boolean {
  return p.weak === 'num' && p.nd === 4 && p.v! >= 1000 && p.v! <= 2100 && !NOT_DATE_BEFORE.has(r.word(p.a - 1) ?? '') && !(r.punct(p.a - 1, '.') && NOT_DATE_BEFORE.has(r.word(p.a - 2) ?? ''));
}
/**
 * A number alone in parentheses that a reader takes for a year (§2: years in parentheses after titles
 * and events, `শেষের কবিতা (১৯২৯)`, `প্রকাশ করেন (১৮৩০)`): 4 digits 1000–2100, or 3 digits (checked against
 * the discourse later), no suffix, not after a page/issue word (`পৃষ্ঠা (১৮৩০)`) nor before a unit or count
 * word (`(১৫০০) মিটার`). `(১৫০০ মিটার)`, `(পৃষ্ঠা ১৮৩০)` are not alone.
 */
function parenYear(r: Reader, p: Part): boolean {
  const t = r.toks[p.a]!;
  if (p.b !== p.a + 1 || t.kind !== NUM || t.suf || !r.punct(p.a - 1, '(') || !r.punct(p.b, ')')) return false;
  if (!(t.nd === 4 ? t.v >= 1000 && t.v <= 2100 : t.nd === 3 && t.v >= 100)) return false;
  const w = r.word(p.a - 2) ?? (r.punct(p.a - 2, '.') ? r.word(p.a - 3) : null);
  if (w !== null && NOT_DATE_BEFORE.has(w)) return false;
  return !NOT_DATE_AFTER.test(r.word(p.b + 1) ?? '');
}
const PAREN3_SPAN = 300;

function freeAfter(r: Reader, k: number): boolean {
  const t = r.toks[k];
  if (!t) return true;
  if (t.kind === NUM) return false;
  if (t.kind === PUNCT) return !(DASHES.has(t.t) && r.toks[k + 1]?.kind === NUM && r.glued(k, k + 1)) && t.t !== '%';
  return !NOT_DATE_AFTER.test(r.word(k)!);
}

/** Two-digit range end `১৮৩৫-৯৩` → 1893; null if it would not come after the start (`2018-10`). */
function shortEnd(start: number, yy: number): number | null {
  const end = Math.floor(start / 100) * 100 + yy;
  return end > start ? end : null;
}

/** Tries to make `A conn B` one expression; returns the merged start part or null. Mutates the parts. */
function link(r: Reader, A: Part, B: Part, kind: 'range' | 'slash' | 'and' | 'or'): Part | null {
  const wa = A.weak;
  const wb = B.weak;
  if (kind === 'range' || kind === 'slash') {
    if (kind === 'slash' && !(A.prec === 'month' && B.prec === 'month')) return null;
    if (wa && !wb) {
      if (wa === 'month' && (B.prec === 'month' || B.prec === 'day') && B.month !== undefined && A.cal === B.cal) {
        // নভেম্বর-ডিসেম্বর ২০১৬
        Object.assign(A, { weak: undefined, year: B.year, era: B.era });
        if (typeof B.year === 'number' && A.month! > B.month) A.year = B.year - 1;
      } else if (B.prec === 'century' && (wa === 'num' || wa === 'ord') && A.v! >= 1 && A.v! <= ORD_NUM_MAX && (A.nd ?? 0) <= 2) {
        Object.assign(A, { weak: undefined, prec: 'century', era: A.era ?? B.era }); // ১৬ থেকে ২০ শতকের
        B.era ??= A.era;
      } else if (B.prec === 'day' && wa === 'num' && A.nd! <= 2 && A.v! >= 1 && A.v! <= 31) {
        Object.assign(A, { weak: undefined, prec: 'day', day: A.v, month: B.month, year: B.year, nd: B.nd, cal: B.cal, era: B.era });
      } else if (B.prec === 'year' && typeof B.year === 'number' && wa === 'num' && (A.nd! >= 3 || A.era)) {
        // ১৩৯১ থেকে ১৫৩৪ সাল; ২৭৬–১৯৪ খ্রিস্টপূর্ব; ১৯৩৬-৩৭ সালে
        if (B.nd === 2 && A.nd === 4) {
          const e = shortEnd(A.v!, B.year);
          if (e === null) return null;
          B.year = e;
        }
        Object.assign(A, { weak: undefined, year: A.v, era: A.era ?? B.era, cal: A.cal ?? B.cal });
      } else return null;
    } else if (!wa && wb) {
      if (wb === 'num' && A.prec === 'day' && B.nd! <= 2 && B.v! >= 1 && B.v! <= 31 && A.day !== undefined) {
        // মার্চ মাসের ১০ থেকে ১৩ তারিখ
        Object.assign(B, { weak: undefined, prec: 'day', day: B.v, month: A.month, year: A.year, cal: A.cal, era: A.era });
        if (DATE_NOUN.test(r.word(B.b) ?? '')) B.b++;
      } else if (wb === 'num' && A.prec === 'year' && typeof A.year === 'number' && A.nd === 4 && !A.rel) {
        const e = B.nd === 2 ? shortEnd(A.year, B.v!) : B.nd === 4 && Math.abs(B.v! - A.year) <= 300 ? B.v! : null;
        if (e === null || !freeAfter(r, B.b)) return null;
        Object.assign(B, { weak: undefined, year: e, era: A.era, cal: A.cal });
      } else if (wb === 'month' && A.prec === 'month' && A.cal === B.cal) {
        Object.assign(B, { weak: undefined, year: A.year, era: A.era }); // ২০১৬ সালের নভেম্বর-ডিসেম্বরে
      } else return null;
    } else if (wa && wb) {
      if (wa === 'num' && wb === 'num' && plainYear(r, A) && freeAfter(r, B.b) && !(r.toks[A.a - 1]?.kind === PUNCT && DASHES.has(r.toks[A.a - 1]!.t) && r.glued(A.a - 1, A.a))) {
        const e = B.nd === 2 ? shortEnd(A.v!, B.v!) : B.nd === 4 && B.v! >= 1000 && Math.abs(B.v! - A.v!) <= 300 ? B.v! : null;
        if (e === null) return null;
        // থেকে needs পর্যন্ত/অবধি: ১৯৯৯ থেকে ২০০৮ পর্যন্ত
        if (!r.dash(A.b) && !RANGE_END_WORDS.has(r.word(B.b) ?? '')) return null;
        Object.assign(A, { weak: undefined, year: A.v });
        Object.assign(B, { weak: undefined, year: e });
      } else if (wa === 'month' && wb === 'month' && A.cal === B.cal && B.lone) {
        // জুন–জুলাই মাসে, সেপ্টেম্বর-নভেম্বরে: the discourse year (the start a year earlier when it wraps)
        Object.assign(A, { weak: undefined, lone: true, rel: A.month! > B.month! ? -1 : undefined });
        Object.assign(B, { weak: undefined });
      } else if (wa === 'month' && wb === 'month' && A.cal === B.cal && r.punct(A.a - 1, '(') && r.punct(B.b, ')')) {
        Object.assign(A, { weak: undefined, year: undefined }); // (এপ্রিল - জুন)
        Object.assign(B, { weak: undefined });
      } else if ((wa === 'ord' || wa === 'num') && wb === 'ord') {
        return null;
      } else return null;
    } else {
      // two full dates: ২৪ মে ১৮৯৯ – ২৯ আগস্ট ১৯৭৬; ১১ই মার্চ থেকে ১৫ই মার্চ
      if (A.prec !== B.prec && !(A.prec === 'day' && B.prec === 'month')) return null;
      if (A.rel !== undefined || B.rel !== undefined) return null;
      if (B.nd === 2 && A.nd === 4 && A.prec === 'year' && typeof A.year === 'number' && typeof B.year === 'number') {
        const e = shortEnd(A.year, B.year);
        if (e === null) return null;
        B.year = e;
      }
      if (A.year === undefined && B.year !== undefined) Object.assign(A, { year: B.year, nd: B.nd });
      if (A.prec === 'day' && A.month === undefined) A.month = B.month;
      if (B.year === undefined && A.year !== undefined && B.prec !== 'century' && B.prec !== 'decade') B.year = A.year;
      if (!A.era && B.era) A.era = B.era;
      if (!B.era && A.era && B.cal === A.cal) B.era = A.era;
      if (!A.cal && B.cal) A.cal = B.cal;
      if (!B.cal && A.cal) B.cal = A.cal;
    }
    A.end = B;
    A.b = B.b;
    return A;
  }
  // coordination
  if (wa && !wb && (B.prec === 'decade' || B.prec === 'century') && (wa === 'num' || wa === 'ord')) {
    const between = BETWEEN_WORDS.has(r.word(B.b) ?? '');
    if (B.prec === 'decade') {
      if (wa !== 'num') return null;
      Object.assign(A, { weak: undefined, prec: 'decade' });
      if (A.nd! <= 2) A.decade2 = A.v;
      else A.year = Math.floor(A.v! / 10) * 10;
    } else {
      if (A.v! < 1 || A.v! > ORD_NUM_MAX || (A.nd ?? 0) > 2) return null;
      Object.assign(A, { weak: undefined, prec: 'century', era: A.era ?? B.era });
      B.era ??= A.era;
    }
    if (between) {
      A.end = B;
      A.b = B.b;
    }
    return A; // ১৯৮০ ও ১৯৯০-এর দশকে → two decades; খ্রিস্টপূর্ব ৫ম ও ২য় শতকের মধ্যবর্তী → one range
  }
  if (!wa && wb === 'month' && (A.prec === 'month' || A.prec === 'day') && A.cal === B.cal) {
    // ১৩১৯ বঙ্গাব্দের ফাল্গুন ও চৈত্র্য; ১৬১০ খ্রিস্টাব্দের সেপ্টেম্বর বা অক্টোবর
    Object.assign(B, { weak: undefined, prec: 'month', year: A.year, era: A.era, relative: true });
    if (kind === 'or') A.approx = B.approx = true;
    return null;
  }
  if (!wa && !wb && kind === 'or') A.approx = B.approx = true;
  return null;
}

const CAL_FIRST = new Uint8Array(0x10000);
for (const w of CALENDAR_WORDS.keys()) CAL_FIRST[w.charCodeAt(0)] = 1;

/** Calendar named before a date: `জুলীয় বর্ষপঞ্জী অনুসারে` → token index → calendar. */
function calendarWords(r: Reader): Map<number, 'julian' | 'gregorian'> {
  const out = new Map<number, 'julian' | 'gregorian'>();
  const toks = r.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== WORD || CAL_FIRST[r.src.charCodeAt(t.s)] !== 1) continue;
    const cal = CALENDAR_WORDS.get(r.word(i)!);
    if (cal && CALENDAR_NOUN.test(r.word(i + 1) ?? '')) out.set(i, cal);
  }
  return out;
}

/**
 * Circa words before, circa and part-of qualifiers after: আনুমানিক ৬৫০ খ্রি.; ১৭৭৫ সাল নাগাদ; ২০০৩ সালের
 * শুরুর দিকে; মার্চ মাসের শেষে. A part-of qualifier (early/mid/late) never applies to a day
 * (`২০২০ সালের ১০ ডিসেম্বর শেষ স্প্যানটি` = "the last span"); words with a second reading (`শেষ`, `শেষে`,
 * `প্রথমে`) qualify only where they cannot start a new phrase (see PART_OF_NOUNS).
 */
function qualified(r: Reader, a: number, b: number, prec: Precision): boolean {
  const before = r.word(a - 1) ?? (r.punct(a - 1, '.') ? r.word(a - 2) : null);
  if (before !== null && APPROX_BEFORE.has(before)) return true;
  let k = b;
  for (let n = 0; n < 2 && QUALIFIER_SKIP.has(r.word(k) ?? ''); n++) k++;
  let c = caseBefore(r, k);
  if (GENITIVE_PARTICLES.has(r.word(k) ?? '')) { k++; c = 'gen'; }
  const w = r.word(k);
  if (w === null) return false;
  if (CIRCA_AFTER.has(w)) return true;
  if (prec === 'day') return false;
  if (r.word(k + 1) === DAY_WORD_SUFFIX && PART_OF_BEFORE_DIKE.has(w)) return true;
  if (!PART_OF_AFTER.has(w)) return false;
  if (PART_OF_NOUNS.has(w)) return c === 'gen';
  if (PART_OF_ADVERBS_NOT_LOCATIVE.has(w)) return c !== 'loc';
  return true;
}

const LOCATIVE_END = new RegExp(canon('(?:ে|এ|েই|েও|য়|এই|এও)') + '$', 'u');
const GENITIVE_END = new RegExp(canon('(?:র|রই|রও)') + '$', 'u');
/** Case of the word before token `k` (a date's last token or a skipped `মাসের`): genitive, locative or other. */
function caseBefore(r: Reader, k: number): 'gen' | 'loc' | 'nom' {
  const t = r.toks[k - 1];
  if (!t || t.kind === PUNCT) return 'nom';
  const w = t.kind === NUM ? t.suf : wordText(t, r.src);
  if (GENITIVE_END.test(w) && !GREGORIAN_MONTH_BASES.has(w)) return 'gen';
  if (LOCATIVE_END.test(w)) return 'loc';
  return 'nom';
}

function centuryYear(n: number, era: Era): number {
  return era === 'BCE' ? n * 100 : n === 1 ? 1 : (n - 1) * 100;
}

/** Century of a two-digit decade from the discourse year: `৮০-র দশক` after 1875 → 1880; none → 1900s. */
function decadeYear(dd: number, ctx: number | null): number {
  if (ctx === null) return 1900 + dd;
  const c = Math.floor(ctx / 100) * 100;
  const options = [c - 100 + dd, c + dd, c + 100 + dd];
  return options.reduce((x, y) => (Math.abs(y - ctx) < Math.abs(x - ctx) ? y : x));
}

function maxDay(cal: Calendar, year: number | null, month: number): number {
  if (cal === 'bengali') {
    const bs = year ?? 1431;
    return Math.max(bengaliMonthLengths(bs, '1987')[month - 1]!, bengaliMonthLengths(bs, '2019')[month - 1]!, month === 11 ? 31 : 0);
  }
  if (cal === 'hijri') return 30;
  if (cal === 'julian') return month === 2 ? (year === null || year % 4 === 0 ? 29 : 28) : gregorianMonthDays(2001, month);
  return year === null ? (month === 2 ? 29 : gregorianMonthDays(2001, month)) : gregorianMonthDays(year, month);
}

/** The DateValue of a resolved part. */
function valueOf(p: Part, year: number | null): DateValue {
  const era: Era = p.era ?? 'CE';
  const calendar: Calendar = p.cal ?? 'gregorian';
  const v: DateValue = { year, era, calendar, precision: p.prec };
  if (p.prec === 'century') v.year = centuryYear(p.v!, era);
  if (p.month !== undefined && (p.prec === 'day' || p.prec === 'month')) v.month = p.month;
  if (p.day !== undefined && p.prec === 'day') v.day = p.day;
  if (p.season) v.season = p.season;
  if (v.day !== undefined && v.month !== undefined && (v.day > maxDay(calendar, v.year, v.month) || v.day < 1)) v.invalid = true;
  return v;
}

/** Gregorian equivalent of a Bengali, Hijri or Julian value (approximate where no rule is exact). */
function toGregorian(v: DateValue): DateValue | undefined {
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
function before(a: DateValue, b: DateValue): boolean {
  const x = order(a);
  const y = order(b);
  for (let k = 0; k < 3; k++) if (x[k] !== y[k]) return x[k]! < y[k]!;
  return false;
}

/**
 * Finds every date expression in `text` (Bengali prose, or wikitext: links, date templates and
 * `&nbsp;` are read through; citation templates, comments and URLs are skipped).
 *
 * `extractDates('১৯৮৯ সালের ১২ নভেম্বর')` →
 * `[{ text: '১৯৮৯ সালের ১২ নভেম্বর', start: 0, end: 21, value: { year: 1989, month: 11, day: 12, … }, … }]`.
 *
 * Year-less dates (`১৮ সেপ্টেম্বর`, `সেই বছরের আগস্ট`, `পরের বছর`) take the year of the previous explicit
 * date in the text, else `options.previous`, else `options.referenceYear`, else `null` — never today.
 */
export function extractDates(text: string, options: DateOptions = {}): DateMention[] {
  if (text.length === 0) return [];
  // The matching copy is the text itself when nothing in it needs rewriting (offsets map 1:1).
  const norm = isCanonical(text) ? null : normalize(text);
  const copy = norm === null ? text : norm.text;
  if (!mayHaveDate(copy)) return [];
  const r = new Reader(tokenize(copy), copy);
  const toks = r.toks;

  // 1. parts, left to right, longest first
  const parts: Part[] = [];
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!;
    if (t.kind === PUNCT || (t.kind === WORD && !starterAt(copy, t.s, t.e)) || (t.kind === NUM && t.bad)) {
      i++;
      continue;
    }
    const p = parseAt(r, i);
    if (p && p.b > i) {
      parts.push(p);
      i = p.b;
    } else i++;
  }

  // 2. ranges and coordinations
  const linked: Part[] = [];
  for (let q = 0; q < parts.length; q++) {
    const A = parts[q]!;
    const B = parts[q + 1];
    if (B) {
      const conn = connective(r, A.b, B.a);
      if (conn) {
        const merged = link(r, A, B, conn.kind);
        if (merged?.end) {
          if (conn.approxB) merged.end.approx = true;
          linked.push(merged);
          q++;
          continue;
        }
      }
    }
    // a year alone in parentheses: প্রকাশ করেন (১৮৩০)।
    if (A.weak === 'num' && parenYear(r, A)) Object.assign(A, { weak: undefined, year: A.v, paren3: A.nd === 3 });
    if (A.weak === 'month' && A.lone) A.weak = undefined;
    // open ends: (১৯৫০-), ২৫ জুন ২০২০ - বর্তমান
    if (r.dash(A.b) && (r.punct(A.b + 1, ')') || PRESENT_WORDS.has(r.word(A.b + 1) ?? ''))) {
      if (A.weak === 'num' && plainYear(r, A) && r.punct(A.a - 1, '(') && r.punct(A.b + 1, ')')) Object.assign(A, { weak: undefined, year: A.v });
      if (!A.weak) {
        A.present = true;
        if (!r.punct(A.b + 1, ')')) A.b += 2;
        else A.b += 1;
      }
    }
    linked.push(A);
  }

  // 3. discourse, values, spans
  let calWords: Map<number, 'julian' | 'gregorian'> | null = null; // built at the first mention
  const prev = options.previous ?? null;
  let ctxG: number | null = options.referenceYear ?? null;
  let ctxB: number | null = null;
  if (prev && prev.year !== null && prev.era === 'CE') {
    if (prev.calendar === 'bengali') ctxB = prev.year;
    else ctxG = prev.year;
  }
  const out: DateMention[] = [];
  let lastEnd = 0;
  for (const p of linked) {
    if (p.weak) continue;
    calWords ??= calendarWords(r);
    for (let k = lastEnd; k < p.a; k++) {
      const cal = calWords.get(k);
      if (cal === 'julian' && (p.cal ?? 'gregorian') === 'gregorian') p.cal = 'julian';
    }
    lastEnd = p.b;
    const isBn = p.cal === 'bengali';
    let relative = !!p.relative;
    const ctx = isBn ? ctxB : ctxG;
    // year-less months: a Bengali one needs a Bengali year before it; a range with no year is a
    // recurring period (`মার্চ-মে মাসে`, §5); a 3-digit parenthesised year must be near the discourse year
    if (p.lone && ctx === null && (isBn || p.end)) continue;
    if (p.paren3 && (ctxG === null || Math.abs(ctxG - p.year!) > PAREN3_SPAN)) continue;
    const resolve = (q: Part): number | null => {
      if (q.prec === 'decade') return q.decade2 !== undefined ? decadeYear(q.decade2, ctxG) : (q.year as number);
      if (q.prec === 'century') return null;
      if (q.year === undefined || q.rel !== undefined) return ctx === null ? null : ctx + (q.rel ?? 0);
      return q.year;
    };
    if (p.year === undefined || p.rel !== undefined || p.decade2 !== undefined) relative = !(isBn && p.year === undefined && ctx === null && p.rel === undefined);
    const value = valueOf(p, resolve(p));
    const m: DateMention = {
      text: '',
      start: 0,
      end: 0,
      value,
      approx: !!p.approx || qualified(r, p.a, p.b, p.prec),
      relative,
    };
    if (p.end) {
      const ev = valueOf(p.end, resolve(p.end));
      if (p.end.cal && p.end.cal !== value.calendar) ev.calendar = p.end.cal;
      m.rangeEnd = ev;
      if (before(ev, value)) m.invalid = true;
    } else if (p.endDay !== undefined || p.endMonth !== undefined) {
      const ev: DateValue = { ...value, day: p.endDay ?? value.day, month: p.endMonth ?? value.month };
      if (ev.day === undefined) delete ev.day;
      delete ev.invalid;
      if (ev.day !== undefined && ev.month !== undefined && ev.day > maxDay(ev.calendar, ev.year, ev.month)) ev.invalid = true;
      m.rangeEnd = ev;
      if (before(ev, value)) m.invalid = true;
    } else if (p.present) m.rangeEnd = { present: true };
    if (value.invalid || (m.rangeEnd && 'invalid' in m.rangeEnd && m.rangeEnd.invalid)) m.invalid = true;
    const g = toGregorian(value);
    if (g) m.gregorian = g;
    // span back to the source
    const first = toks[p.a]!;
    const lastTok = toks[p.b - 1]!;
    const endOff = lastTok.kind === NUM && lastTok.suf && !YEAR_CASE_SUFFIXES.has(lastTok.suf) && !DAY_SUFFIXES.has(lastTok.suf) && !YEAR_MARKERS.has(lastTok.suf) && !CENTURY_ORDINAL_SUFFIXES.has(lastTok.suf) ? lastTok.de : lastTok.e;
    m.start = norm === null ? first.s : norm.start[first.s]!;
    m.end = norm === null ? endOff : norm.end[endOff - 1]!;
    m.text = text.slice(m.start, m.end);
    out.push(m);
    // update the discourse with explicit years
    if (p.year !== undefined && p.rel === undefined && typeof value.year === 'number' && value.era === 'CE' && ['day', 'month', 'season', 'year'].includes(p.prec)) {
      if (value.calendar === 'bengali') ctxB = value.year;
      else if (value.calendar !== 'hijri') ctxG = value.year;
    }
  }
  return out;
}
