// Ranges and coordination between neighbouring parts: `১৯৪৭–১৯৫৬`, `১১ই মার্চ থেকে ১৫ই মার্চ`,
// `নভেম্বর-ডিসেম্বর ২০১৬`, `১৯৮০ ও ১৯৯০-এর দশকে` (the first member takes the shared unit).
import {
  AND_WORDS,
  APPROX_BEFORE,
  APPROX_DOTTED,
  BETWEEN_WORDS,
  COUNT_NOUNS,
  DATE_NOUN,
  NOT_DATE_AFTER,
  NOT_DATE_BEFORE,
  OR_WORDS,
  PART_OF_BEFORE_RANGE,
  RANGE_END_WORDS,
  RANGE_WORDS,
} from './lexicon.js';
import { ORD_NUM_MAX, type Part } from './part.js';
import { DASHES, type Reader } from './reader.js';
import { NUM, PUNCT } from './tokenize.js';

/** Connective between parts: dash, থেকে/হতে, slash, ও/এবং, বা — with an optional circa word before the second part. */
export function connective(
  r: Reader,
  from: number,
  to: number,
): { kind: 'range' | 'slash' | 'and' | 'or'; approxA: boolean; approxB: boolean } | null {
  if (to <= from) return null;
  // `১০ মার্চ তারিখ থেকে`: the date noun before the connective
  if (to - from >= 2 && DATE_NOUN.test(r.word(from) ?? '')) from++;
  // `১৯৮০-এর দশকের মাঝামাঝি থেকে …`: a part of the start, before থেকে only
  let approxA = false;
  if (to - from >= 2 && PART_OF_BEFORE_RANGE.has(r.word(from) ?? '') && RANGE_WORDS.has(r.word(from + 1) ?? '')) {
    from++;
    approxA = true;
  }
  let end = to;
  let approxB = false;
  const last = r.word(end - 1);
  if (end - 1 > from && last !== null && APPROX_BEFORE.has(last)) {
    end--;
    approxB = true;
  } else if (end - 2 > from && r.punct(end - 1, '.') && APPROX_DOTTED.has(r.word(end - 2) ?? '')) {
    end -= 2;
    approxB = true;
  }
  if (end - from !== 1) return null;
  if (r.dash(from)) return { kind: 'range', approxA, approxB };
  if (r.punct(from, '/')) return { kind: 'slash', approxA, approxB };
  const w = r.word(from);
  if (w === null) return null;
  if (RANGE_WORDS.has(w)) return { kind: 'range', approxA, approxB };
  if (AND_WORDS.has(w)) return { kind: 'and', approxA, approxB };
  if (OR_WORDS.has(w)) return { kind: 'or', approxA, approxB };
  return null;
}

/** A bare number usable as a year in a bare range: `(১৯৪৭–১৯৫৬)`, `(১৮৩৫-৯৩)`, not `৮০৯৭-১৬-বিট`. */
export function plainYear(r: Reader, p: Part): boolean {
  return (
    p.weak === 'num' &&
    p.nd === 4 &&
    p.v! >= 1000 &&
    p.v! <= 2100 &&
    !NOT_DATE_BEFORE.has(r.word(p.a - 1) ?? '') &&
    !(r.punct(p.a - 1, '.') && NOT_DATE_BEFORE.has(r.word(p.a - 2) ?? ''))
  );
}
/**
 * A number alone in parentheses that a reader takes for a year (§2: years in parentheses after titles
 * and events, `শেষের কবিতা (১৯২৯)`, `প্রকাশ করেন (১৮৩০)`): 4 digits 1000–2100, or 3 digits (checked against
 * the discourse later), no suffix, not after a page/issue word (`পৃষ্ঠা (১৮৩০)`) nor before a unit or count
 * word (`(১৫০০) মিটার`). `(১৫০০ মিটার)`, `(পৃষ্ঠা ১৮৩০)` are not alone.
 */
export function parenYear(r: Reader, p: Part): boolean {
  const t = r.toks.at(p.a)!;
  if (p.b !== p.a + 1 || t.kind !== NUM || t.suf || !r.punct(p.a - 1, '(') || !r.punct(p.b, ')')) return false;
  if (!(t.nd === 4 ? t.v >= 1000 && t.v <= 2100 : t.nd === 3 && t.v >= 100)) return false;
  const w = r.word(p.a - 2) ?? (r.punct(p.a - 2, '.') ? r.word(p.a - 3) : null);
  if (w !== null && NOT_DATE_BEFORE.has(w)) return false;
  return !NOT_DATE_AFTER.test(r.word(p.b + 1) ?? '');
}
export const PAREN3_SPAN = 300;

export function freeAfter(r: Reader, k: number): boolean {
  const t = r.toks.at(k);
  if (!t) return true;
  if (t.kind === NUM) return false;
  if (t.kind === PUNCT) return !(DASHES.has(t.t) && r.toks.kindAt(k + 1) === NUM && r.glued(k, k + 1)) && t.t !== '%';
  return !NOT_DATE_AFTER.test(r.word(k)!);
}

/** `(৪৭৬–৫৫০)`, `(আনু. ৪৭৬–৫৫০)`: three-digit years of a lifespan, alone in parentheses after a name. */
function lifespan(r: Reader, A: Part, B: Part): boolean {
  if (A.nd !== 3 || (B.nd !== 3 && B.nd !== 4) || !r.dash(A.b) || !r.punct(B.b, ')')) return false;
  const open = r.punct(A.a - 1, '(')
    ? A.a - 1
    : r.word(A.a - 1) !== null && APPROX_BEFORE.has(r.word(A.a - 1)!)
      ? r.punct(A.a - 2, '(')
        ? A.a - 2
        : r.punct(A.a - 2, '.') && r.punct(A.a - 3, '(')
          ? A.a - 3
          : -1
      : r.punct(A.a - 1, '.') && APPROX_DOTTED.has(r.word(A.a - 2) ?? '') && r.punct(A.a - 3, '(')
        ? A.a - 3
        : -1;
  return open >= 0 && B.v! > A.v! && B.v! - A.v! <= 120;
}

const UNIT_RANK: Readonly<Record<string, number>> = { day: 0, month: 1, season: 1, year: 2, decade: 3, century: 4 };

/** Two parts of different units that a থেকে range may join: explicit, non-relative, each with its own year. */
function spanUnits(A: Part, B: Part): boolean {
  if (A.rel !== undefined || B.rel !== undefined || A.lone || B.lone) return false;
  const known = (p: Part) => typeof p.year === 'number' || p.prec === 'century' || p.decade2 !== undefined;
  return UNIT_RANK[A.prec] !== undefined && UNIT_RANK[B.prec] !== undefined && known(A) && known(B);
}

/** The bare number `A` becomes a day of day-date `B`'s month and year: `১২` of `১২ ও ১৩ মার্চ ২০১৫`, `৭-২১ মার্চ`. */
function dayOf(A: Part, B: Part): void {
  Object.assign(A, {
    weak: undefined,
    prec: 'day',
    day: A.v,
    month: B.month,
    year: B.year,
    nd: B.nd,
    cal: B.cal,
    era: B.era,
  });
}

/** Two-digit range end `১৮৩৫-৯৩` → 1893; null if it would not come after the start (`2018-10`). */
export function shortEnd(start: number, yy: number): number | null {
  const end = Math.floor(start / 100) * 100 + yy;
  return end > start ? end : null;
}

/** Tries to make `A conn B` one expression; returns the merged start part or null. Mutates the parts. */
export function link(r: Reader, A: Part, B: Part, kind: 'range' | 'slash' | 'and' | 'or'): Part | null {
  const wa = A.weak;
  const wb = B.weak;
  if (kind === 'range' || kind === 'slash') {
    if (kind === 'slash' && !(A.prec === 'month' && B.prec === 'month')) {
      // উনবিংশ/বিংশ শতাব্দী, ১৯/২০ শতকে: two centuries, the first taking the unit of the second
      if ((A.weak === 'ord' || A.weak === 'num') && B.prec === 'century' && !B.weak) return link(r, A, B, 'and');
      return null;
    }
    if (wa && !wb) {
      if (wa === 'month' && (B.prec === 'month' || B.prec === 'day') && B.month !== undefined && A.cal === B.cal) {
        // নভেম্বর-ডিসেম্বর ২০১৬
        Object.assign(A, { weak: undefined, year: B.year, era: B.era });
        // a range across new year starts a year earlier: the year before 44 BCE is 45 BCE
        if (typeof B.year === 'number' && A.month! > B.month) A.year = B.era === 'BCE' ? B.year + 1 : B.year - 1;
      } else if (
        B.prec === 'century' &&
        (wa === 'num' || wa === 'ord') &&
        A.v! >= 1 &&
        A.v! <= ORD_NUM_MAX &&
        (A.nd ?? 0) <= 2
      ) {
        Object.assign(A, { weak: undefined, prec: 'century', era: A.era ?? B.era }); // ১৬ থেকে ২০ শতকের
        B.era ??= A.era;
      } else if (B.prec === 'decade' && wa === 'num' && (A.nd === 4 || (A.nd === 2 && B.decade2 !== undefined))) {
        // ১৯৬০-৭০ এর দশকে, ১৯০০ থেকে ১৯৩০-এর দশক, ৬০-৭০ এর দশকে: the start takes the end's unit (and century)
        Object.assign(A, { weak: undefined, prec: 'decade', era: B.era, cal: B.cal });
        if (A.nd === 2) A.decade2 = A.v;
        else A.year = Math.floor(A.v! / 10) * 10;
        if (A.nd === 4 && B.decade2 !== undefined) {
          const e = shortEnd(A.year!, B.decade2);
          if (e === null) return null;
          Object.assign(B, { year: e, decade2: undefined });
        }
      } else if (
        (B.prec === 'day' || B.prec === 'month') &&
        wa === 'num' &&
        A.nd === 4 &&
        typeof B.year === 'number' &&
        plainYear(r, A) &&
        A.v! < B.year &&
        B.year - A.v! <= 150
      ) {
        // a lifespan from a year to a day: ১৪৬০ – ২৪ ডিসেম্বর ১৫২৪, [[১৪৫১]]-[[মে ২০]], [[১৫০৬]]
        Object.assign(A, { weak: undefined, prec: 'year', year: A.v, era: B.era, cal: B.cal });
      } else if (B.prec === 'day' && wa === 'num' && A.nd! <= 2 && A.v! >= 1 && A.v! <= 31) {
        dayOf(A, B);
      } else if (
        B.prec === 'year' &&
        typeof B.year === 'number' &&
        wa === 'num' &&
        (A.nd! >= 3 ||
          A.era ||
          (B.era === 'BCE' && A.v! > B.year) ||
          (B.era === 'CE' && A.nd === B.nd && A.v! < B.year))
      ) {
        // ১৩৯১ থেকে ১৫৩৪ সাল; ২৭৬–১৯৪ খ্রিস্টপূর্ব; ৯৫ থেকে ৬৫ খ্রিস্টপূর্বাব্দ; ৭৭-৭৯ খ্রিষ্টাব্দে; ১৯৩৬-৩৭ সালে
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
        Object.assign(B, {
          weak: undefined,
          prec: 'day',
          day: B.v,
          month: A.month,
          year: A.year,
          cal: A.cal,
          era: A.era,
        });
        if (DATE_NOUN.test(r.word(B.b) ?? '')) B.b++;
      } else if (wb === 'num' && A.prec === 'year' && typeof A.year === 'number' && A.era === 'BCE' && !A.rel) {
        // খ্রি.পূ. ২৮৭-২১২, খৃষ্টপূর্ব ১০৬ - ৪৩: BCE years count down, the end is written in full
        if (!(B.v! < A.year) || !freeAfter(r, B.b)) return null;
        Object.assign(B, { weak: undefined, year: B.v, era: 'BCE', cal: A.cal });
      } else if (wb === 'num' && A.prec === 'year' && typeof A.year === 'number' && A.nd === 4 && !A.rel) {
        const e = B.nd === 2 ? shortEnd(A.year, B.v!) : B.nd === 4 && Math.abs(B.v! - A.year) <= 300 ? B.v! : null;
        if (e === null || !freeAfter(r, B.b)) return null;
        Object.assign(B, { weak: undefined, year: e, era: A.era, cal: A.cal });
      } else if (
        wb === 'num' &&
        (A.prec === 'day' || A.prec === 'month' || A.prec === 'decade') &&
        typeof A.year === 'number' &&
        !A.rel &&
        plainYear(r, B)
      ) {
        // ১৭ জুন, ১৮৮২ - ১৯৬১; অক্টোবর ২০০৬-২০০৮; ১৮০০-এর দশক থেকে ১৯৬৫: the end is a year
        if (!(B.v! >= A.year && B.v! - A.year <= 300) || !freeAfter(r, B.b)) return null;
        Object.assign(B, { weak: undefined, prec: 'year', year: B.v, era: A.era, cal: A.cal });
      } else if (wb === 'month' && A.prec === 'month' && A.cal === B.cal) {
        Object.assign(B, { weak: undefined, year: A.year, era: A.era }); // ২০১৬ সালের নভেম্বর-ডিসেম্বরে
      } else return null;
    } else if (wa && wb) {
      if (wa === 'num' && wb === 'num' && lifespan(r, A, B)) {
        // (আনু. ৪৭৬–৫৫০): an early lifespan in parentheses
        Object.assign(A, { weak: undefined, year: A.v });
        Object.assign(B, { weak: undefined, year: B.v });
      } else if (
        wa === 'num' &&
        wb === 'num' &&
        plainYear(r, A) &&
        freeAfter(r, B.b) &&
        !(r.dash(A.a - 1) && r.glued(A.a - 1, A.a))
      ) {
        // a span of centuries needs its end word or parentheses of its own: `১১৫৩ থেকে ১৯৫৩ অবধি`, `সাম্রাজ্য (১৫২৭-১৯১৮)`
        const own =
          RANGE_END_WORDS.has(r.word(B.b) ?? '') || (r.punct(A.a - 1, '(') && r.punct(B.b, ')') && B.v! > A.v!);
        const span = own ? 1000 : 300;
        const e =
          B.nd === 2 ? shortEnd(A.v!, B.v!) : B.nd === 4 && B.v! >= 1000 && Math.abs(B.v! - A.v!) <= span ? B.v! : null;
        if (e === null) return null;
        // থেকে needs an end: পর্যন্ত/অবধি (১৯৯৯ থেকে ২০০৮ পর্যন্ত), nothing but punctuation ((১৮৩৫ থেকে ১৯০৪)), or a
        // full year followed by a word that does not count or measure (`১৯৫৯ থেকে ১৯৬১ সময়কালে`, not `… ১৯৬১ জন`)
        const after = r.toks.at(B.b);
        const word = r.word(B.b);
        if (
          !r.dash(A.b) &&
          r.word(A.b) !== 'to' &&
          !RANGE_END_WORDS.has(word ?? '') &&
          !(!after || (after.kind === PUNCT && !DASHES.has(after.t)) || AND_WORDS.has(word ?? '')) &&
          !(B.nd === 4 && word !== null && !NOT_DATE_AFTER.test(word) && !COUNT_NOUNS.test(word))
        )
          return null;
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
      // two full dates: ২৪ মে ১৮৯৯ – ২৯ আগস্ট ১৯৭৬; ১১ই মার্চ থেকে ১৫ই মার্চ; with থেকে/হতে any two units
      // (`খ্রিস্টপূর্ব ৩৫০০ অব্দ থেকে বিংশ শতাব্দীর`, `১৯৯০-এর দশক থেকে ২০০৫ সাল পর্যন্ত`)
      const worded = RANGE_WORDS.has(r.word(A.b) ?? '');
      if (A.prec !== B.prec && !(A.prec === 'day' && B.prec === 'month') && !(worded && spanUnits(A, B))) return null;
      // একই বছরের ১৮ জুলাই থেকে ২৩ অক্টোবর: the end shares the start's relative year
      if (
        A.rel !== undefined &&
        B.rel === undefined &&
        B.year === undefined &&
        (B.prec === 'day' || B.prec === 'month')
      )
        B.rel = A.rel;
      else if (A.rel !== undefined || B.rel !== undefined) return null;
      if (B.nd === 2 && A.nd === 4 && A.prec === 'year' && typeof A.year === 'number' && typeof B.year === 'number') {
        const e = shortEnd(A.year, B.year);
        if (e === null) return null;
        B.year = e;
      }
      if (A.year === undefined && B.year !== undefined) Object.assign(A, { year: B.year, nd: B.nd });
      if (A.prec === 'day' && A.month === undefined) A.month = B.month;
      if (B.year === undefined && A.year !== undefined && B.prec !== 'century' && B.prec !== 'decade') B.year = A.year;
      if (!A.era && B.era) A.era = B.era;
      // a different unit after থেকে names its own era: `খ্রিস্টপূর্ব ৩৫০০ অব্দ থেকে বিংশ শতাব্দীর` ends in the CE
      if (!B.era && A.era && B.cal === A.cal && A.prec === B.prec) B.era = A.era;
      if (!A.cal && B.cal) A.cal = B.cal;
      if (!B.cal && A.cal) B.cal = A.cal;
    }
    // a season range's own end gives way to the next one's: ১৯৮৯/৯০ - ২০০৬/০৭ → 1989–2007
    A.end = B.end ?? B;
    A.b = B.b;
    return A;
  }
  // coordination
  if (
    wa === 'num' &&
    !wb &&
    (kind === 'and' || kind === 'or') &&
    B.prec === 'day' &&
    A.nd! <= 2 &&
    A.v! >= 1 &&
    A.v! <= 31 &&
    A.v! < B.day!
  ) {
    // ১২ ও ১৩ মার্চ ২০১৫: the first day takes the month and year of the second (২২ বা ২৩ সেপ্টেম্বর: either)
    if (kind === 'or') A.approx = B.approx = true;
    dayOf(A, B);
    return null;
  }
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
  if (
    wa === 'month' &&
    (!wb || (wb === 'month' && B.lone)) &&
    (B.prec === 'month' || B.prec === 'day') &&
    A.cal === B.cal &&
    (kind === 'and' || kind === 'or')
  ) {
    // আগস্ট বা সেপ্টেম্বর ১৫৭৮, জুন ও জুলাই ১৯৭১, জুন ও ১৫ জুলাই ১৯৭১: the first month takes the second's year;
    // জুন ও জুলাই মাসে: both months of the narrative's year
    Object.assign(A, { weak: undefined, year: B.year, era: B.era, rel: B.rel, lone: B.lone });
    if (kind === 'or') A.approx = B.approx = true;
    return null;
  }
  if (!wa && wb === 'month' && (A.prec === 'month' || A.prec === 'day') && A.cal === B.cal) {
    // ১৩১৯ বঙ্গাব্দের ফাল্গুন ও চৈত্র্য; ১৬১০ খ্রিস্টাব্দের সেপ্টেম্বর বা অক্টোবর
    Object.assign(B, { weak: undefined, prec: 'month', year: A.year, era: A.era, relative: true });
    if (kind === 'or') A.approx = B.approx = true;
    return null;
  }
  // `জুলাই ১৯৮৫ এবং জুলাই ১৯৯০ এর মধ্যে`: "between" two full dates of one unit makes one range
  if (!wa && !wb && kind === 'and' && A.prec === B.prec && !A.rel && !B.rel && BETWEEN_WORDS.has(r.word(B.b) ?? '')) {
    if (typeof A.year === 'number' && typeof B.year === 'number' && B.year > A.year && A.era === B.era) {
      A.end = B;
      A.b = B.b;
      return A;
    }
  }
  if (!wa && !wb && kind === 'or') A.approx = B.approx = true;
  return null;
}
