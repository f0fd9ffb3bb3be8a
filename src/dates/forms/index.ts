// Every date form, one reader per family; at each token the longest reading wins:
// `১৯৭১ সালের ৬ই ডিসেম্বর` is read by the year-first reader (longer than the bare `১৯৭১`).
import { APPROX_BEFORE, MULTIPLIERS } from '../lexicon.js';
import { basePart, type Part } from '../part.js';
import type { Reader } from '../reader.js';
import type { At } from './at.js';
import { readCenturyOrDecade } from './centuries.js';
import { readDayMonth } from './day-month.js';
import { readMonthFirst } from './month-first.js';
import { readNumeric } from './numeric.js';
import { readRelativeYear } from './relative.js';
import { readYearFirst } from './year-first.js';
import { readOffset } from './offsets.js';
import { readYearWords } from './year-words.js';

/** Readers in the order they are tried (order matters only between readings of equal length). */
const READERS: ((at: At, best: Part | null) => Part | null)[] = [
  readDayMonth,
  readMonthFirst,
  readYearFirst,
  readCenturyOrDecade,
  readRelativeYear,
  readNumeric,
  readOffset,
  readYearWords,
];

/** Every form that starts at token `i` (after an optional era/calendar prefix); the longest wins. */
export function readPart(r: Reader, i: number): Part | null {
  const pre = r.prefixAt(i);
  // `দৈনিক বাংলা ১৯৭২ সালে`: বাংলা before a year that cannot be Bengali (BS years are below 1500 today) is a name
  if (pre?.bengali && (r.num(pre.next)?.nd ?? 0) === 4 && r.num(pre.next)!.v >= 1500) return null;
  // `খ্রিস্টপূর্ব প্রায় ২০০০ অব্দের`: a circa word between the era and the year
  const circa = pre?.era !== undefined && APPROX_BEFORE.has(r.word(pre.next) ?? '');
  const j = pre ? pre.next + (circa ? 1 : 0) : i;
  const at: At = { r, i, j, pre, base: () => basePart(i, j, pre) };
  let best: Part | null = null;
  for (const read of READERS) best = read(at, best);
  // `খ্রিষ্টপূর্ব ২ হাজার ৪০০ বছর`: a number before a multiplier counts, it is no date (unless a year marker
  // follows the multiplier: `খ্রিস্টপূর্ব ৩ হাজার অব্দে`)
  if (best && r.num(best.b - 1) && MULTIPLIERS.has(r.word(best.b) ?? '') && !r.markerAt(best.b + 1)) return null;
  if (best && circa) best.approx = true;
  // `'৮৬ সালে`, `’৭১-এর`: a year cut to two digits after an apostrophe; its century comes from the narrative
  if (best && !pre && best.nd === 2 && best.year !== undefined && best.rel === undefined && cutYear(r, i)) {
    Object.assign(best, { a: i - 1, yy: best.year, year: undefined, nd: undefined });
  }
  return best;
}

/** An apostrophe glued before token `i` (not the second of a wikitext `''`): `'৮৬`. */
function cutYear(r: Reader, i: number): boolean {
  return r.punct(i - 1, "'’‘") && r.glued(i - 1, i) && !(r.punct(i - 2, "'’‘") && r.glued(i - 2, i - 1));
}
