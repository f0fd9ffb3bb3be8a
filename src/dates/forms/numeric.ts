// Numeric dates: `২৭/০৭/২০২০` (day first), `2020-07-27` (ISO).
import type { At } from './at.js';
import { better, type Part } from '../part.js';

/** Numeric: ২৭/০৭/২০২০ (D/M/Y), 2020-07-27 (ISO) */
export function readNumeric({ r, j, base }: At, best: Part | null): Part | null {
  const n1 = r.num(j);
  if (n1 && r.glued(j, j + 1) && r.glued(j + 1, j + 2) && r.glued(j + 2, j + 3) && r.glued(j + 3, j + 4)) {
    const n2 = r.num(j + 2);
    const n3 = r.num(j + 4);
    if (n2 && n3 && r.punct(j + 1, '/') && r.punct(j + 3, '/') && n1.nd <= 2 && n2.nd <= 2 && n3.nd === 4 && n2.v >= 1 && n2.v <= 12 && n1.v >= 1 && n1.v <= 31)
      best = better(best, Object.assign(base(), { prec: 'day', day: n1.v, month: n2.v, year: n3.v, nd: 4, b: j + 5 }));
    if (n2 && n3 && r.punct(j + 1, '-') && r.punct(j + 3, '-') && n1.nd === 4 && n2.nd === 2 && n3.nd === 2 && n2.v >= 1 && n2.v <= 12 && n3.v >= 1 && n3.v <= 31)
      best = better(best, Object.assign(base(), { prec: 'day', day: n3.v, month: n2.v, year: n1.v, nd: 4, b: j + 5 }));
  }
  return best;
}
