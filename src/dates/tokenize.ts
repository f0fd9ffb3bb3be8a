// Tokens of the matching copy: numbers (with the letters glued after them), words and punctuation.
// `১৯৮২-এ` → NUM 1982 suffix `এ`; `১৬৫৯খৃঃ` → NUM 1659 suffix `খৃঃ`; `খ্রি.` → WORD `খ্রি` + PUNCT `.`.
// Kept compactly (`Tokens`): kinds and offsets in one Int32Array cut from a shared block, objects only for numbers.

import { digitValue } from './digits.js';
import { BCE_BEFORE_YEAR, GREGORIAN_MONTHS } from './lexicon.js';
import { int32s } from '../int32-blocks.js';

export const NUM = 0;
export const WORD = 1;
export const PUNCT = 2;

export interface Token {
  kind: typeof NUM | typeof WORD | typeof PUNCT;
  /** Copy offsets `[s, e)`; for numbers `de` is the end of the digits (before any suffix). */
  s: number;
  e: number;
  de: number;
  /** Suffix-less digits, the punctuation character, or `''` for a word (`Reader.word` cuts its text). */
  t: string;
  /** NUM: value, digit count, glued suffix (`ই`, `এর`, `খৃঃ`), whether the suffix followed `-`/`'`. */
  v: number;
  nd: number;
  suf: string;
  /** NUM glued to a letter before it (`এমপি৩`, `TK7`) or part of `২৮৭,৪৩২` / `১.৬৯` / `৩:১৮`: not a date number. */
  bad: boolean;
}

/** Words that follow a number without a space but are not its suffix: `২০১৯-বর্তমান`, `১৯৫৭থেকে` (and a month after a hyphen: `১৪৫১-মে ২০`). */
const DETACHED: ReadonlySet<string> = new Set(['বর্তমান', 'বর্তমানে', 'থেকে', 'থেকেই', 'হতে', 'পর্যন্ত', 'present']);

/** Bengali letters and signs (U+0980–U+09FF minus digits) and ASCII letters. */
export function isLetter(c: number): boolean {
  return LETTER[c] === 1;
}
/**
 * `isLetter` as a table over the BMP (code units beyond it are never letters). The letter loops of
 * `tokenize` read it directly: a call per code unit cost more than the lookup itself (`tokenize` ran
 * about 1.7× slower through `isLetter`).
 */
const LETTER = new Uint8Array(0x10000);
for (let c = 0x0980; c <= 0x09ff; c++) if (!(c >= 0x09e6 && c <= 0x09ef)) LETTER[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) LETTER[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) LETTER[c] = 1;
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}
/** Whether `s` holds exactly three digits at `k` and no fourth: the tail of `২৮৭,৪৩২`, not of `৪,১৯৯৭`. */
function threeDigits(s: string, k: number): boolean {
  return (
    digitValue(s.charCodeAt(k)) >= 0 &&
    digitValue(s.charCodeAt(k + 1)) >= 0 &&
    digitValue(s.charCodeAt(k + 2)) >= 0 &&
    !(digitValue(s.charCodeAt(k + 3)) >= 0)
  );
}

/** How many word texts `Tokens.word` keeps. */
const WORD_SLOTS = 16;

/**
 * The tokens of one copy, as `Token[]` would hold them, kept compactly: the kind and offsets of every
 * token in one Int32Array, and a `Token` object only for numbers (made while tokenizing). Words and
 * punctuation — nearly all tokens, `তিনি ঢাকায় যান।` — get an object only when `at` is asked for one.
 */
export class Tokens {
  /** Number of tokens. */
  length = 0;
  /** Kind, start and end of token `i` at `3i`, `3i + 1`, `3i + 2` (cut from a shared block: `int32s`). */
  private data: Int32Array;
  /** The number tokens, by token index. */
  private readonly nums = new Map<number, Token>();
  /** Word texts cut lately, in slot `i % WORD_SLOTS` with their token index: readers look at a few words around one place many times. */
  private readonly cutAt: number[] = new Array<number>(WORD_SLOTS).fill(-1);
  private readonly cut: string[] = new Array<string>(WORD_SLOTS).fill('');

  /** `src`: the copy the offsets index. */
  constructor(readonly src: string) {
    this.data = int32s(3 * (4 + (src.length >> 2)));
  }

  /** Kind of token `i`, or -1 outside the tokens (`i` may be negative). */
  kindAt(i: number): number {
    return i >= 0 && i < this.length ? this.data[3 * i]! : -1;
  }
  /** Copy offset where token `i` starts. */
  start(i: number): number {
    return this.data[3 * i + 1]!;
  }
  /** Copy offset where token `i` ends. */
  end(i: number): number {
    return this.data[3 * i + 2]!;
  }
  /** Token `i` as an object (a fresh one for a word or punctuation), or undefined outside the tokens. */
  at(i: number): Token | undefined {
    const kind = this.kindAt(i);
    if (kind === NUM) return this.nums.get(i);
    if (kind < 0) return undefined;
    const s = this.start(i);
    const e = this.end(i);
    return {
      kind: kind as typeof WORD | typeof PUNCT,
      s,
      e,
      de: e,
      t: kind === PUNCT ? this.src[s]! : '',
      v: 0,
      nd: 0,
      suf: '',
      bad: false,
    };
  }
  /** Text of word token `i` (`জানুয়ারি`), or null when token `i` is not a word. */
  word(i: number): string | null {
    if (this.kindAt(i) !== WORD) return null;
    const slot = i % WORD_SLOTS;
    if (this.cutAt[slot] !== i) {
      this.cut[slot] = this.src.slice(this.start(i), this.end(i));
      this.cutAt[slot] = i;
    }
    return this.cut[slot]!;
  }
  /** The number token `i`, or undefined when token `i` is not a number. */
  num(i: number): Token | undefined {
    return this.kindAt(i) === NUM ? this.nums.get(i) : undefined;
  }

  /** Appends a token of `kind` at copy offsets `[s, e)`. */
  push(kind: number, s: number, e: number): void {
    if (3 * this.length === this.data.length) {
      const more = int32s(2 * this.data.length);
      more.set(this.data);
      this.data = more;
    }
    this.data[3 * this.length] = kind;
    this.data[3 * this.length + 1] = s;
    this.data[3 * this.length + 2] = e;
    this.length++;
  }
  /** Appends number token `t`. */
  pushNum(t: Token): void {
    this.nums.set(this.length, t);
    this.push(NUM, t.s, t.e);
  }
}

/** The letters right before offset `st` follow a digit: `এইচ২এ|২০২২` (a code), not `তিনি|১৯৩৮`. */
function codeBefore(s: string, st: number): boolean {
  let k = st - 1;
  while (k >= 0 && isLetter(s.charCodeAt(k))) k--;
  return k >= 0 && digitValue(s.charCodeAt(k)) >= 0;
}

/** Splits the copy into tokens in one pass. */
export function tokenize(s: string): Tokens {
  const out = new Tokens(s);
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (digitValue(c) >= 0) {
      const st = i;
      let v = 0;
      while (i < n && digitValue(s.charCodeAt(i)) >= 0) v = v * 10 + digitValue(s.charCodeAt(i++));
      const de = i;
      let suf = '';
      let k = i;
      const h = s.charCodeAt(k);
      if ((h === 0x2d || h === 0x27 || h === 0x2019) && LETTER[s.charCodeAt(k + 1)] === 1) k++;
      if (LETTER[s.charCodeAt(k)] === 1) {
        const ls = k;
        while (++k < n && LETTER[s.charCodeAt(k)] === 1);
        suf = s.slice(ls, k);
        i = k;
        // `২০১৯-বর্তমান`, `১৯৫৭থেকে`: a word, not a case ending, follows the number
        // `খ্রিস্টপূর্ব ৫০০-খ্রিস্টপূর্ব ৪২৮`: a dash, then the era of the year that follows
        const dashed = k > de && s.charCodeAt(de) === 0x2d;
        if (
          DETACHED.has(suf) ||
          (dashed && GREGORIAN_MONTHS.has(suf)) ||
          (dashed && BCE_BEFORE_YEAR.has(suf) && digitValue(s.charCodeAt(k + 1)) >= 0 && isSpace(s.charCodeAt(k)))
        ) {
          suf = '';
          i = de;
        }
      }
      const prev = st > 0 ? s.charCodeAt(st - 1) : 0;
      const next = s.charCodeAt(de);
      // `২৮৭,৪৩২`, `১.৬৯`, `৩:১৮` are one number; `৪,১৯৯৭` is a day then a year
      // glued to a word before it (`এমপি৩`, `TK7`); a four-digit year after a Bengali word is a typo (`তিনি১৯৩৮`),
      // unless that word is itself glued to digits: a model or code (`এইচ২এ২০২২`)
      const glued =
        (isLetter(prev) && !(de - st === 4 && prev >= 0x0980 && prev <= 0x09ff && !codeBefore(s, st))) ||
        (st > 1 &&
          ((prev === 0x2c && de - st === 3) || prev === 0x2e || prev === 0x3a) &&
          digitValue(s.charCodeAt(st - 2)) >= 0);
      const grouped =
        !suf &&
        ((next === 0x2c && threeDigits(s, de + 1)) ||
          ((next === 0x2e || next === 0x3a) && digitValue(s.charCodeAt(de + 1)) >= 0));
      out.pushNum({ kind: NUM, s: st, e: i, de, t: s.slice(st, de), v, nd: de - st, suf, bad: glued || grouped });
      continue;
    }
    if (LETTER[c] === 1) {
      const st = i;
      while (++i < n && LETTER[s.charCodeAt(i)] === 1);
      out.push(WORD, st, i);
      continue;
    }
    out.push(PUNCT, i, i + 1);
    i++;
  }
  return out;
}
