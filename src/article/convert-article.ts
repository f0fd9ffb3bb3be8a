// The article record the CLI prints: `convertArticle(wikitext, { title })` → title, redirect,
// sections, text, links, categories, templates, infoboxes, references, dates, events (and the tree).
import type { ExtensionTag, Nodes, Root, Template, TemplateArgument, WikiLink } from '../ast.js';
import { extractDates, type DateMention } from '../dates/index.js';
import { eventsOfSections, fieldText } from '../events/extract-events.js';
import { parse } from '../parse.js';
import { Walk } from '../passes/walk.js';
import { CITATION_DATE_FIELD, isCitation, isCitationDateField } from '../site/citations.js';
import { isInfobox } from '../site/templates.js';
import { stringifyAll } from '../stringify.js';
import { linkLabel, trimmedPlainTextOf, type PlainText } from '../text/plain-text.js';
import { sectionsOf } from '../text/sections.js';
import type { Article, ArticleDate, ArticleField, ArticleSection, ConvertOptions, Reference } from './types.js';

export type { Article, ArticleField, ConvertOptions } from './types.js';

const endOf = (n: Nodes) => n.position!.end.offset!;

/**
 * What one article renders more than once, kept for its conversion: a citation field's plain text (its
 * reference's fields and its date mentions both read it) and the dates in a field's text (`সংগ্রহের-তারিখ=১৩
 * ফেব্রুয়ারি ২০১৪` repeats across a page's citations).
 */
interface Renders {
  fields: Map<TemplateArgument, PlainText>;
  dates: Map<string, DateMention[]>;
}
const newRenders = (): Renders => ({ fields: new Map(), dates: new Map() });

/** A template argument's value as trimmed plain text: its rendering if there is one, else without an offset map. */
function fieldValue(a: TemplateArgument, renders: Renders): string {
  const pt = renders.fields.get(a);
  return pt ? pt.text.trim() : trimmedPlainTextOf(a.children, endOf(a));
}

/** extractDates of a field's text, read once per distinct text. */
function datesIn(text: string, renders: Renders): DateMention[] {
  let found = renders.dates.get(text);
  if (!found) renders.dates.set(text, (found = extractDates(text)));
  return found;
}

/** The source of an argument's value (after `name=`), sliced from the wikitext by offsets. */
function valueSource(a: TemplateArgument, source: string): string {
  const first = a.children[0];
  return first ? source.slice(first.position!.start.offset!, a.position!.end.offset!) : '';
}

/**
 * A record keyed by names the wikitext gives (`| __proto__ = ক` is kept like `| নাম = ক`): no prototype, so no
 * name is special. V8 also adds keys to such an object without building hidden classes for every name order.
 */
const dictionary = (): Record<string, string> => Object.create(null) as Record<string, string>;

/** Template arguments as strings: positional ones numbered "1", "2" …, named by their name. */
function argumentsOf(t: Template, source: string, renders?: Renders): Record<string, string> {
  const out = dictionary();
  let n = 0;
  for (const a of t.children) {
    const key = a.name ?? String(++n);
    out[key] = renders ? fieldValue(a, renders) : valueSource(a, source).trim();
  }
  return out;
}

/** The first citation template inside `nodes[i]`: its descendants follow it in the walk, up to its end. */
function firstCitationIn(nodes: readonly Nodes[], i: number): Template | undefined {
  const end = endOf(nodes[i]);
  for (let j = i + 1; j < nodes.length && nodes[j].position!.start.offset! < end; j++) {
    const n = nodes[j];
    if (n.type === 'template' && isCitation(n.name)) return n;
  }
  return undefined;
}

function reference(ref: ExtensionTag, cite: Template | undefined, source: string, renders: Renders): Reference {
  return {
    name: ref.attributes.name ?? null,
    group: ref.attributes.group ?? null,
    text: trimmedPlainTextOf(ref.children, endOf(ref)),
    citation: cite ? { template: cite.name, fields: argumentsOf(cite, source, renders) } : null,
  };
}

/** Dates in a citation's date fields (`সংগ্রহের-তারিখ=১৩ ফেব্রুয়ারি ২০১৪`): metadata, never events. */
function citationDates(t: Template, source: string, renders: Renders): ArticleDate[] {
  const out: ArticleDate[] = [];
  for (const a of t.children) {
    if (a.name === undefined || !(CITATION_DATE_FIELD.test(a.name) || isCitationDateField(a.name))) continue;
    const pt = fieldText(a, renders.fields);
    for (const m of datesIn(pt.text, renders)) {
      const start = pt.map[m.start];
      const end = pt.map[m.end - 1] + 1;
      out.push({ ...m, text: source.slice(start, end), start, end, source: 'citation', field: a.name });
    }
  }
  return out;
}

/** Converts one article's wikitext into its record; with `meta.fields`, only what those fields need is computed. */
export function convertArticle(wikitext: string, meta: ConvertOptions = {}): Article {
  const want = meta.fields ? new Set<string>(meta.fields) : null;
  const wants = (...fields: ArticleField[]): boolean => want === null || fields.some((f) => want.has(f));
  const root: Root = parse(wikitext);
  const first = root.children.find((c) => c.type !== 'text' || c.value.trim() !== '');
  const redirect = first?.type === 'redirect' ? first.target : null;
  // Sections carry the plain text that text, sections and events (so dates) all read: rendered once.
  const parts = wants('sections', 'text', 'events', 'dates') ? sectionsOf(root) : [];
  const sections = wants('sections', 'text')
    ? parts.map((s) => ({
        heading: s.title,
        level: s.level,
        path: s.path,
        text: s.body.text.trim(),
        start: s.start,
        end: s.end,
        appendix: s.appendix,
      }))
    : [];
  const article: Article = {
    title: meta.title ?? null,
    redirect,
    sections,
    text: wants('text') ? articleText(sections, meta.appendices !== false) : '',
    links: [],
    categories: [],
    templates: [],
    infoboxes: [],
    references: [],
    dates: [],
    events: [],
  };
  const citations: Template[] = [];
  const renders = newRenders();
  // the tree's one walk, made when a field first needs it: the record's links and templates, the events' sections
  let walked: Walk | undefined;
  const walk = (): Walk => (walked ??= new Walk(root));
  if (wants('links', 'categories', 'templates', 'infoboxes', 'references', 'dates')) {
    const links = wants('links', 'categories');
    const templates = wants('templates');
    const infoboxes = wants('infoboxes');
    const citationDates = wants('dates');
    const references = wants('references');
    // one walk of the tree: a reference's citation is found among the nodes that follow it
    const nodes = walk().nodes;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (node.type === 'wikiLink') {
        if (links) addLink(article, node);
      } else if (node.type === 'template') {
        if (templates) article.templates.push({ name: node.name, arguments: argumentsOf(node, wikitext) });
        if (infoboxes && isInfobox(node.name)) {
          const fields = dictionary();
          for (const a of node.children)
            if (a.name !== undefined) fields[a.name] = fieldText(a, renders.fields).text.trim();
          article.infoboxes.push({ name: node.name, fields });
        }
        if (citationDates && isCitation(node.name)) citations.push(node);
      } else if (references && node.type === 'extensionTag' && node.name === 'ref')
        article.references.push(reference(node, firstCitationIn(nodes, i), wikitext, renders));
    }
  }
  // the infobox fields rendered above are read again by the events, not rendered twice
  if (wants('events', 'dates')) article.events = eventsOfSections(parts, wikitext, walk(), {}, renders.fields);
  if (wants('dates')) {
    for (const e of article.events) {
      const source = e.kind === 'prose' ? 'prose' : e.kind === 'infobox' ? 'infobox' : 'template';
      const date: ArticleDate = { ...e.date, source };
      if (e.field) date.field = e.field;
      article.dates.push(date);
    }
    for (const c of citations) article.dates.push(...citationDates(c, wikitext, renders));
  }
  if (meta.ast || want?.has('ast')) article.ast = root;
  return article;
}

/**
 * The sections' text, each after its heading's line. A heading shows only when its section or one
 * below it has text (no bare `তথ্যসূত্র` at the end); without `appendices`, appendix sections go.
 */
function articleText(sections: ArticleSection[], appendices: boolean): string {
  const kept = sections.filter((s) => appendices || !s.appendix);
  // A section's text counts when it holds a letter or digit (a lone `.` left by citations does not).
  const texts = kept.map((s) => (/[\p{L}\p{N}]/u.test(s.text) ? s.text : ''));
  const out: string[] = [];
  kept.forEach((s, i) => {
    if (!s.heading) {
      if (texts[i]) out.push(texts[i]);
      return;
    }
    // Its own text, or text in a section below it (up to the next heading of its level or higher).
    let hasText = !!texts[i];
    for (let j = i + 1; !hasText && j < kept.length && kept[j].level > s.level; j++) hasText = !!texts[j];
    if (hasText) out.push(texts[i] ? `${s.heading}\n${texts[i]}` : s.heading);
  });
  return out.join('\n\n');
}

function addLink(article: Article, link: WikiLink): void {
  if (link.linkType === 'category') {
    const key = link.children[0];
    article.categories.push({ name: link.title, sortKey: key ? stringifyAll(key.children).trim() : null });
    return;
  }
  article.links.push({ target: link.target, label: linkLabel(link), namespace: link.namespace, type: link.linkType });
}
