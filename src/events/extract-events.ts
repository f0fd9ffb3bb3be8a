// Dated events: every dated mention a reader sees — running text, lists and tables, headings, image
// captions and gallery lines, chart titles, infobox fields and birth/death/start/end templates — each
// with its sentence, heading path and offsets in the wikitext:
// `==সম্পর্ক== … ১৯৮৮ সালে … স্থাপিত হয়।` → { date: 1988, section: ["সম্পর্ক"], kind: 'prose', … }.
// Not events: refs, citation metadata, external-link labels, appendix sections (তথ্যসূত্র, বহিঃসংযোগ …).
import type { Nodes, Root, Table, Template, TemplateArgument } from '../ast.js';
import { extractDates, type DateMention, type DateValue } from '../dates/index.js';
import { templateDates } from '../dates/date-templates.js';
import { parse } from '../parse.js';
import { endOf, startOf, Walk } from '../passes/walk.js';
import { isAppendixSection } from '../site/appendix-sections.js';
import {
  VISIBLE_TEMPLATE_ARGS,
  DATE_TEMPLATES,
  isCitation,
  isInfobox,
  isInfoboxDateField,
  isInfoboxRecurringField,
  isInfoboxSkippedField,
} from '../site/templates.js';
import { stringify } from '../stringify.js';
import { plainTextOf, type PlainText } from '../text/plain-text.js';
import { sectionsOf, type Section } from '../text/sections.js';
import { splitSentences } from '../text/sentences.js';
import { isAuthorYearList } from './author-year.js';
import { tableDates } from './table-dates.js';

export type EventKind = 'prose' | 'infobox' | 'birth' | 'death';

/** A dated statement; `date.start/end` and `start/end` are offsets in the wikitext. */
export interface Event {
  date: DateMention;
  /** The sentence (or infobox field, caption, heading) as plain text. */
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

/** Maps a span of plain text back to the wikitext: `ঢাকা ১৬১০ সালে` in `[[ঢাকা]] ১৬১০ সালে` → the whole link too. */
function sourceSpan(pt: PlainText, start: number, end: number): [number, number] {
  return [pt.map[start], end > start ? pt.map[end - 1] + 1 : pt.map[start]];
}

/** A year written as digits alone, no marker and no range (`১৯৯৪`, `1963`): the mentions the rules below doubt. */
const bareNumber = (m: DateMention): boolean => !m.rangeEnd && /^[০-৯0-9]{3,4}$/.test(m.text);

/** Words before a year in an author–year citation: authors, initials, `এবং` (`(লুকা, ব্লেজ, এবং রালে, ২০০৬)`). */
const MAX_AUTHOR_WORDS = 5;

/** Words that make a parenthesised year a life or reign date, not a source: `(জন্ম-১৯৪১)`, `(শাসনকাল, ১৫৫৬)`. */
const DATED_PARENTHESIS = /জন্ম|মৃত্যু|শাসন|রাজত্ব|মেয়াদ|আমল|আনু|প্রায়|খ্রি|খৃ|সাল|সন/u;

/**
 * A bare year of an author–year citation in running text (`তিনটি শাখা আছে (আলম, ২০১৪)।`): a source, not an
 * event of the article. A range (`(Carl Ritter, 1779-1859)`), a year with its marker, or a parenthesis naming a
 * life or reign (`(জন্ম-১৯৪১)`) is not one.
 */
function inlineCitation(text: string, m: DateMention): boolean {
  if (!bareNumber(m)) return false;
  const open = charBefore(text, 0x28, m.start, Math.max(0, m.end - MAX_CITATION)); // `(`
  if (open < 0) return false;
  const close = charAfter(text, 0x29, m.end, Math.min(text.length, open + MAX_CITATION + 1)); // `)`
  if (close < 0) return false;
  const inner = text.slice(open + 1, close);
  // an author is a name or two (`জেমস, এস. গার্ডনার`); a longer name is what was founded or built that year
  // (`(Canberra School of Music ক্যানবেরা স্কুল অফ মিউজিক, ১৯৬৫)`)
  return (
    isAuthorYearList(inner) &&
    !DATED_PARENTHESIS.test(inner) &&
    (text.slice(open + 1, m.start).match(AUTHOR_WORD) ?? []).length <= MAX_AUTHOR_WORDS
  );
}

/** The longest parenthesis read as a citation, `(` to `)`. */
const MAX_CITATION = 200;
/** A word of an author's name (a constant: see IMPRINT_BEFORE). */
const AUTHOR_WORD = /[\p{L}\p{M}.'’]+/gu;

/** The last code unit `c` in `text` at or before `at` and at or after `floor`, or -1: `(` before `আলম, ২০১৪`. */
function charBefore(text: string, c: number, at: number, floor: number): number {
  for (let i = at; i >= floor; i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** The first code unit `c` in `text` at or after `at` and before `ceiling`, or -1: `)` after `আলম, ২০১৪`. */
function charAfter(text: string, c: number, at: number, ceiling: number): number {
  for (let i = at; i < ceiling; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** `Place: Publisher, ` before an imprint's year (a constant: the bundler turns a `\p{L}` literal into a `new RegExp` per call). */
const IMPRINT_BEFORE = /\p{L}:\s+[^:;.()]{2,80},\s*\[?$/u;

/**
 * The year closing a book's imprint, `Place: Publisher, Year.` (`Oslo: Norwegian Computing Center, 1963.`,
 * `London: Academic Press, 1968.`, `[1965?]`): a bibliography line's, not an event. A film list's
 * `Director: Will Pascoe, 2003` (no closing full stop) stays one.
 */
function imprintYear(text: string, m: DateMention): boolean {
  const after = text.charCodeAt(m.end);
  if ((after !== 0x3f && after !== 0x2e) || m.text.length !== 4 || !bareNumber(m)) return false;
  return IMPRINT_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start));
}

/** A mention found in plain text, re-pointed at the wikitext: `১৯৭১ সালে` of `'''১৯৭১''' সালে` → offsets of the bold markup. */
function remap(m: DateMention, pt: PlainText, offset: number, source: string): DateMention {
  const [start, to] = sourceSpan(pt, offset + m.start, offset + m.end);
  // a date read from a template's rendering maps to the template's first `{` (`<poem>{{জন্ম তারিখ|১৯৪০|১|১}}</poem>`):
  // it spans the whole template
  const end = to - start < 2 && source.startsWith('{{', start) ? templateEnd(source, start, to) : to;
  return { ...m, text: source.slice(start, end), start, end };
}

/** Where the template opened at `start` closes (`{{a|{{b}}}}` → after the last `}}`), or `fallback` if it never does. */
function templateEnd(source: string, start: number, fallback: number): number {
  let depth = 0;
  for (let i = start; i < source.length - 1; i++) {
    if (source.startsWith('{{', i)) {
      depth++;
      i++;
    } else if (source.startsWith('}}', i)) {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return fallback;
}

/**
 * Source ranges of some nodes, merged and sorted, with a binary-search membership test: "is offset p
 * inside an external link's label / a date template / a table?" in O(log n) per mention —
 * `১৯৭১` in `[https://x.org ১৯৭১ সালের প্রতিবেদন]` is inside a label, so it is no event.
 */
class Spans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(nodes: Iterable<Nodes>) {
    const pairs = [...nodes].map((n) => [startOf(n), endOf(n)] as const).sort((a, b) => a[0] - b[0]);
    for (const [a, b] of pairs) {
      const last = this.ends.length - 1;
      if (last >= 0 && a <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], b);
      else {
        this.starts.push(a);
        this.ends.push(b);
      }
    }
  }
  has(p: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] > p) hi = mid - 1;
      else if (this.ends[mid] <= p) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

/** What the events read of a section's nodes, sorted out in one pass (`sectionNodes`). */
interface SectionNodes {
  /** Templates outside refs and citations, citations not included: `{{জন্ম তারিখ|১৯৪০}}`, infoboxes. */
  templates: Template[];
  /** Those of `templates` that render a date (`DATE_TEMPLATES`). */
  dated: Template[];
  /** Labelled external links, `[https://x.org ১৯৭১ সালের প্রতিবেদন]`: their labels are not prose. */
  labelled: Nodes[];
  /** Tables not inside a template. */
  tables: Table[];
}

/**
 * A section's nodes (a document-order slice of the tree's walk) sorted out for the events in one pass:
 * in `১৯৭১ সালে<ref>{{সংবাদ উদ্ধৃতি|তারিখ=২০১০}}</ref>{{শুরুর তারিখ|১৯৭১}}` the ref and all inside it are no
 * source of events, the date template is one.
 */
function sectionNodes(below: readonly Nodes[]): SectionNodes {
  const out: SectionNodes = { templates: [], dated: [], labelled: [], tables: [] };
  let sourceUntil = -1; // inside a ref or a citation
  let templateUntil = -1; // inside a template
  for (const n of below) {
    const start = startOf(n);
    if (n.type === 'externalLink' && !n.bare) out.labelled.push(n);
    if (start >= templateUntil) {
      if (n.type === 'table') out.tables.push(n);
      else if (n.type === 'template') templateUntil = endOf(n);
    }
    if (start < sourceUntil) continue;
    if (n.type === 'extensionTag' && n.name === 'ref') sourceUntil = endOf(n);
    else if (n.type === 'template') {
      if (isCitation(n.name)) sourceUntil = endOf(n);
      else {
        out.templates.push(n);
        if (DATE_TEMPLATES[n.name]) out.dated.push(n);
      }
    }
  }
  return out;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** Image size options: `২০০px`, `x150px`, `250পিক্সেল`, `upright=1.2`. */
/** Read trimmed (blanks around it and `\d*x?\d+` made one regex backtrack on long digit runs). */
const SIZE = /^(?:(?:\d+(?:x\d+)?|x\d+)\s*(?:px|পিক্সেল)|upright(?:=.*)?|\d+x\d+)$/iu;

/**
 * Captions a reader sees in a section: of file links (`[[চিত্র:x.jpg|thumb|…, ১৯৫৫]]`, the last part
 * that is not an option), of gallery lines (`ক.jpg|ছবি, জুলাই ১৯৪১`) and chart titles
 * (`{{bar box|title=… (২০১৪ সালের আদমশুমারি)}}`), each as plain text mapped to the source.
 */
function captionsOf(nodes: readonly Nodes[], templatesOnly: boolean): { pt: PlainText; years: boolean }[] {
  const out: { pt: PlainText; years: boolean }[] = [];
  for (const n of nodes) {
    if (n.type === 'template') {
      const visible = VISIBLE_TEMPLATE_ARGS.get(n.name.toLowerCase());
      if (!visible) continue;
      let position = 0;
      for (const a of n.children) {
        const name = a.name ?? String(++position);
        if (visible.args.test(name)) out.push({ pt: plainTextOf(a.children, endOf(a)), years: visible.years });
      }
    } else if (templatesOnly) continue;
    else if (n.type === 'wikiLink' && n.linkType === 'file') {
      const parts = n.children.filter((p) => p.option === undefined && !SIZE.test(stringify(p).trim()));
      const caption = parts[parts.length - 1];
      if (caption && parts.length > 0) out.push({ pt: plainTextOf(caption.children, endOf(caption)), years: false });
    } else if (n.type === 'extensionTag' && n.name === 'gallery' && n.children.length) {
      const body = n.children[0];
      if (body.type !== 'text') continue;
      const base = startOf(body);
      let at = 0;
      for (const line of body.value.split('\n')) {
        const bar = line.indexOf('|');
        if (bar >= 0) out.push({ pt: shifted(line.slice(bar + 1), base + at + bar + 1), years: false });
        at += line.length + 1;
      }
    }
  }
  return out;
}

/** Plain text of a wikitext snippet that stands at `offset` in the source. */
function shifted(snippet: string, offset: number): PlainText {
  const pt = plainTextOf(parse(snippet).children, snippet.length);
  const map = new Int32Array(pt.map.length);
  for (let k = 0; k < map.length; k++) map[k] = pt.map[k] + offset;
  return { text: pt.text, map };
}

/**
 * Plain text of template arguments already rendered by the caller (`convertArticle` renders infobox fields for
 * the record), so that a field is rendered once: `| জন্ম_তারিখ = ৭ মে ১৮৬১` → its PlainText.
 */
export type FieldTexts = Map<TemplateArgument, PlainText>;

/** A field's plain text, rendered once per conversion: `texts`' when it holds it, else rendered and kept there (`| জন্ম = ৭ মে ১৮৬১`). */
export function fieldText(a: TemplateArgument, texts: FieldTexts): PlainText {
  let pt = texts.get(a);
  if (!pt) texts.set(a, (pt = plainTextOf(a.children, endOf(a))));
  return pt;
}

/**
 * Events of a tree's sections (`sectionsOf`) whose source text is `source`; `walk` is the same tree's walk,
 * each section's nodes a slice of it (`convertArticle` walks the tree for links and templates anyway).
 */
export function eventsOfSections(
  sections: readonly Section[],
  source: string,
  walk: Walk,
  options: EventOptions = {},
  fieldTexts: FieldTexts = new Map(),
): Event[] {
  const events: Event[] = [];
  const ref = options.referenceYear;
  for (const section of sections) {
    const appendix = section.path.some(isAppendixSection);
    const below = walk.below(section.nodes);
    // refs and citations are sources, not the article's story: nothing inside them is an event
    const { templates, dated, labelled, tables } = sectionNodes(below);
    const datedSpans = new Spans(dated);
    const labelledSpans = new Spans(labelled);
    // Tables are read cell by cell (below): their dates are not taken from the running text.
    const tableSpans = new Spans(tables);
    const push = (
      m: DateMention,
      pt: PlainText,
      offset: number,
      sentence: { start: number; end: number; text: string },
      inTable = false,
    ) => {
      const date = remap(m, pt, offset, source);
      // A date template's rendered date is read from the template itself (below); link labels are not prose.
      if (datedSpans.has(date.start) || labelledSpans.has(date.start) || (!inTable && tableSpans.has(date.start)))
        return;
      // a year-less day or month that is not a recurring day has no value
      if (date.value.year === null && !date.recurring) return;
      events.push({
        date,
        sentence: sentence.text,
        section: section.path,
        start: sentence.start,
        end: sentence.end,
        kind: 'prose',
      });
    };
    // A heading's own dates (`=== ১৯৫৭–৬২: গঠন ===`), which are also the context of its section.
    let previous: DateValue | null = null;
    if (section.heading && !appendix) {
      const pt = section.titleText; // rendered once, by sectionsOf
      const whole = { start: startOf(section.heading), end: endOf(section.heading), text: pt.text.trim() };
      for (const m of extractDates(pt.text, { referenceYear: ref })) {
        if (m.value.year !== null && !m.relative) previous ??= m.value;
        push(m, pt, 0, whole);
      }
    }
    // Running text, sentence by sentence, the narrative year carried along (a timeline list's term,
    // `; ১৯৯০`, dates the items under it the same way).
    const pt = section.body;
    const sentences: { start: number; end: number; text: string }[] = [];
    const headingDate = previous;
    let lastEnd = -1;
    for (const span of appendix ? [] : splitSentences(pt.text)) {
      const text = pt.text.slice(span.start, span.end);
      const [start, end] = sourceSpan(pt, span.start, span.end);
      // a new paragraph starts a new narrative: its year-less dates do not reach back past a blank line
      if (lastEnd >= 0 && /\n[ \t]*\n/.test(source.slice(lastEnd, start))) previous = headingDate;
      lastEnd = end;
      const sentence = { start, end, text };
      sentences.push(sentence);
      for (const m of extractDates(text, { previous, referenceYear: ref })) {
        if (inlineCitation(text, m) || imprintYear(text, m)) continue;
        if (m.value.year !== null && !m.recurring) previous = m.value;
        push(m, pt, span.start, sentence);
      }
    }
    // tables are read under every heading (a holidays table sometimes stands under `আরও দেখুন`)
    const cursor = { at: 0 };
    for (const t of tables)
      for (const c of tableDates(t, pt, cursor))
        push(c.mention, c.cell, 0, { start: c.rowStart, end: c.rowEnd, text: c.row }, true);
    // Captions, chart titles and succession years (these last also below an appendix heading).
    for (const { pt: caption, years } of captionsOf(below, appendix)) {
      const whole = { start: caption.map[0], end: caption.map[caption.text.length], text: caption.text };
      for (const m of extractDates(caption.text, { referenceYear: ref, bareYears: years })) push(m, caption, 0, whole);
    }
    if (appendix) continue;
    const done = new Set<Template>();
    for (const t of templates)
      if (isInfobox(t.name))
        for (const e of infoboxEvents(t, below, section.path, source, done, fieldTexts)) events.push(e);
    for (const d of templateRanges(
      dated.filter((t) => !done.has(t)),
      source,
    )) {
      const around = sentences.find((s) => s.start <= d.date.start && d.date.start < s.end);
      const kind = d.kind === 'date' ? 'prose' : d.kind;
      events.push({
        date: d.date,
        sentence: around?.text ?? d.date.text,
        section: section.path,
        start: around?.start ?? d.date.start,
        end: around?.end ?? d.date.end,
        kind,
      });
    }
  }
  // A sentence ending in a rendered template maps its last character to the template's start: the span
  // is widened to hold the date (`তিনি জন্মগ্রহণ করেন {{জন্ম তারিখ|১৯৪০|৩|১৭}}`).
  for (const e of events) {
    if (e.start > e.date.start) e.start = e.date.start;
    if (e.end < e.date.end) e.end = e.date.end;
  }
  // Document order (stable): an infobox's events come where the infobox stands.
  return dedupe(
    events
      .map((e, i) => ({ e, i }))
      .sort((a, b) => a.e.date.start - b.e.date.start || a.i - b.i)
      .map((x) => x.e),
  );
}

/**
 * The dates of date templates, two `date` templates joined by a dash (`{{শুরুর তারিখ|১৯৬০}}–{{end date|১৯৭০}}`,
 * `…{{mdash}}…`) read as one range.
 */
function templateRanges(dated: readonly Template[], source: string): ReturnType<typeof templateDates> {
  const out: ReturnType<typeof templateDates> = [];
  for (let k = 0; k < dated.length; k++) {
    const here = templateDates(dated[k], source);
    const next = dated[k + 1];
    if (
      here.length === 1 &&
      here[0].kind === 'date' &&
      next &&
      DATE_TEMPLATES[next.name]?.kind === 'date' &&
      DASH_BETWEEN.test(source.slice(endOf(dated[k]), startOf(next)))
    ) {
      const there = templateDates(next, source);
      if (there.length === 1) {
        const a = here[0].date;
        out.push({
          kind: 'date',
          date: {
            ...a,
            text: source.slice(a.start, there[0].date.end),
            end: there[0].date.end,
            rangeEnd: there[0].date.value,
          },
        });
        k++;
        continue;
      }
    }
    out.push(...here);
  }
  return out;
}
const DASH_BETWEEN = /^\s*(?:[-–—]|&[nm]dash;|\{\{\s*(?:[nm]dash|snd|spaced ndash)\s*\}\})\s*$/i;

/**
 * The date templates inside each field of template `t`, read off its section's nodes `below` (a slice of the
 * tree's walk, so the fields are not walked again): `| জন্ম_তারিখ = {{জন্ম তারিখ|১৮৬১|৫|৭}}` → that field →
 * [the জন্ম তারিখ template], nested ones too, in document order.
 */
function datedByField(t: Template, below: readonly Nodes[]): Map<TemplateArgument, Template[]> {
  const out = new Map<TemplateArgument, Template[]>();
  const end = endOf(t);
  let k = 0; // the field the nodes are in: fields are consecutive and do not overlap
  for (let j = below.indexOf(t) + 1; j < below.length && startOf(below[j]) < end; j++) {
    const n = below[j];
    if (n.type !== 'template' || DATE_TEMPLATES[n.name] === undefined) continue;
    const at = startOf(n);
    while (k < t.children.length && endOf(t.children[k]) <= at) k++;
    const arg = t.children[k];
    if (arg === undefined || startOf(arg) > at) continue;
    const list = out.get(arg);
    if (list) list.push(n);
    else out.set(arg, [n]);
  }
  return out;
}

/**
 * Date fields of an infobox: `| তারিখ = ২৬ মার্চ – ১৬ ডিসেম্বর ১৯৭১` (kind infobox), and the date
 * templates in its fields (`| জন্ম_তারিখ = {{জন্ম তারিখ|১৮৬১|৫|৭}}`: kind birth, with the field name).
 * A field named for a date reads bare years too (`| established_date1 = ১১৫৬`); a sport infobox's
 * `date`/`year` pair is one date (`| date = ১৫ মার্চ | year = ১৯৭৭`, `date_start`/`year_start`). Statistics "as of" fields
 * (`population_census_year`), images and maps are not events.
 */
function infoboxEvents(
  t: Template,
  below: readonly Nodes[],
  section: string[],
  source: string,
  done: Set<Template>,
  fieldTexts: FieldTexts,
): Event[] {
  const out: Event[] = [];
  const datedIn = datedByField(t, below);
  const fields = new Map(t.children.filter((a) => a.name !== undefined).map((a) => [a.name!.toLowerCase(), a]));
  // date/year pairs: `date2 = ১৫ মার্চ` + `year2 = ১৯৭৭`, `date_start = ২৭ আগস্ট` + `year_start = ১৯৩০` (in any order)
  const yearOf = new Map<string, DateValue>();
  const joined = new Set<string>();
  for (const name of fields.keys()) {
    const at = name.lastIndexOf('date');
    // `date2` ↔ `year2`; a name with a line break pairs with nothing (as the regex this replaced: `.` stops there)
    const yearArg =
      at >= 0 && !LINE_BREAK.test(name) ? fields.get(`${name.slice(0, at)}year${name.slice(at + 4)}`) : undefined;
    if (!yearArg) continue;
    const y = extractDates(fieldText(yearArg, fieldTexts).text, { bareYears: true })[0];
    if (!y || y.value.year === null) continue;
    yearOf.set(name, y.value);
    joined.add(yearArg.name!.toLowerCase());
  }
  for (const arg of t.children) {
    if (arg.name === undefined || isInfoboxSkippedField(arg.name) || joined.has(arg.name.toLowerCase())) continue;
    const start = startOf(arg);
    const end = endOf(arg);
    const pt = fieldText(arg, fieldTexts);
    const field = arg.name;
    const sentence = `${field}: ${pt.text}`;
    const dated = datedIn.get(arg) ?? [];
    for (const d of dated) done.add(d);
    for (const x of templateRanges(dated, source))
      out.push({ date: x.date, sentence, section, start, end, kind: x.kind === 'date' ? 'infobox' : x.kind, field });
    const datedSpans = new Spans(dated);
    const dateField = isInfoboxDateField(field);
    const previous = yearOf.get(field.toLowerCase()) ?? null;
    for (const m of extractDates(pt.text, { bareYears: dateField, previous })) {
      // a field not named for a date that holds nothing but a number holds a measure or a statistic
      // (`elevation_max_m = 1035`, `blank_info = 2017`), not a year
      if (!dateField && bareNumber(m) && pt.text.trim() === m.text) continue;
      const date = remap(m, pt, 0, source);
      // a feast day's `৩০ মে` comes back every year; another day with no year anywhere in the infobox dates nothing
      if (
        date.value.year === null &&
        !date.recurring &&
        date.value.precision === 'day' &&
        isInfoboxRecurringField(field)
      )
        date.recurring = true;
      if (datedSpans.has(date.start) || (date.value.year === null && !date.recurring)) continue;
      out.push({ date, sentence, section, start, end, kind: 'infobox', field });
    }
  }
  return out;
}

/**
 * A death template's birth date repeats the birth template's: keep one event per kind and value
 * (`{{জন্ম তারিখ|১৮৬১|৫|৭}}` and `{{মৃত্যু তারিখ ও বয়স|১৯৪১|৮|৭|১৮৬১|৫|৭}}` give one birth).
 */
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
  return eventsOfSections(sectionsOf(root), source, new Walk(root), options);
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
