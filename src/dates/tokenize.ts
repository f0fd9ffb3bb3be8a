// Tokens of the matching copy: numbers (with the letters glued after them), words and punctuation.
// `১৯৮২-এ` → NUM 1982 suffix `এ`; `১৬৫৯খৃঃ` → NUM 1659 suffix `খৃঃ`; `খ্রি.` → WORD `খ্রি` + PUNCT `.`.

import { digitValue } from './digits.js';
import { GREGORIAN_MONTHS } from './lexicon.js';

export const NUM = 0;
export const WORD = 1;
export const PUNCT = 2;

export interface Token {
  kind: typeof NUM | typeof WORD | typeof PUNCT;
  /** Copy offsets `[s, e)`; for numbers `de` is the end of the digits (before any suffix). */
  s: number;
  e: number;
  de: number;
  /**
   * Word text, suffix-less digits, or the punctuation character. Word text is left `''` here and cut
   * from the copy on first use (`wordText`): most words are never looked at.
   */
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

/** Splits the copy into tokens in one pass. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
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
        if (DETACHED.has(suf) || (k > de && s.charCodeAt(de) === 0x2d && GREGORIAN_MONTHS.has(suf))) {
          suf = '';
          i = de;
        }
      }
      const prev = st > 0 ? s.charCodeAt(st - 1) : 0;
      const next = s.charCodeAt(de);
      // `২৮৭,৪৩২`, `১.৬৯`, `৩:১৮` are one number; `৪,১৯৯৭` is a day then a year
      // glued to a word before it (`এমপি৩`, `TK7`); a four-digit year after a Bengali word is a typo (`তিনি১৯৩৮`)
      const glued =
        (isLetter(prev) && !(de - st === 4 && prev >= 0x0980 && prev <= 0x09ff)) ||
        (st > 1 &&
          ((prev === 0x2c && de - st === 3) || prev === 0x2e || prev === 0x3a) &&
          digitValue(s.charCodeAt(st - 2)) >= 0);
      const grouped =
        !suf &&
        ((next === 0x2c && threeDigits(s, de + 1)) ||
          ((next === 0x2e || next === 0x3a) && digitValue(s.charCodeAt(de + 1)) >= 0));
      out.push({ kind: NUM, s: st, e: i, de, t: s.slice(st, de), v, nd: de - st, suf, bad: glued || grouped });
      continue;
    }
    if (LETTER[c] === 1) {
      const st = i;
      while (++i < n && LETTER[s.charCodeAt(i)] === 1);
      out.push({ kind: WORD, s: st, e: i, de: i, t: '', v: 0, nd: 0, suf: '', bad: false });
      continue;
    }
    out.push({ kind: PUNCT, s: i, e: i + 1, de: i + 1, t: s[i]!, v: 0, nd: 0, suf: '', bad: false });
    i++;
  }
  return out;
}

/** Text of WORD token `t` of copy `s`, cut once and kept on the token. */
export function wordText(t: Token, s: string): string {
  return t.t === '' ? (t.t = s.slice(t.s, t.e)) : t.t;
}
