// Relative years, resolved later against the narrative: `পরের বছর`, `একই বছর ১২ ডিসেম্বর`, `সেই বছরের আগস্ট`.
import type { At } from './at.js';
import { afterYear } from './year-first.js';
import { dayMonth } from './day-month.js';
import { RELATIVE_YEAR_WORDS, YEAR_NOUN } from '../lexicon.js';
import { better, type Part } from '../part.js';

/** Relative years: একই বছর ১২ ডিসেম্বর; সেই বছরের আগস্ট; ঐ বছরের নভেম্বরে; পরের বছর */
export function readRelativeYear({ r, i, j }: At, best: Part | null): Part | null {
  const cw = r.word(j);
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
  return best;
}
