// Scores extractDates on a labelled JSONL set (../shared/eval/dates-dev.jsonl format, catalogue §5):
// a prediction matches a gold item when the spans overlap and the values are exactly equal
// (year, month, day, precision, calendar, era, season, range end). Shared by `npm run eval:dates`
// and tests/corpus/dates-eval.test.ts.

import { readFileSync } from 'node:fs';
import { extractDates, type DateMention, type DateValue } from '../src/dates/index.js';
import { labelText, type LabelSentence } from './corpus-sentences.js';

export interface GoldEnd {
  year?: number | null;
  month?: number | null;
  day?: number | null;
  precision?: string;
  era?: string;
  calendar?: string;
  present?: boolean;
}
interface Gold {
  /** Written in sets that hold their text; for corpus sentences it is the sentence's slice. */
  surface?: string;
  start: number;
  end: number;
  year: number | null;
  month?: number | null;
  day?: number | null;
  precision: string;
  calendar: string;
  era: string;
  season?: string;
  range_end: GoldEnd | null;
}
/** The sentence, or for a sentence of the shared corpus its article's title and wikitext span (corpus-sentences.ts). */
interface Item extends LabelSentence {
  id: string;
  expected: Gold[];
}

export interface Miss {
  id: string;
  kind: 'missed' | 'spurious';
  surface: string;
  detail: string;
}
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  misses: Miss[];
}

const n = (x: number | null | undefined) => (x === undefined ? null : x);

/** A labelled range end against a found one: `{ present: true }` or equal year, month, day, precision, era (and calendar when labelled). */
export function rangeEndMatches(g: GoldEnd, e: DateMention['rangeEnd']): boolean {
  if (!e) return false;
  if (g.present) return 'present' in e;
  if ('present' in e) return false;
  const v = e as DateValue;
  return (
    n(g.year) === n(v.year) &&
    n(g.month) === n(v.month) &&
    n(g.day) === n(v.day) &&
    g.precision === v.precision &&
    (g.era ?? 'CE') === v.era &&
    (g.calendar === undefined || g.calendar === v.calendar)
  );
}

function endMatches(g: GoldEnd | null, m: DateMention): boolean {
  return g ? rangeEndMatches(g, m.rangeEnd) : !m.rangeEnd;
}

/** Exact value equality between a gold item and a mention. */
export function valueMatches(g: Gold, m: DateMention): boolean {
  const v = m.value;
  return (
    n(g.year) === n(v.year) &&
    n(g.month) === n(v.month) &&
    n(g.day) === n(v.day) &&
    g.precision === v.precision &&
    g.calendar === v.calendar &&
    g.era === v.era &&
    (g.season ?? null) === (v.season ?? null) &&
    endMatches(g.range_end, m)
  );
}

function describe(v: DateMention | Gold): string {
  if ('value' in v) {
    const x = v.value;
    const e = v.rangeEnd
      ? 'present' in v.rangeEnd
        ? '→present'
        : `→${v.rangeEnd.year}-${v.rangeEnd.month ?? ''}-${v.rangeEnd.day ?? ''}/${v.rangeEnd.precision}`
      : '';
    return `${x.year}-${x.month ?? ''}-${x.day ?? ''} ${x.precision} ${x.calendar} ${x.era}${x.season ? ' ' + x.season : ''}${e}`;
  }
  const e = v.range_end
    ? v.range_end.present
      ? '→present'
      : `→${v.range_end.year}-${v.range_end.month ?? ''}-${v.range_end.day ?? ''}/${v.range_end.precision}`
    : '';
  return `${v.year}-${v.month ?? ''}-${v.day ?? ''} ${v.precision} ${v.calendar} ${v.era}${v.season ? ' ' + v.season : ''}${e}`;
}

/** Scores every item of a JSONL file. */
export function scoreFile(path: string): Score {
  const items: Item[] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: Miss[] = [];
  for (const item of items) {
    const text = labelText(item);
    const got = extractDates(text);
    const used = new Set<number>();
    for (const g of item.expected) {
      const k = got.findIndex((m, i) => !used.has(i) && m.start < g.end && g.start < m.end && valueMatches(g, m));
      if (k >= 0) {
        used.add(k);
        tp++;
      } else {
        fn++;
        const near = got.find((m) => m.start < g.end && g.start < m.end);
        misses.push({
          id: item.id,
          kind: 'missed',
          surface: g.surface ?? text.slice(g.start, g.end),
          detail: `want ${describe(g)}; got ${near ? `"${near.text}" ${describe(near)}` : 'nothing'}`,
        });
      }
    }
    got.forEach((m, i) => {
      if (used.has(i)) return;
      fp++;
      misses.push({ id: item.id, kind: 'spurious', surface: m.text, detail: describe(m) });
    });
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1, misses };
}
