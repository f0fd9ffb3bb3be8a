// Years written in words: `উনিশশো বাহাত্তর সালে` → 1972, `দুই হাজার বারো সালে` → 2012, and colloquial
// two-digit years whose century comes from the narrative: `একাত্তরের` → 1971, `বাহাত্তর সালে` → 1972.
import type { At } from './at.js';
import { COUNT_AFTER_PARTICLE, NOT_DATE_AFTER } from '../lexicon.js';
import { colloquialYear, NUMBER_WORDS, yearHundreds } from '../number-words.js';
import { better, type Part } from '../part.js';
import { trailing } from './day-month.js';
import { afterYear } from './year-first.js';

/** A year in words at `j`, with its marker (`সালে`, `সালের` + a month) or a case ending. */
export function readYearWords({ r, i, j }: At, best: Part | null): Part | null {
  const w0 = r.word(j);
  if (w0 === null) return best;
  const h = yearHundreds(w0, r.word(j + 1));
  if (h) {
    const k = j + h.words;
    const n = NUMBER_WORDS.get(r.word(k) ?? '');
    const year = h.base + (n ?? 0);
    const p: Part = { a: i, b: n !== undefined ? k + 1 : k, prec: 'year', year, nd: 4 };
    const after = trailing(r, p, p.b);
    // `এক হাজার দুই`, `দুই হাজার` are counts unless a year marker follows (`দুই হাজার বারো সালে`)
    if (after === p.b && h.words === 2 && h.base >= 1000) return best;
    if (after === p.b && n === undefined) return best;
    p.b = after > p.b ? afterYear(r, p, after) : after;
    return better(best, p);
  }
  // বাহাত্তর সালে: a two-digit word with a year marker
  const n = NUMBER_WORDS.get(w0);
  if (n !== undefined && n > 20) {
    const p: Part = { a: i, b: j + 1, prec: 'year', yy: n };
    const after = trailing(r, p, j + 1);
    if (after > j + 1) {
      p.b = afterYear(r, p, after);
      return better(best, p);
    }
  }
  // একাত্তরের, ছেষট্টির: not before a count or comparison (`পঞ্চাশের বেশি`)
  const yy = colloquialYear(w0);
  const next = r.word(j + 1) ?? '';
  if (yy !== null && !COUNT_AFTER_PARTICLE.has(next) && !NOT_DATE_AFTER.test(next))
    return better(best, { a: i, b: j + 1, prec: 'year', yy });
  return best;
}
