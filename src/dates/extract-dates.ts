// The Bengali date extractor: normalise a copy, tokenise it, read each date form into a `Part`,
// link parts into ranges and coordinations, then resolve the discourse (inherited years) and map spans
// back to the source. Every form is in the catalogue (../shared/reference/bengali-dates.md §3).
import { readPart } from './forms/index.js';
import {
  AND_WORDS,
  RANGE_WORDS,
  BETWEEN_WORDS,
  BARE_YEAR_AFTER,
  BARE_YEAR_NOT_AFTER,
  CLIMATE_WORDS,
  NOT_DATE_AFTER,
  NOT_DATE_BEFORE,
  OR_WORDS,
  RECURRING_AFTER,
  RECURRING_BEFORE,
  YEAR_NOUN,
  CENTURY_NOUN,
  CENTURY_ORDINAL_SUFFIXES,
  DAY_SUFFIXES,
  GREGORIAN_MONTHS,
  PRESENT_WORDS,
  YEAR_CASE_SUFFIXES,
  YEAR_MARKERS,
} from './lexicon.js';
import { isCanonical, normalize, type Normalized } from './normalize.js';
import { link, connective, parenYear, plainYear, PAREN3_SPAN } from './link-parts.js';
import type { Part } from './part.js';
import { mayHaveDate, starterAt, weakStarterOk } from './precheck.js';
import { calendarWords, qualified } from './qualifiers.js';
import { DASHES, Reader } from './reader.js';
import { NUM, PUNCT, WORD, tokenize } from './tokenize.js';
import type { DateMention, DateOptions, DateValue } from './types.js';
import { before, maxDay, shift, toGregorian, dateValue, decadeYear } from './values.js';

/** A number the part loop skips: part of a bigger number or glued to a word (`২৮৭,৪৩২`, `এমপি৩`), unless it has one or two digits and punctuation follows. */
function badNumber(r: Reader, i: number): boolean {
  const t = r.toks.num(i)!;
  return t.bad && !(t.nd <= 2 && r.toks.kindAt(i + 1) === PUNCT);
}

/**
 * A bare four-digit number read as a year by what stands around it: nothing but punctuation or a
 * range or time word after it (`১৯৫৫ থেকে`, `… ১৯১৩`, `১৯৪৯,`), no count word before it (`মোট ১৯৯৮`).
 * A number followed by any other word is a name or a count (`২০১১ ক্রিকেট বিশ্বকাপ`, `১৯৯৮ জন`).
 */
function bareYear(r: Reader, A: Part): boolean {
  // the word before, looking through an opening parenthesis: `মোট ১৯৯৮`, `পৃষ্ঠা (১৮৩০)`, `ISSN (১৮৩০-…)`
  const before = r.word(A.a - 1) ?? (r.punct(A.a - 1, '(') ? r.word(A.a - 2) : null);
  if (before !== null && (BARE_YEAR_NOT_AFTER.has(before) || NOT_DATE_BEFORE.has(before))) return false;
  const prev = r.toks.at(A.a - 1);
  if (prev && prev.kind === PUNCT && (DASHES.has(prev.t) || prev.t === '/') && r.toks.kindAt(A.a - 2) === NUM)
    return false;
  const t = r.toks.at(A.b);
  if (!t) return true;
  if (t.kind === NUM) return false;
  // `(১২০০) ফুট`: a unit after the parenthesis
  if (t.t === ')' && NOT_DATE_AFTER.test(r.word(A.b + 1) ?? '')) return false;
  if (t.kind === WORD) return BARE_YEAR_AFTER.has(r.word(A.b)!);
  if (t.t === '.' || t.t === ':') return !r.num(A.b + 1);
  if (t.t === '%' || t.t === '/' || t.t === '(' || t.t === '×' || t.t === '+') return false;
  return !(DASHES.has(t.t) && r.toks.kindAt(A.b + 1) === NUM);
}

/** The options of a call that gives none (one object, never written to: `extractDates('১৯৭১ সালে')`). */
const NO_OPTIONS: DateOptions = Object.freeze({});

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
export function extractDates(text: string, options: DateOptions = NO_OPTIONS): DateMention[] {
  if (text.length === 0) return [];
  // The matching copy is the text itself when nothing in it needs rewriting (offsets map 1:1).
  const norm = isCanonical(text) ? null : normalize(text);
  const copy = norm === null ? text : norm.text;
  // most sentences end here (`তিনি ঢাকায় থাকেন।`), before anything is allocated for reading
  if (!mayHaveDate(copy)) return [];
  return readDates(text, norm, copy, options);
}

/**
 * The dates of `text` whose matching copy `copy` (`norm`'s text, or `text` itself when `norm` is null) may hold
 * one: `extractDates` past its cheap tests (`১৯৮৯ সালের ১২ নভেম্বর` → one mention).
 */
function readDates(text: string, norm: Normalized | null, copy: string, options: DateOptions): DateMention[] {
  const r = new Reader(tokenize(copy));
  const toks = r.toks;

  // 1. parts, left to right, longest first
  const parts: Part[] = [];
  for (let i = 0; i < toks.length; ) {
    const kind = toks.kindAt(i);
    if (
      kind === PUNCT ||
      (kind === WORD && !starterAt(copy, toks.start(i), toks.end(i))) ||
      (kind === NUM && badNumber(r, i))
    ) {
      i++;
      continue;
    }
    if (kind === WORD && !weakStarterOk(r, i)) {
      i++;
      continue;
    }
    const p = readPart(r, i);
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
          if (conn.approxA) merged.approx = true;
          if (conn.approxB) merged.end.approx = true;
          linked.push(merged);
          q++;
          continue;
        }
      }
    }
    // a year alone in parentheses: প্রকাশ করেন (১৮৩০)।
    if (A.weak === 'num' && parenYear(r, A)) Object.assign(A, { weak: undefined, year: A.v, paren3: A.nd === 3 });
    // a bare number where years are expected: `| established_date1 = ১১৫৬`, `= ৯৮৭`
    else if (
      A.weak === 'num' &&
      options.bareYears &&
      (plainYear(r, A) || (A.nd === 3 && r.toks.kindAt(A.a - 1) < 0 && r.toks.kindAt(A.b) < 0))
    )
      Object.assign(A, { weak: undefined, year: A.v });
    if (A.weak === 'month' && A.lone) A.weak = undefined;
    // open ends: (১৯৫০-), ২৫ জুন ২০২০ - বর্তমান, ২০০৮ সাল থেকে বর্তমান
    if (
      (r.dash(A.b) && (r.punct(A.b + 1, ')') || PRESENT_WORDS.has(r.word(A.b + 1) ?? ''))) ||
      (RANGE_WORDS.has(r.word(A.b) ?? '') && PRESENT_WORDS.has(r.word(A.b + 1) ?? '') && !A.weak)
    ) {
      if (
        A.weak === 'num' &&
        plainYear(r, A) &&
        ((r.punct(A.a - 1, '(') && r.punct(A.b + 1, ')')) || PRESENT_WORDS.has(r.word(A.b + 1) ?? ''))
      )
        Object.assign(A, { weak: undefined, year: A.v });
      if (!A.weak) {
        A.present = true;
        if (!r.punct(A.b + 1, ')')) A.b += 2;
        else A.b += 1;
      }
    }
    linked.push(A);
  }

  // 2b. bare years, right to left so a list ends its members' doubt: `২০০৮, ২০০৯ ও ২০১০-এ`, `১৯৮০ ও ১৯৮১ সালে`,
  // `অস্ট্রিয়া ১৯৫৫ থেকে …`, a list line's `… ''ভিরিডিস'' ১৯১৩`
  for (let q = linked.length - 1; q >= 0; q--) {
    const A = linked[q]!;
    if (A.weak !== 'num') continue;
    const B = linked[q + 1];
    // `২০০১ ও ২০০৬ সালে`, `৪৭০ বা ৪৬৯ খ্রিস্টপূর্বাব্দে`: a list or alternatives whose last member has the marker
    const listed =
      !!B &&
      !B.weak &&
      B.prec === 'year' &&
      typeof B.year === 'number' &&
      !B.end &&
      B.a === A.b + 1 &&
      (r.punct(A.b, ',') || AND_WORDS.has(r.word(A.b) ?? '') || OR_WORDS.has(r.word(A.b) ?? ''));
    if (!plainYear(r, A) && !(listed && A.nd === 3 && B!.nd === 3)) continue;
    if (listed && B) {
      if (OR_WORDS.has(r.word(A.b) ?? '')) A.approx = B.approx = true;
      Object.assign(A, { weak: undefined, year: A.v, era: B.era, cal: B.cal });
      // `১৫৮৮ এবং ১৮৯০ সালের মধ্যে`, `১৮৯৫ এবং ১৯১৩ এর মধ্যে`: "between" makes one range
      if (AND_WORDS.has(r.word(A.b) ?? '') && BETWEEN_WORDS.has(r.word(B.b) ?? '') && (B.year as number) > A.v!) {
        Object.assign(A, { end: B, b: B.b });
        linked.splice(q + 1, 1);
      }
      continue;
    }
    // `১৯০৮ (মতান্তরে ১৯০৯) সালে`, `১৯৬০ (১৯৬৮?) সালে`: a year and its alternative in parentheses, both years
    if (B && !B.weak && B.prec === 'year' && !B.end && r.punct(A.b, '(') && altYear(r, A.b + 1, B)) {
      Object.assign(A, { weak: undefined, year: A.v, era: B.era, cal: B.cal });
      continue;
    }
    if (bareYear(r, A)) Object.assign(A, { weak: undefined, year: A.v });
  }

  // 3. discourse, values, spans
  let calWords: Map<number, 'julian' | 'gregorian'> | null = null; // built at the first mention
  const prev = options.previous ?? null;
  let ctxG: number | null = options.referenceYear ?? null;
  let ctxB: number | null = null;
  let ctxH: number | null = null;
  /** The last explicit Gregorian (or Julian) date, for offsets: `এর তিন দিন পর`. */
  let ctxV: DateValue | null = null;
  if (prev && prev.year !== null && prev.era === 'CE') {
    if (prev.calendar === 'bengali') ctxB = prev.year;
    else if (prev.calendar === 'hijri') ctxH = prev.year;
    else {
      ctxG = prev.year;
      ctxV = prev;
    }
  }
  const out: DateMention[] = [];
  let lastEnd = 0;
  /** Index in `linked` of the part being resolved (for `explicitNext`). */
  let at = -1;
  for (const p of linked) {
    at++;
    if (p.weak) continue;
    calWords ??= calendarWords(r);
    if (calWords.size > 0)
      for (let k = lastEnd; k < p.a; k++) {
        const cal = calWords.get(k);
        if (cal === 'julian' && (p.cal ?? 'gregorian') === 'gregorian') p.cal = 'julian';
      }
    lastEnd = p.b;
    const isBn = p.cal === 'bengali';
    let relative = !!p.relative;
    const ctx = isBn ? ctxB : p.cal === 'hijri' ? ctxH : ctxG;
    // year-less months: a Bengali one needs a Bengali year before it; a range with no year is a
    // recurring period (`মার্চ-মে মাসে`, §5); a 3-digit parenthesised year must be near the discourse year
    if (p.lone && ctx === null && (isBn || p.end || p.needsYear)) continue;
    if (p.paren3 && (ctxG === null || Math.abs(ctxG - p.year!) > PAREN3_SPAN)) continue;
    // `২০১৮-১০ সালে`: two digits glued by a dash to a year, that made no range with it, are not the year 10
    if (
      p.prec === 'year' &&
      !p.end &&
      (p.nd ?? 4) <= 2 &&
      r.dash(p.a - 1) &&
      r.glued(p.a - 1, p.a) &&
      r.num(p.a - 2)?.nd === 4
    )
      continue;
    // `ঐ বছর`, `একই বছরই` only repeat the year just named: not a mention (`সেই বছরের শেষের দিকে` is)
    if (p.rel === 0 && p.prec === 'year' && !p.end && !qualified(r, p.a, p.b, p.prec)) continue;
    // `পরবর্তী বছর তিনি ১৫৪০ থেকে …`: the explicit year that follows says it
    if (p.rel !== undefined && p.prec === 'year' && !p.end && explicitNext(p)) continue;
    // `এর তিন দিন পর`, `পরের দশকে`, `এই শতকে`: arithmetic on the narrative's last date
    if (p.off) {
      // `মৃত্যুর ১৩৭ বছর পর ৭৫ খ্রিষ্টাব্দে`, `এক বছর আগেই ২০০০ সালের মে-তে`: the date that follows says it
      if (explicitNext(p)) continue;
      const same = p.off.n === 0 && ctxV !== null && ctxV.precision === p.prec;
      const shifted = ctxV && !same ? shift(ctxV, p.off) : null;
      if (!shifted) continue;
      out.push(mention(p, shifted, { approx: !!p.approx || qualified(r, p.a, p.b, p.prec), relative: true }));
      continue;
    }
    // `একাত্তরের`: the century of the narrative (else the 1900s)
    if (p.yy !== undefined) Object.assign(p, { year: decadeYear(p.yy, ctxG), relative: true });
    // `প্রতি বছর ১৬ ডিসেম্বর`, `২৬ জানুয়ারি … জাতীয় দিবস হিসেবে পালিত হয়`, `২৭ রমজান` with no Hijri year: recurring
    // `পহেলা বৈশাখ` with no Bengali year in the narrative is the new year's day of every year
    const bengaliDay = isBn && p.prec === 'day' && ctxB === null;
    // a season's months, `শীতকাল (ডিসেম্বর-জানুয়ারি)`, come back every year: no date
    if (p.prec === 'month' && p.end && p.year === undefined && p.rel === undefined && recurringAround(r, p)) continue;
    if (
      (p.prec === 'day' || p.prec === 'month') &&
      p.year === undefined &&
      p.rel === undefined &&
      !p.end &&
      (recurringAround(r, p) || (p.hijriNoYear && ctxH === null) || bengaliDay)
    ) {
      // a month that comes back every year (`প্রতি বছর জুলাই মাসে`) is no date at all
      if (p.prec === 'day')
        out.push(mention(p, dateValue(p, null), { approx: false, relative: false, recurring: true }));
      continue;
    }
    if (p.hijriNoYear) Object.assign(p, { year: ctxH, relative: true });
    const resolve = (q: Part): number | null => {
      if (q.prec === 'decade') return q.decade2 !== undefined ? decadeYear(q.decade2, ctxG) : (q.year as number);
      if (q.prec === 'century') return null;
      if (q.year === undefined || q.rel !== undefined) return ctx === null ? null : ctx + (q.rel ?? 0);
      return q.year;
    };
    // a century names itself (`ঊনবিংশ শতাব্দী`): only a year taken from the narrative is relative
    if (p.prec !== 'century' && (p.year === undefined || p.rel !== undefined || p.decade2 !== undefined))
      relative = !(isBn && p.year === undefined && ctx === null && p.rel === undefined);
    const value = dateValue(p, resolve(p));
    const m = mention(p, value, {
      approx: !!p.approx || qualified(r, p.a, p.b, p.prec),
      relative: relative || !!p.relative,
    });
    if (p.end) {
      const ev = dateValue(p.end, resolve(p.end));
      if (p.end.cal && p.end.cal !== value.calendar) ev.calendar = p.end.cal;
      m.rangeEnd = ev;
      if (before(ev, value)) m.invalid = true;
    } else if (p.endDay !== undefined || p.endMonth !== undefined) {
      const ev: DateValue = { ...value, day: p.endDay ?? value.day, month: p.endMonth ?? value.month };
      if (ev.day === undefined) delete ev.day;
      delete ev.invalid;
      if (ev.day !== undefined && ev.month !== undefined && ev.day > maxDay(ev.calendar, ev.year, ev.month))
        ev.invalid = true;
      m.rangeEnd = ev;
      if (before(ev, value)) m.invalid = true;
    } else if (p.present) m.rangeEnd = { present: true };
    if (value.invalid || (m.rangeEnd && 'invalid' in m.rangeEnd && m.rangeEnd.invalid)) m.invalid = true;
    out.push(m);
    // the anchor of offsets is the last date read, explicit or not (`২৫ মার্চের রাতে … পরদিন` → 26 March)
    if (
      typeof value.year === 'number' &&
      value.era === 'CE' &&
      (value.calendar === 'gregorian' || value.calendar === 'julian') &&
      p.prec !== 'century'
    )
      ctxV = value;
    // update the discourse with explicit years
    if (
      p.year !== undefined &&
      p.rel === undefined &&
      typeof value.year === 'number' &&
      value.era === 'CE' &&
      ['day', 'month', 'season', 'year'].includes(p.prec)
    ) {
      if (value.calendar === 'bengali') ctxB = value.year;
      else if (value.calendar === 'hijri') ctxH = value.year;
      else ctxG = value.year;
    }
  }
  return out;

  /** Whether a date with its own year follows `p` within two tokens. */
  function explicitNext(p: Part): boolean {
    const next = linked[at + 1];
    return !!next && !next.weak && next.year !== undefined && next.rel === undefined && next.a <= p.b + 2;
  }

  /** The mention of part `p` with `value`: span mapped back to the source, Gregorian equivalent added. */
  function mention(
    p: Part,
    value: DateValue,
    flags: { approx: boolean; relative: boolean; recurring?: boolean },
  ): DateMention {
    const m: DateMention = { text: '', start: 0, end: 0, value, approx: flags.approx, relative: flags.relative };
    if (flags.recurring) m.recurring = true;
    const g = toGregorian(value);
    if (g) m.gregorian = g;
    const firstStart = toks.start(p.a);
    const lastTok = toks.at(p.b - 1)!;
    const endOff =
      lastTok.kind === NUM &&
      lastTok.suf &&
      !YEAR_CASE_SUFFIXES.has(lastTok.suf) &&
      !DAY_SUFFIXES.has(lastTok.suf) &&
      !YEAR_MARKERS.has(lastTok.suf) &&
      !CENTURY_ORDINAL_SUFFIXES.has(lastTok.suf) &&
      !CENTURY_NOUN.test(lastTok.suf) &&
      // `২০মে`: a month glued to its day is part of the date
      !GREGORIAN_MONTHS.has(lastTok.suf)
        ? lastTok.de
        : lastTok.e;
    m.start = norm === null ? firstStart : norm.startOf(firstStart);
    m.end = norm === null ? endOff : norm.endOf(endOff - 1);
    m.text = text.slice(m.start, m.end);
    return m;
  }
}

/**
 * Part `B` is the alternative year inside the parenthesis opened before token `k`: `(মতান্তরে ১৯০৯)`, or `(১৯৬৮?)`
 * before a year marker (`১৯৬০ (১৯৬৮?) সালে`) — not a title's year after a name (`''১৯৭৪'' (১৯৭৪)`).
 */
function altYear(r: Reader, k: number, B: Part): boolean {
  const or = OR_WORDS.has(r.word(k) ?? '');
  if (B.a !== (or ? k + 1 : k)) return false;
  const close = r.punct(B.b, ')') ? B.b : r.punct(B.b, '?') && r.punct(B.b + 1, ')') ? B.b + 1 : -1;
  return close >= 0 && (or || r.markerAt(close + 1) !== null);
}

/**
 * A day or month that comes back every year: `প্রতি বছর ১৬ ডিসেম্বর`, `প্রতিবছর ১৪ এপ্রিল`, or one the rest
 * of its sentence observes (`২৬ জানুয়ারি … জাতীয় দিবস হিসেবে পালিত হয়`).
 */
function recurringAround(r: Reader, p: Part): boolean {
  const w1 = r.word(p.a - 1);
  if (w1 !== null && (RECURRING_BEFORE.has(w1) || (YEAR_NOUN.test(w1) && RECURRING_BEFORE.has(r.word(p.a - 2) ?? ''))))
    return true;
  // a holiday's day named before it: `পাকিস্তান দিবস (মার্চ ২৩)`, `জিন্নাহর জন্মদিন (ডিসেম্বর ২৫)`
  if (r.punct(p.a - 1, '('))
    for (let k = p.a - 2; k >= 0 && k >= p.a - 4 && !r.punct(k, '।;'); k--)
      if (RECURRING_AFTER.test(r.word(k) ?? '')) return true;
  // the rest of its clause (`১৪ ডিসেম্বর … হত্যা করে; এই দিনটি এখন … দিবস হিসেবে পালিত হয়` is a past day)
  for (let k = p.b; k < r.toks.length && k < p.b + 12 && !r.punct(k, '।;'); k++) {
    const w = r.word(k);
    if (w !== null && (RECURRING_AFTER.test(w) || (p.prec === 'month' && CLIMATE_WORDS.test(w)))) return true;
  }
  // a month of the weather: `গড় তাপমাত্রা এপ্রিল মাসে সর্বোচ্চ`
  if (p.prec === 'month')
    for (let k = p.a - 1; k >= 0 && k >= p.a - 8 && !r.punct(k, '।;'); k--)
      if (CLIMATE_WORDS.test(r.word(k) ?? '')) return true;
  return false;
}
