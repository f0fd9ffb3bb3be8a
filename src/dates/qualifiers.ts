// What stands around a date: circa and part-of qualifiers (`আনুমানিক ৬৫০ খ্রি.`, `২০০৩ সালের শুরুর দিকে`)
// and calendars named before it (`জুলীয় বর্ষপঞ্জী অনুসারে`).
import { canon } from './canon.js';
import {
  APPROX_BEFORE,
  APPROX_DOTTED,
  CIRCA_AFTER,
  GENITIVE_PARTICLES,
  PART_OF_ADVERBS_NOT_LOCATIVE,
  PART_OF_AFTER,
  PART_OF_BEFORE_DIKE,
  PART_OF_NOUNS,
  CALENDAR_NOUN,
  CALENDAR_WORDS,
  GREGORIAN_MONTH_BASES,
  QUALIFIER_INTENSIFIERS,
  QUALIFIER_SKIP,
} from './lexicon.js';
import type { Reader } from './reader.js';
import { NUM, PUNCT, WORD } from './tokenize.js';
import type { Precision } from './types.js';
import { WordFilter } from './word-filter.js';

const DAY_WORD_SUFFIX = canon('দিকে');

/** Tried before a word is looked up in CALENDAR_WORDS (`প…` words are many, `পুরনো`-shaped ones few). */
const CALENDAR_FILTER = new WordFilter(CALENDAR_WORDS.keys());

/** Calendar named before a date: `জুলীয় বর্ষপঞ্জী অনুসারে` → token index → calendar. */
export function calendarWords(r: Reader): Map<number, 'julian' | 'gregorian'> {
  const out = new Map<number, 'julian' | 'gregorian'>();
  const toks = r.toks;
  for (let i = 0; i < toks.length; i++) {
    if (toks.kindAt(i) !== WORD || !CALENDAR_FILTER.mayHold(r.src, toks.start(i), toks.end(i))) continue;
    const cal = CALENDAR_WORDS.get(r.word(i)!);
    if (cal && CALENDAR_NOUN.test(r.word(i + 1) ?? '')) out.set(i, cal);
  }
  return out;
}

/**
 * Circa words before, circa and part-of qualifiers after: আনুমানিক ৬৫০ খ্রি.; ১৭৭৫ সাল নাগাদ; ২০০৩ সালের
 * শুরুর দিকে; মার্চ মাসের শেষে. A part-of qualifier (early/mid/late) never applies to a day
 * (`২০২০ সালের ১০ ডিসেম্বর শেষ স্প্যানটি` = "the last span"); words with a second reading (`শেষ`, `শেষে`,
 * `প্রথমে`) qualify only where they cannot start a new phrase (see PART_OF_NOUNS).
 */
export function qualified(r: Reader, a: number, b: number, prec: Precision): boolean {
  const before = r.word(a - 1);
  if (before !== null && APPROX_BEFORE.has(before)) return true;
  // `আনু. ৬৫০`, `(সি. ৭৮০-৮৫০)`
  if (before === null && r.punct(a - 1, '.') && APPROX_DOTTED.has(r.word(a - 2) ?? '')) return true;
  let k = b;
  let c = caseBefore(r, k);
  for (let n = 0; n < 2 && QUALIFIER_SKIP.has(r.word(k) ?? ''); n++) {
    // `মাসের`, `সময়ে` give the case; `একেবারে`, `একদম` ("very") leave the date's own
    if (!QUALIFIER_INTENSIFIERS.has(r.word(k)!)) c = caseBefore(r, k + 1);
    k++;
  }
  if (GENITIVE_PARTICLES.has(r.word(k) ?? '')) {
    k++;
    c = 'gen';
  }
  const w = r.word(k);
  if (w === null) return false;
  if (CIRCA_AFTER.has(w)) return true;
  if (prec === 'day') return false;
  if (r.word(k + 1) === DAY_WORD_SUFFIX && PART_OF_BEFORE_DIKE.has(w)) return true;
  // the same written as one word: `শেষদিকে`, `প্রথমদিকে`, `শুরুরদিকে`
  if (w.endsWith(DAY_WORD_SUFFIX) && PART_OF_BEFORE_DIKE.has(w.slice(0, -DAY_WORD_SUFFIX.length))) return true;
  if (!PART_OF_AFTER.has(w)) return false;
  if (PART_OF_NOUNS.has(w)) return c === 'gen';
  if (PART_OF_ADVERBS_NOT_LOCATIVE.has(w)) return c !== 'loc';
  return true;
}

const LOCATIVE_END = new RegExp(canon('(?:ে|এ|েই|েও|য়|এই|এও)') + '$', 'u');
const GENITIVE_END = new RegExp(canon('(?:র|রই|রও)') + '$', 'u');
/** Case of the word before token `k` (a date's last token or a skipped `মাসের`): genitive, locative or other. */
function caseBefore(r: Reader, k: number): 'gen' | 'loc' | 'nom' {
  const t = r.toks.at(k - 1);
  if (!t || t.kind === PUNCT) return 'nom';
  const w = t.kind === NUM ? t.suf : r.word(k - 1)!;
  if (GENITIVE_END.test(w) && !GREGORIAN_MONTH_BASES.has(w)) return 'gen';
  if (LOCATIVE_END.test(w)) return 'loc';
  return 'nom';
}
