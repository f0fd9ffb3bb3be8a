// Relative dates by arithmetic from the narrative's last date: `এর তিন দিন পর` (day + 3), `৪৮ দিন পর`,
// `পরের দিন`, `পরবর্তী মাসে`, `এর পাঁচ বছর পরে`, `দুই বছর আগে`, `পরের দশকে`, `এই শতকে`, `সেই দশকে`.
// The value is computed when the extractor resolves the discourse (values.ts `shift`).
import type { At } from './at.js';
import { CENTURY_NOUN, DECADE_NOUN, MONTH_NOUN, RELATIVE_YEAR_WORDS } from '../lexicon.js';
import { NUMBER_WORDS } from '../number-words.js';
import { better, type Offset, type Part } from '../part.js';
import { canon } from '../canon.js';

/** Units of an offset, with the largest count read as a date (`৭০০ বছর আগে` is an age, not a date). */
const UNITS: ReadonlyMap<string, { unit: Offset['unit']; per: number; max: number }> = new Map(
  [
    ...['দিন', 'দিনের'].map((w) => [w, { unit: 'day', per: 1, max: 400 }] as const),
    ...['সপ্তাহ', 'সপ্তাহের'].map((w) => [w, { unit: 'day', per: 7, max: 60 }] as const),
    ...['মাস', 'মাসের'].map((w) => [w, { unit: 'month', per: 1, max: 36 }] as const),
    ...['বছর', 'বছরের', 'বৎসর', 'বছরেরও'].map((w) => [w, { unit: 'year', per: 1, max: 60 }] as const),
  ].map(([w, u]) => [canon(w), u as { unit: Offset['unit']; per: number; max: number }]),
);
/** Direction words after the unit: পর/পরে (after), আগে/পূর্বে (before). */
const AFTER = new Set(['পর', 'পরে', 'পরেই', 'পরই', 'পরও', 'পরেও'].map(canon));
const BEFORE = new Set(['আগে', 'আগেই', 'পূর্বে', 'পূর্বেই'].map(canon));
/** One-word next/previous day: পরদিন, পরেরদিন. */
const NEXT_DAY = new Set(['পরদিন', 'পরেরদিন', 'পরদিনই'].map(canon));
const DAY_NOUN = new RegExp('^' + canon('দিন(?:ে|ের|ই|টি|টিতে)?') + '$', 'u');
const THIS = new Set(['এই', 'এ'].map(canon));

/** A count glued to its unit at token `j`: `একবছর` (1 year), `২বছর`, `তিনমাস`; null for anything else. */
function gluedCount(
  r: At['r'],
  j: number,
): { n: number; u: { unit: Offset['unit']; per: number; max: number } } | null {
  const t = r.num(j);
  if (t) {
    const u = t.suf && t.nd <= 3 ? UNITS.get(t.suf) : undefined;
    return u ? { n: t.v, u } : null;
  }
  const w = r.word(j);
  if (w === null) return null;
  for (const [name, u] of UNITS) {
    const n = w.length > name.length && w.endsWith(name) ? NUMBER_WORDS.get(w.slice(0, -name.length)) : undefined;
    if (n !== undefined) return { n, u };
  }
  return null;
}

/** `N UNIT পর/আগে` and `পরের দিন/মাসে/দশকে`, `সেই দশকে`, `এই শতকে` at `j`. */
export function readOffset({ r, i, j }: At, best: Part | null): Part | null {
  const w = r.word(j);
  const t = r.num(j);
  // N UNIT পর/আগে: তিন দিন পর, ৪৮ দিন পর, দুই বছর আগে
  const n = t && !t.suf && t.nd <= 3 ? t.v : w !== null ? NUMBER_WORDS.get(w) : undefined;
  const u = UNITS.get(r.word(j + 1) ?? '');
  const dir = r.word(j + 2);
  if (n !== undefined && n > 0 && u && n * 1 <= u.max && dir !== null && (AFTER.has(dir) || BEFORE.has(dir)))
    return better(best, {
      a: i,
      b: j + 3,
      prec: u.unit === 'day' ? 'day' : u.unit === 'month' ? 'month' : 'year',
      off: { unit: u.unit, n: n * u.per * (AFTER.has(dir) ? 1 : -1) },
    });
  // the count and its unit written as one word: `একবছর পর`, `দুইমাস পরে`, `২বছর পর`
  const g = gluedCount(r, j);
  const gdir = r.word(j + 1);
  if (g && g.n > 0 && g.n <= g.u.max && gdir !== null && (AFTER.has(gdir) || BEFORE.has(gdir)))
    return better(best, {
      a: i,
      b: j + 2,
      prec: g.u.unit === 'day' ? 'day' : g.u.unit === 'month' ? 'month' : 'year',
      off: { unit: g.u.unit, n: g.n * g.u.per * (AFTER.has(gdir) ? 1 : -1) },
    });
  if (w === null) return best;
  if (NEXT_DAY.has(w)) return better(best, { a: i, b: j + 1, prec: 'day', off: { unit: 'day', n: 1 } });
  // পরের দিন, আগের মাসে, পরের দশকে, সেই দশকে, এই শতকে (the same day or month only repeats: not read)
  const rel = RELATIVE_YEAR_WORDS.get(w) ?? (THIS.has(w) ? 0 : undefined);
  if (rel === undefined) return best;
  const noun = r.word(j + 1) ?? '';
  if (rel !== 0 && DAY_NOUN.test(noun))
    return better(best, { a: i, b: j + 2, prec: 'day', off: { unit: 'day', n: rel } });
  if (rel !== 0 && MONTH_NOUN.test(noun))
    return better(best, { a: i, b: j + 2, prec: 'month', off: { unit: 'month', n: rel } });
  if (DECADE_NOUN.test(noun)) return better(best, { a: i, b: j + 2, prec: 'decade', off: { unit: 'decade', n: rel } });
  if (CENTURY_NOUN.test(noun))
    return better(best, { a: i, b: j + 2, prec: 'century', off: { unit: 'century', n: rel } });
  return best;
}
