// The cheap test run before any tokenising: does the text hold a digit or a word that can start a date
// (`জানুয়ারি`, `খ্রিস্টপূর্ব`, `উনিশ`, `পরের`)? `তিনি ঢাকায় থাকেন` → false, nothing more is done.
import { canon } from './canon.js';
import { NUMBER_WORDS } from './number-words.js';
import { CE_ABBR } from './reader.js';
import {
  BENGALI_MONTHS,
  BENGALI_PREFIXES,
  CENTURY_WORDS,
  DAY_WORDS,
  DECADE_WORDS,
  ERA_PREFIXES,
  GREGORIAN_MONTH_ABBREVIATIONS,
  GREGORIAN_MONTHS,
  HIJRI_MONTHS,
  RELATIVE_YEAR_WORDS,
} from './lexicon.js';
import { isLetter } from './tokenize.js';
import { WordFilter } from './word-filter.js';

/** Number words that can begin a date: `তিন` (দিন পর), `উনিশশো`, `একাত্তরের`, `পরদিন`, `এই` (শতকে). */
const NUMBER_STARTERS: string[] = [
  ...[...NUMBER_WORDS.keys()].flatMap((w) =>
    ['', 'ের', 'য়ের', 'এর', 'র', 'ে', 'য়ে', 'এ', 'তে', 'শো', 'শ'].map((e) => canon(w + e)),
  ),
  ...['পরদিন', 'পরেরদিন', 'পরদিনই', 'এই', 'এ'].map(canon),
  // a count glued to its unit: `একবছর` (পর), `দুইমাস` (পরে)
  ...[...NUMBER_WORDS]
    .filter(([, n]) => n <= 60)
    .flatMap(([w]) => ['দিন', 'সপ্তাহ', 'মাস', 'বছর'].map((u) => canon(w + u))),
];

/**
 * Common words that start a date only before a unit, a year marker or a decade/century noun
 * (`তিন দিন পর`, `দুই হাজার বারো সালে`, `এই শতকে`): elsewhere (`এই বই`, `দুই ভাই`) no reader is tried.
 */
const WEAK_STARTERS: ReadonlySet<string> = new Set([...NUMBER_WORDS.keys(), ...['এই', 'এ'].map(canon)]);
const CENTURY_NEXT = new RegExp('^' + canon('(?:শতক|শতাব্দী|শতাব্দি)'), 'u');
const WEAK_NEXT = new RegExp('^' + canon('(?:দিন|সপ্তাহ|মাস|বছর|বৎসর|সাল|সন|শো|শ|হাজার|দশক|শতক|শতাব্দী|শতাব্দি)'), 'u');

/** Whether the word at token `i` may start a date: not a weak starter (`এই`, `তিন`), or one followed by what could make it a date. */
export function weakStarterOk(r: { word(i: number): string | null }, i: number): boolean {
  if (!WEAK_STARTERS.has(r.word(i)!)) return true;
  const next = r.word(i + 1);
  if (next !== null && WEAK_NEXT.test(next)) return true;
  // `আঠারো-উনিশ শতকের`, `আঠারো ও উনিশ শতকে`: the first of two centuries
  const third = r.word(i + 3);
  return third !== null && CENTURY_NEXT.test(third);
}

/** Words that can begin a date expression; every other word is skipped without trying the forms. */
export const STARTERS: ReadonlySet<string> = new Set([
  ...GREGORIAN_MONTHS.keys(),
  ...GREGORIAN_MONTH_ABBREVIATIONS.keys(),
  ...BENGALI_MONTHS.keys(),
  ...[...HIJRI_MONTHS.keys()].map((k) => k.split(' ')[0]!),
  ...DAY_WORDS.keys(),
  ...ERA_PREFIXES.keys(),
  ...[...ERA_PREFIXES.keys()].map((k) => k.split(' ')[0]!),
  ...BENGALI_PREFIXES,
  ...CE_ABBR,
  ...CENTURY_WORDS.keys(),
  ...DECADE_WORDS.keys(),
  ...RELATIVE_YEAR_WORDS.keys(),
  ...NUMBER_STARTERS,
]);

/** Tried before a word is sliced and looked up in STARTERS (most words fail it: `দ্বারা`, `ও`, `the`). */
const STARTER_FILTER = new WordFilter(STARTERS);

/** `STARTERS.has(s.slice(a, b))` for a letter run `[a, b)` of `s`, slicing only words that pass the filter. */
export function starterAt(s: string, a: number, b: number): boolean {
  return STARTER_FILTER.mayHold(s, a, b) && STARTERS.has(s.slice(a, b));
}

/**
 * Whether the matching copy `s` holds a token the part loop of `extractDates` would try: a digit (any
 * number token) or a word in STARTERS (every month, day, era, calendar, century, decade and relative
 * word). Words are split exactly as `tokenize` splits them, so when this is false no part can be read
 * and the answer is `[]`. No allocation except for words that pass STARTER_FILTER.
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
