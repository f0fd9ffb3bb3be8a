// Numeric dates: `২৭/০৭/২০২০`, `০৫.১১.১৯৯৮`, `২৩-০৬-২০১০` (day first), `2020-07-27` (ISO); seasons `১৯৯৫/৯৬`.
import type { At } from './at.js';
import { better, type Part } from '../part.js';
import { NUM } from '../tokenize.js';

/** Numeric: ২৭/০৭/২০২০ (D/M/Y), 2020-07-27 (ISO) */
export function readNumeric({ r, j, base }: At, best: Part | null): Part | null {
  const n1 = r.num(j);
  if (n1 && r.glued(j, j + 1) && r.glued(j + 1, j + 2) && r.glued(j + 2, j + 3) && r.glued(j + 3, j + 4)) {
    const n2 = r.num(j + 2);
    const n3 = r.num(j + 4);
    if (
      n2 &&
      n3 &&
      r.punct(j + 1, '/') &&
      r.punct(j + 3, '/') &&
      n1.nd <= 2 &&
      n2.nd <= 2 &&
      n3.nd === 4 &&
      n2.v >= 1 &&
      n2.v <= 12 &&
      n1.v >= 1 &&
      n1.v <= 31
    )
      best = better(best, Object.assign(base(), { prec: 'day', day: n1.v, month: n2.v, year: n3.v, nd: 4, b: j + 5 }));
    if (
      n2 &&
      n3 &&
      r.punct(j + 1, '-') &&
      r.punct(j + 3, '-') &&
      n1.nd === 4 &&
      n2.nd === 2 &&
      n3.nd === 2 &&
      n2.v >= 1 &&
      n2.v <= 12 &&
      n3.v >= 1 &&
      n3.v <= 31
    )
      best = better(best, Object.assign(base(), { prec: 'day', day: n3.v, month: n2.v, year: n1.v, nd: 4, b: j + 5 }));
  }
  // Seasons and fiscal years: ১৯৯৫/৯৬, ২০০০/০১ (the second year follows the first)
  const n2 = r.toks.at(j + 2);
  if (
    n1 &&
    n1.nd === 4 &&
    !n1.suf &&
    r.punct(j + 1, '/') &&
    r.glued(j, j + 1) &&
    r.glued(j + 1, j + 2) &&
    n2 &&
    n2.kind === NUM &&
    !n2.suf &&
    (n2.nd === 2 ? n2.v === (n1.v + 1) % 100 : n2.nd === 4 && n2.v === n1.v + 1)
  ) {
    const p = Object.assign(base(), { prec: 'year', year: n1.v, nd: 4, b: j + 3 }) as Part;
    p.end = { a: j + 2, b: j + 3, prec: 'year', year: n1.v + 1, nd: 4 };
    best = better(best, p);
  }
  // Day-first numeric dates with dots or dashes: ০৫.১১.১৯৯৮, ২৩-০৬-২০১০ (digits glued to their separators)
  const t = r.toks;
  if (
    t.kindAt(j) === NUM &&
    t.kindAt(j + 2) === NUM &&
    t.kindAt(j + 4) === NUM &&
    r.glued(j, j + 1) &&
    r.glued(j + 1, j + 2) &&
    r.glued(j + 2, j + 3) &&
    r.glued(j + 3, j + 4)
  ) {
    const [d, m, y] = [t.num(j)!, t.num(j + 2)!, t.num(j + 4)!];
    const sep = t.at(j + 1)!.t;
    if (
      (sep === '.' || sep === '-') &&
      t.at(j + 3)!.t === sep &&
      d.nd <= 2 &&
      m.nd <= 2 &&
      y.nd === 4 &&
      !y.suf &&
      m.v >= 1 &&
      m.v <= 12 &&
      d.v >= 1 &&
      d.v <= 31 &&
      t.kindAt(j + 5) !== NUM
    )
      best = better(
        best,
        Object.assign(base(), { prec: 'day', day: d.v, month: m.v, year: y.v, nd: 4, b: j + 5 }) as Part,
      );
  }
  return best;
}
