// Every date form, one reader per family; at each token the longest reading wins:
// `১৯৭১ সালের ৬ই ডিসেম্বর` is read by the year-first reader (longer than the bare `১৯৭১`).
import { basePart, type Part } from '../part.js';
import type { Reader } from '../reader.js';
import type { At } from './at.js';
import { readCenturyOrDecade } from './centuries.js';
import { readDayMonth } from './day-month.js';
import { readMonthFirst } from './month-first.js';
import { readNumeric } from './numeric.js';
import { readRelativeYear } from './relative.js';
import { readYearFirst } from './year-first.js';

/** Readers in the order they are tried (order matters only between readings of equal length). */
const READERS: ((at: At, best: Part | null) => Part | null)[] = [readDayMonth, readMonthFirst, readYearFirst, readCenturyOrDecade, readRelativeYear, readNumeric];

/** Every form that starts at token `i` (after an optional era/calendar prefix); the longest wins. */
export function readPart(r: Reader, i: number): Part | null {
  const pre = r.prefixAt(i);
  const j = pre ? pre.next : i;
  const at: At = { r, i, j, pre, base: () => basePart(i, j, pre) };
  let best: Part | null = null;
  for (const read of READERS) best = read(at, best);
  return best;
}
