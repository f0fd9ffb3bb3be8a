// The token reader: small readers over the tokens of one text, each reading one construct at a token
// index: a day (`২১শে`), a month (`জানুয়ারিতে`), a year marker (`সালের`, `খ্রি.পূ.`), a year (`১৯৪৭-এ`).
import { canon } from './canon.js';
import {
  COUNT_AFTER_PARTICLE,
  SPACED_CASE,
  BENGALI_MONTHS,
  BENGALI_PREFIXES,
  DAY_SUFFIXES,
  DAY_WORDS,
  ERA_PREFIXES,
  GREGORIAN_MONTH_ABBREVIATIONS,
  GREGORIAN_MONTHS,
  HIJRI_MONTHS,
  RANGE_WORDS,
  STYLE_MARKERS,
  YEAR_CASE_SUFFIXES,
  YEAR_MARKERS,
  type YearMarker,
} from './lexicon.js';
import { PUNCT, type Token, type Tokens } from './tokenize.js';
import type { Calendar, Era } from './types.js';

export const DASHES = new Set(['-', '–', '—', '‒', '―', '~', '‐', '‑', '−']);
export const CE_ABBR = new Set(['খ্রি', 'খ্রী', 'খৃ', 'খ্রিঃ', 'খ্রীঃ', 'খৃঃ', 'খ্রিস্ট', 'খ্রিষ্ট', 'খ্রীস্ট'].map(canon));
export const BCE_TAIL = new Set(['পূ', 'পূঃ', 'পূর্ব'].map(canon));
/** First words of the two-word Hijri months (`রবিউল` of `রবিউল আউয়াল`): only after one is a second word read. */
const HIJRI_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...HIJRI_MONTHS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!),
);

/** Scanner state over one text: tokens plus small readers, each reading one construct at a token index. */
export class Reader {
  /** The copy the tokens index. */
  readonly src: string;
  constructor(readonly toks: Tokens) {
    this.src = toks.src;
  }

  word(i: number): string | null {
    return this.toks.word(i);
  }
  punct(i: number, chars?: string): boolean {
    return this.toks.kindAt(i) === PUNCT && (chars === undefined || chars.includes(this.src[this.toks.start(i)]!));
  }
  dash(i: number): boolean {
    return this.toks.kindAt(i) === PUNCT && DASHES.has(this.src[this.toks.start(i)]!);
  }
  /** Token `j` starts right where `i` ends (no space): `২৭/০৭`, `খ্রি.`. */
  glued(i: number, j: number): boolean {
    const toks = this.toks;
    return toks.kindAt(i) >= 0 && toks.kindAt(j) >= 0 && toks.end(i) === toks.start(j);
  }
  num(i: number): Token | null {
    const t = this.toks.num(i);
    return t && !t.bad ? t : null;
  }

  // ১লা, ২রা, ৫ই, ২১শে, ২০ই; পহেলা, সাতই
  dayAt(i: number): { day: number; next: number } | null {
    const t = this.num(i);
    if (t) {
      if (t.nd > 2 || t.v < 1 || t.v > 31 || !DAY_SUFFIXES.has(t.suf)) return null;
      // `১১ ই জানুয়ারী`: the suffix written apart, a month after it
      const w = t.suf ? null : this.word(i + 1);
      if (w !== null && w !== '' && DAY_SUFFIXES.has(w) && this.monthAt(i + 2, true)) return { day: t.v, next: i + 2 };
      return { day: t.v, next: i + 1 };
    }
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
    const w2 = HIJRI_FIRST_WORDS.has(w) ? this.word(i + 1) : null;
    if (w2 !== null && (m = HIJRI_MONTHS.get(w + ' ' + w2)) !== undefined)
      return { month: m, cal: 'hijri', next: i + 2 };
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

  /** `খ্রিস্টপূর্ব ৩,০০০ অব্দে`: thousands set off by a comma make one year, but only before a year marker. */
  groupedYear(
    i: number,
  ): { year: number; nd: number; next: number; kind: 'marker' | 'plain'; gen: boolean; m?: YearMarker } | null {
    if (!this.punct(i + 1, ',')) return null; // (most numbers: no lookups)
    // (grouped digits are `bad` numbers: `num()` refuses them, so they are read from the tokens here)
    const t = this.toks.num(i);
    const u = this.toks.num(i + 2);
    if (!t || t.suf || t.nd > 2 || !u || u.nd !== 3) return null;
    if (!this.glued(i, i + 1) || !this.glued(i + 1, i + 2)) return null;
    const year = t.v * 1000 + u.v;
    const m = u.suf ? YEAR_MARKERS.get(u.suf) : undefined;
    if (m) return { year, nd: t.nd + 3, next: i + 3, kind: 'marker', gen: m.genitive, m };
    if (u.suf) return null;
    if (this.markerAt(i + 3)) return { year, nd: t.nd + 3, next: i + 3, kind: 'plain', gen: false };
    // the start of a range whose end is one: `৫০,০০০-১৩,০০০ খ্রিস্টপূর্বাব্দ`, `২০,০০০ থেকে ১৮,০০০ খ্রিস্টপূর্বাব্দের`
    const joint = this.dash(i + 3) || RANGE_WORDS.has(this.word(i + 3) ?? '');
    return joint && this.groupedYear(i + 4) !== null
      ? { year, nd: t.nd + 3, next: i + 3, kind: 'plain', gen: false }
      : null;
  }

  /** A year number: `১৯৭১`, `১৯৪৭-এ` (case), `১৬৫৯খৃঃ` (glued marker), `2022`, `৩,০০০` before a marker. */
  yearAt(
    i: number,
    minDigits: number,
  ): {
    year: number;
    nd: number;
    next: number;
    kind: 'plain' | 'case' | 'marker';
    gen: boolean;
    m?: YearMarker;
  } | null {
    const grouped = this.groupedYear(i);
    if (grouped) return grouped;
    const t = this.num(i);
    if (!t || t.nd < minDigits || t.nd > 4) return null;
    if (!t.suf) {
      // `১৯৬৯ এ`, `১৯০৭ এর` (case ending written apart), not `৫০০০ এর বেশি`
      const w = this.word(i + 1);
      const gen = w === null ? undefined : SPACED_CASE.get(w);
      if (
        gen !== undefined &&
        t.nd === 4 &&
        t.v >= 1000 &&
        t.v <= 2100 &&
        !COUNT_AFTER_PARTICLE.has(this.word(i + 2) ?? '')
      )
        return { year: t.v, nd: t.nd, next: i + 2, kind: 'case', gen };
      return { year: t.v, nd: t.nd, next: i + 1, kind: 'plain', gen: false };
    }
    // `৫০০০-এরও বেশি দ্বীপ`: a case ending before a comparison marks a count
    if (YEAR_CASE_SUFFIXES.has(t.suf))
      return COUNT_AFTER_PARTICLE.has(this.word(i + 1) ?? '')
        ? null
        : { year: t.v, nd: t.nd, next: i + 1, kind: 'case', gen: t.suf.endsWith(RA) || t.suf.endsWith(RA_O) };
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
export const GENITIVE_E = canon('ের');
const CE_ABBR_KHRI2 = canon('খ্রী');
const CE_ABBR_KHR = canon('খৃ');
