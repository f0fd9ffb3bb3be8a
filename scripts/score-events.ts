// Scores extractEvents on hand-labelled whole articles (../shared/eval/events-dev.md conventions):
// a found event matches a gold mention when the spans overlap and year, month, day, precision, calendar
// and era are equal, and so is the range end when the gold mention has one. Each gold mention is used
// once. Shared by `npm run eval:events` and tests/corpus/events-eval.test.ts.
//
// Label files: `../shared/eval/events-dev.jsonl` (text inside) or the project's own labels
// (`fixtures/events-labels/*.jsonl`: title and offsets only; the text is read from the shared corpus).

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractEvents, type Event } from '../src/events/extract-events.js';
import { rangeEndMatches, type GoldEnd } from './score-dates.js';

export interface GoldEvent {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  precision: string;
  calendar: string;
  era: string;
  range_end: GoldEnd | null;
  approx?: boolean;
  relative?: boolean;
  section: string[];
  kind: string;
  unsure?: boolean;
  recurring?: boolean;
}
export interface LabelledArticle {
  id: string;
  title: string;
  set?: string;
  text: string;
  expected: GoldEvent[];
  /** Only the text before this offset was labelled (a long article cut at a line end). */
  until?: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Finding {
  id: string;
  kind: 'missed' | 'spurious' | 'section' | 'kind';
  surface: string;
  detail: string;
  context: string;
}
export interface EventScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
  byKind: Record<string, Counts>;
  byPrecision: Record<string, Counts>;
  /** Matched pairs whose section path / kind agree. */
  sectionAgree: number;
  kindAgree: number;
  /** Gold items flagged unsure: how many were found. */
  unsure: { found: number; total: number };
  findings: Finding[];
  articles: number;
}

const n = (x: number | null | undefined) => (x === undefined ? null : x);

/** Value equality between a gold mention and a found event (the range end only when the gold has one). */
export function eventMatches(g: GoldEvent, e: Event): boolean {
  const v = e.date.value;
  return (
    n(g.year) === n(v.year) &&
    n(g.month) === n(v.month) &&
    n(g.day) === n(v.day) &&
    g.precision === v.precision &&
    g.calendar === v.calendar &&
    g.era === v.era &&
    (!g.range_end || rangeEndMatches(g.range_end, e.date.rangeEnd))
  );
}

function describeGold(g: GoldEvent): string {
  const e = g.range_end
    ? g.range_end.present
      ? '→present'
      : `→${g.range_end.year}-${g.range_end.month ?? ''}-${g.range_end.day ?? ''}/${g.range_end.precision}`
    : '';
  return `${g.year}-${g.month ?? ''}-${g.day ?? ''} ${g.precision} ${g.calendar} ${g.era}${e} ${g.kind}`;
}
function describeEvent(x: Event): string {
  const v = x.date.value;
  const r = x.date.rangeEnd;
  const e = r ? ('present' in r ? '→present' : `→${r.year}-${r.month ?? ''}-${r.day ?? ''}/${r.precision}`) : '';
  return `${v.year}-${v.month ?? ''}-${v.day ?? ''} ${v.precision} ${v.calendar} ${v.era}${e} ${x.kind}`;
}
const contextOf = (text: string, start: number, end: number) =>
  `${text.slice(Math.max(0, start - 40), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + 40)}`.replace(
    /\s+/g,
    ' ',
  );

const add = (table: Record<string, Counts>, key: string, field: keyof Counts) => {
  const c = (table[key] ??= { tp: 0, fp: 0, fn: 0 });
  c[field]++;
};

/** Reads a label file; own labels get their text from the shared corpus by title. */
export function readLabels(
  path: string,
  corpusPath = '../shared/corpus/bnwiki-300-articles.ndjson.gz',
): LabelledArticle[] {
  const items = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledArticle);
  if (items.every((i) => typeof i.text === 'string')) return items;
  const corpus = new Map<string, string>();
  for (const line of gunzipSync(readFileSync(corpusPath)).toString('utf8').split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as { title: string; text: string };
    corpus.set(a.title, a.text);
  }
  return items.map((i) => {
    const text = i.text ?? corpus.get(i.title);
    if (text === undefined) throw new Error(`${path}: article "${i.title}" is not in ${corpusPath}`);
    return { ...i, text };
  });
}

/** Scores extractEvents on labelled articles. */
export function scoreEvents(articles: readonly LabelledArticle[]): EventScore {
  const s: EventScore = {
    tp: 0,
    fp: 0,
    fn: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    byKind: {},
    byPrecision: {},
    sectionAgree: 0,
    kindAgree: 0,
    unsure: { found: 0, total: 0 },
    findings: [],
    articles: articles.length,
  };
  for (const a of articles) {
    const got = extractEvents(a.text).filter((e) => a.until === undefined || e.date.end <= a.until);
    const used = new Set<number>();
    for (const g of a.expected) {
      if (g.unsure) s.unsure.total++;
      const k = got.findIndex(
        (e, i) => !used.has(i) && e.date.start < g.end && g.start < e.date.end && eventMatches(g, e),
      );
      const surface = a.text.slice(g.start, g.end);
      if (k < 0) {
        s.fn++;
        add(s.byKind, g.kind, 'fn');
        add(s.byPrecision, g.precision, 'fn');
        const near = got.find((e) => e.date.start < g.end && g.start < e.date.end);
        s.findings.push({
          id: a.id,
          kind: 'missed',
          surface,
          detail: `want ${describeGold(g)}; got ${near ? `"${near.date.text}" ${describeEvent(near)}` : 'nothing'}`,
          context: contextOf(a.text, g.start, g.end),
        });
        continue;
      }
      used.add(k);
      const e = got[k];
      s.tp++;
      add(s.byKind, g.kind, 'tp');
      add(s.byPrecision, g.precision, 'tp');
      if (g.unsure) s.unsure.found++;
      if (e.section.join(' › ') === g.section.join(' › ')) s.sectionAgree++;
      else
        s.findings.push({
          id: a.id,
          kind: 'section',
          surface,
          detail: `want [${g.section.join(' › ')}] got [${e.section.join(' › ')}]`,
          context: '',
        });
      if (e.kind === g.kind) s.kindAgree++;
      else s.findings.push({ id: a.id, kind: 'kind', surface, detail: `want ${g.kind} got ${e.kind}`, context: '' });
    }
    got.forEach((e, i) => {
      if (used.has(i)) return;
      s.fp++;
      add(s.byKind, e.kind, 'fp');
      add(s.byPrecision, e.date.value.precision, 'fp');
      s.findings.push({
        id: a.id,
        kind: 'spurious',
        surface: e.date.text,
        detail: describeEvent(e),
        context: contextOf(a.text, e.date.start, e.date.end),
      });
    });
  }
  Object.assign(s, prf(s));
  return s;
}

/** Precision, recall and F1 of counts. */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp / (c.tp + c.fp || 1);
  const recall = c.tp / (c.tp + c.fn || 1);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
