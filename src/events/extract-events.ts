// Dated events: every dated sentence of the prose, the birth/death templates and the infobox date
// fields, each with its heading path and offsets in the wikitext:
// `==সম্পর্ক== … ১৯৮৮ সালে … স্থাপিত হয়।` → { date: 1988, section: ["সম্পর্ক"], kind: 'prose', … }.
// Citation metadata (a citation's তারিখ, সংগ্রহের-তারিখ, access-date …) is never an event.
import type { Nodes, Root, Template } from '../ast.js';
import { extractDates, type DateMention, type DateValue } from '../dates/index.js';
import { parse } from '../parse.js';
import { descendants } from '../passes/walk.js';
import { DATE_TEMPLATES, isCitationDateField, isInfobox } from '../site/templates.js';
import { stringify } from '../stringify.js';
import { plainTextOf, type PlainText } from '../text/plain-text.js';
import { sectionsOf, type Section } from '../text/sections.js';
import { splitSentences } from '../text/sentences.js';
import { templateDates } from '../dates/date-templates.js';

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

/** Events of a tree's sections (`sectionsOf`) whose source text is `source`. */
export function eventsOfSections(sections: readonly Section[], source: string, options: EventOptions = {}): Event[] {
  const events: Event[] = [];
  for (const section of sections) {
    const below: Nodes[] = [];
    for (const n of section.nodes) descendants(n, below);
    const templates = below.filter((n): n is Template => n.type === 'template');
    const dated = templates.filter((t) => DATE_TEMPLATES[t.name]);
    const insideDated = (p: number) => dated.some((t) => t.position!.start.offset! <= p && p < t.position!.end.offset!);
    const pt = section.body;
    // A heading's date is the context of its section: `=== ডিসেম্বর ১৯৭১ ===` … `১৪ ডিসেম্বর` → 1971.
    let previous: DateValue | null = extractDates(section.title, { referenceYear: options.referenceYear }).find((m) => m.value.year !== null)?.value ?? null;
    const sentences: { start: number; end: number; text: string }[] = [];
    for (const span of splitSentences(pt.text)) {
      const text = pt.text.slice(span.start, span.end);
      const [start, end] = sourceSpan(pt, span.start, span.end);
      sentences.push({ start, end, text });
      for (const m of extractDates(text, { previous, referenceYear: options.referenceYear })) {
        if (m.value.year !== null) previous = m.value;
        const date = remap(m, pt, span.start, source);
        // A date template's rendered date is read from the template itself (birth/death/date below).
        if (insideDated(date.start)) continue;
        events.push({ date, sentence: text, section: section.path, start, end, kind: 'prose' });
      }
    }
    const done = new Set<Template>();
    for (const t of templates) if (isInfobox(t.name)) for (const e of infoboxEvents(t, section.path, source, done)) events.push(e);
    for (const t of dated) {
      if (done.has(t)) continue;
      for (const d of templateDates(t, source)) {
        const around = sentences.find((s) => s.start <= d.date.start && d.date.start < s.end);
        const kind = d.kind === 'date' ? 'prose' : d.kind;
        events.push({ date: d.date, sentence: around?.text ?? d.date.text, section: section.path, start: around?.start ?? d.date.start, end: around?.end ?? d.date.end, kind });
      }
    }
  }
  // Document order (stable): an infobox's events come where the infobox stands.
  return dedupe(events.map((e, i) => ({ e, i })).sort((a, b) => a.e.date.start - b.e.date.start || a.i - b.i).map((x) => x.e));
}

/**
 * Date fields of an infobox: `| তারিখ = ২৬ মার্চ – ১৬ ডিসেম্বর ১৯৭১` (kind infobox), and the date
 * templates in its fields (`| জন্ম_তারিখ = {{জন্ম তারিখ|১৮৬১|৫|৭}}`: kind birth, with the field name).
 */
function infoboxEvents(t: Template, section: string[], source: string, done: Set<Template>): Event[] {
  const out: Event[] = [];
  for (const arg of t.children) {
    if (arg.name === undefined || isCitationDateField(arg.name)) continue;
    const start = arg.position!.start.offset!;
    const end = arg.position!.end.offset!;
    const pt = plainTextOf(arg.children, end);
    const sentence = `${arg.name}: ${pt.text}`;
    const field = arg.name;
    const dated = arg.children.filter((c): c is Template => c.type === 'template' && DATE_TEMPLATES[c.name] !== undefined);
    if (dated.length) {
      for (const d of dated) {
        done.add(d);
        for (const x of templateDates(d, source)) out.push({ date: x.date, sentence, section, start, end, kind: x.kind === 'date' ? 'infobox' : x.kind, field });
      }
      continue;
    }
    const dateField = DATE_FIELD.test(field);
    for (const m of extractDates(pt.text)) {
      if (!dateField && m.value.precision !== 'day' && m.value.precision !== 'month') continue;
      out.push({ date: remap(m, pt, 0, source), sentence, section, start, end, kind: 'infobox', field });
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
  return eventsOfSections(sectionsOf(root), source, options);
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
