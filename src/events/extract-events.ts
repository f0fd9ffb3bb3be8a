// Dated events: every dated sentence of the prose, the birth/death templates and the infobox date
// fields, each with its heading path and offsets in the wikitext:
// `==সম্পর্ক== … ১৯৮৮ সালে … স্থাপিত হয়।` → { date: 1988, section: ["সম্পর্ক"], kind: 'prose', … }.
// Citation metadata (a citation's তারিখ, সংগ্রহের-তারিখ, access-date …) is never an event.
import type { Nodes, Root, Template } from '../ast.js';
import { extractDates, type DateMention, type DateValue } from '../dates/index.js';
import { parse } from '../parse.js';
import { isCitationDateField, isInfobox } from '../site/templates.js';
import { stringify } from '../stringify.js';
import { plainTextOf, type PlainText } from '../text/plain-text.js';
import { sectionsOf } from '../text/sections.js';
import { splitSentences } from '../text/sentences.js';
import { templateDates } from './date-templates.js';

export type EventKind = 'prose' | 'infobox' | 'birth' | 'death';

/** A dated statement; `date.start/end` and `start/end` are offsets in the wikitext. */
export interface Event {
  date: DateMention;
  /** The sentence (or infobox field) as plain text. */
  sentence: string;
  /** Heading path ([] for the lead). */
  section: string[];
  start: number;
  end: number;
  kind: EventKind;
  /** The infobox field the date came from (`জন্ম_তারিখ`, `date`). */
  field?: string;
}

export interface EventOptions {
  /** Year for relative phrases with no earlier date in their section (never today's year by default). */
  referenceYear?: number;
}

/** Infobox fields that hold dates: `জন্ম_তারিখ`, `date`, `প্রতিষ্ঠা`, `সময়কাল`, `term_start` … */
const DATE_FIELD = /তারিখ|সাল|বছর|সময়|কাল|প্রতিষ্ঠ|জন্ম|মৃত্যু|শুরু|শেষ|date|year|founded|established|period|term|start|end|birth|death|born|died|opened|built|released|formation/i;

/** Maps a span of plain text back to the wikitext. */
function sourceSpan(pt: PlainText, start: number, end: number): [number, number] {
  return [pt.map[start], end > start ? pt.map[end - 1] + 1 : pt.map[start]];
}

/** A mention found in plain text, re-pointed at the wikitext. */
function remap(m: DateMention, pt: PlainText, offset: number, source: string): DateMention {
  const [start, end] = sourceSpan(pt, offset + m.start, offset + m.end);
  return { ...m, text: source.slice(start, end), start, end };
}

/** Every template below a node, in document order. */
function templatesIn(node: Nodes, out: Template[] = []): Template[] {
  if (node.type === 'template') out.push(node);
  if ('children' in node) for (const c of node.children as Nodes[]) templatesIn(c, out);
  return out;
}

/** Events of one tree whose source text is `source`. */
function eventsOf(root: Root, source: string, options: EventOptions): Event[] {
  const events: Event[] = [];
  const sentences: { start: number; end: number; text: string; section: string[] }[] = [];
  for (const section of sectionsOf(root)) {
    const pt = plainTextOf(section.nodes, section.end);
    let previous: DateValue | null = null;
    for (const span of splitSentences(pt.text)) {
      const text = pt.text.slice(span.start, span.end);
      const [start, end] = sourceSpan(pt, span.start, span.end);
      sentences.push({ start, end, text, section: section.path });
      for (const m of extractDates(text, { previous, referenceYear: options.referenceYear })) {
        events.push({ date: remap(m, pt, span.start, source), sentence: text, section: section.path, start, end, kind: 'prose' });
        if (m.value.year !== null) previous = m.value;
      }
    }
    for (const node of section.nodes) for (const t of templatesIn(node)) {
      if (isInfobox(t.name)) events.push(...infoboxEvents(t, section.path, source));
      for (const d of templateDates(t, source)) {
        const around = sentences.find((s) => s.start <= d.date.start && d.date.start < s.end);
        events.push({ date: d.date, sentence: around?.text ?? d.date.text, section: section.path, start: around?.start ?? d.date.start, end: around?.end ?? d.date.end, kind: d.kind });
      }
    }
  }
  return dedupe(events);
}

/** Date fields of an infobox: `| তারিখ = ২৬ মার্চ – ১৬ ডিসেম্বর ১৯৭১` (a date template there is read by templateDates). */
function infoboxEvents(t: Template, section: string[], source: string): Event[] {
  const out: Event[] = [];
  for (const arg of t.children) {
    if (arg.name === undefined || isCitationDateField(arg.name)) continue;
    if (arg.children.some((c) => c.type === 'template' && templateDates(c, source).length)) continue;
    const end = arg.position!.end.offset!;
    const pt = plainTextOf(arg.children, end);
    const dateField = DATE_FIELD.test(arg.name);
    for (const m of extractDates(pt.text)) {
      if (!dateField && m.value.precision !== 'day' && m.value.precision !== 'month') continue;
      const start = arg.position!.start.offset!;
      out.push({ date: remap(m, pt, 0, source), sentence: `${arg.name}: ${pt.text}`, section, start, end, kind: 'infobox', field: arg.name });
    }
  }
  return out;
}

/** A death template's birth date repeats the birth template's: keep one event per kind and value. */
function dedupe(events: Event[]): Event[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (e.kind !== 'birth' && e.kind !== 'death') return true;
    const key = `${e.kind} ${e.date.value.year} ${e.date.value.month} ${e.date.value.day}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Dated events of wikitext (or of a tree `parse` made), in document order. */
export function extractEvents(input: string | Root, options: EventOptions = {}): Event[] {
  const root = typeof input === 'string' ? parse(input) : input;
  const source = typeof input === 'string' ? input : stringify(root);
  return eventsOf(root, source, options);
}

/** A sortable key: BCE years count backwards; Bengali/Hijri dates sort by their Gregorian value. */
function sortKey(e: Event): number | null {
  const v = e.date.gregorian ?? e.date.value;
  if (v.year === null) return null;
  const year = v.era === 'BCE' ? -v.year : v.year;
  return year * 10000 + (v.month ?? 0) * 100 + (v.day ?? 0);
}

/** Events ordered by date (stable); those whose year is unknown come last. */
export function sortEvents(events: readonly Event[]): Event[] {
  return events
    .map((e, i) => ({ e, i, k: sortKey(e) }))
    .sort((a, b) => (a.k === null ? (b.k === null ? a.i - b.i : 1) : b.k === null ? -1 : a.k - b.k || a.i - b.i))
    .map((x) => x.e);
}
