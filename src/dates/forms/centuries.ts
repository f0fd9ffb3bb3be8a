// Centuries and word decades: `১৯শ শতক`, `খ্রিস্টপূর্ব ২য় শতকে`, `ঊনবিংশ শতাব্দীতে`, `আশির দশকের`.
import type { At } from './at.js';
import {
  CENTURY_NOUN,
  COUNT_APPROX,
  DECADE_OF_CENTURY,
  CENTURY_ORDINAL_SUFFIXES,
  CENTURY_WORDS,
  DECADE_NOUN,
  DECADE_WORDS,
} from '../lexicon.js';
import { NUMBER_WORDS } from '../number-words.js';
import { withPrec, better, ORD_NUM_MAX, type Part } from '../part.js';

/** A cardinal of ten or more: `পনের শতকের` is the 15th century, `এক শতাব্দীর` a duration. */
const tens = (n: number | undefined) => (n !== undefined && n >= 10 ? n : undefined);

/**
 * The century ending before token `k`, or the decade of it that an ordinal names after it:
 * `একবিংশ শতকের প্রথম দশকে` → the 2000s, `ঊনবিংশ শতাব্দীর শেষ দশকে` → the 1890s, `… পঞ্চাশের দশকে` → the 1850s (CE only).
 */
function ofCentury(r: At['r'], p: Part, k: number, n: number): Part {
  const w = r.word(k) ?? '';
  const nth = DECADE_OF_CENTURY.get(w);
  // `উনবিংশ শতাব্দীর পঞ্চাশের দশকে` → the 1850s
  const tens = DECADE_WORDS.get(w);
  if ((nth === undefined && tens === undefined) || !DECADE_NOUN.test(r.word(k + 1) ?? '') || p.era === 'BCE')
    return withPrec(p, 'century', k, n);
  const dp = withPrec(p, 'decade', k + 2);
  dp.year = (n - 1) * 100 + (tens ?? ((nth as number) - 1) * 10);
  return dp;
}

/** Centuries: ১৯শ শতক, ৭ম শতকে, খ্রিস্টপূর্ব ২য় শতকে, ঊনবিংশ শতাব্দীতে, উনিশ শতকের; word decades: আশির দশকের */
export function readCenturyOrDecade({ r, j, base }: At, best: Part | null): Part | null {
  const ct = r.num(j);
  const cw = r.word(j);
  // a cardinal word before শতক counts too: `পনের শতকের` (CENTURY_WORDS has the usual spellings)
  const word =
    cw !== null
      ? (CENTURY_WORDS.get(cw) ?? (CENTURY_NOUN.test(r.word(j + 1) ?? '') ? tens(NUMBER_WORDS.get(cw)) : undefined))
      : undefined;
  const cn =
    ct && ct.nd <= 2 && ct.v >= 1 && ct.v <= ORD_NUM_MAX && (!ct.suf || CENTURY_ORDINAL_SUFFIXES.has(ct.suf))
      ? ct.v
      : word !== undefined && word <= ORD_NUM_MAX
        ? word
        : undefined;
  // `প্রায় ৪ শতাব্দীর` is a count of centuries; `সম্ভবত ১৫ শতকে`, `৪র্থ শতাব্দীর`, `৪ শতকের` are centuries
  const count = COUNT_APPROX.has(r.word(j - 1) ?? '');
  const small = !!ct && ct.nd <= 2 && ct.v >= 1 && ct.v <= ORD_NUM_MAX;
  // `১৮-শতকের`, `১৯শতকে`: the century noun written onto the number
  if (ct && small && CENTURY_NOUN.test(ct.suf) && !count) best = better(best, ofCentury(r, base(), j + 1, ct.v));
  // `৭ ম শতাব্দীর`, `১৮ তম ও ঊনবিংশ শতাব্দী`: the ordinal suffix written apart
  if (ct && small && !ct.suf && CENTURY_ORDINAL_SUFFIXES.has(r.word(j + 1) ?? '')) {
    if (CENTURY_NOUN.test(r.word(j + 2) ?? '')) best = better(best, ofCentury(r, base(), j + 3, ct.v));
    else {
      const op = withPrec(base(), 'century', j + 2, ct.v);
      op.weak = 'ord';
      best = better(best, op);
    }
  }
  if (cn !== undefined) {
    if (CENTURY_NOUN.test(r.word(j + 1) ?? '') && !(ct && !ct.suf && count))
      best = better(best, ofCentury(r, base(), j + 2, cn));
    // `১৬শ-শতকের`, `16th-century`: a dash between the ordinal and the noun
    else if (ct?.suf && r.dash(j + 1) && r.glued(j, j + 1) && CENTURY_NOUN.test(r.word(j + 2) ?? ''))
      best = better(best, ofCentury(r, base(), j + 3, cn));
    else if (!ct || ct.suf) {
      const op = withPrec(base(), 'century', j + 1, cn);
      op.weak = 'ord';
      best = better(best, op);
    }
  }

  // Word decades: আশির দশকের, নব্বইয়ের দশকে
  const dw = cw !== null ? DECADE_WORDS.get(cw) : undefined;
  if (dw !== undefined && DECADE_NOUN.test(r.word(j + 1) ?? '')) {
    const dp = withPrec(base(), 'decade', j + 2);
    dp.decade2 = dw;
    best = better(best, dp);
  }
  return best;
}
