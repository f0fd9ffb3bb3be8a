// The article record: what `convertArticle` returns and the CLI prints (JSON Schema: schema.json).
import type { LinkType, Root } from '../ast.js';
import type { DateMention } from '../dates/index.js';
import type { Event } from '../events/extract-events.js';

export interface Article {
  /** Page title (from the dump or `meta.title`), null when unknown. */
  title: string | null;
  /** Page id from the dump (set by the CLI). */
  id?: number;
  /** The page's last revision id from the dump (set by the CLI). */
  revid?: number;
  /** The page's address from the dump's site base: "https://bn.wikipedia.org/wiki/%E0%A6%A2…" (set by the CLI). */
  url?: string;
  /** Namespace number from the dump (set by the CLI). */
  ns?: number;
  /** Revision timestamp from the dump (set by the CLI). */
  timestamp?: string;
  /** The input file the record came from, for folders (set by the CLI). */
  file?: string;
  /** Redirect target (`#পুনর্নির্দেশ [[বাংলাদেশ]]` → "বাংলাদেশ"), null for an article. */
  redirect: string | null;
  /** The lead (level 0, path []) and every heading's section, in order. */
  sections: ArticleSection[];
  /**
   * Plain text of the whole article: each section's heading line, then its text. Headings of sections
   * with no text (and none below them) are left out; appendices too with `{ appendices: false }`.
   */
  text: string;
  /** Internal links other than categories: `[[ঢাকা|রাজধানী]]` → target "ঢাকা", label "রাজধানী". */
  links: ArticleLink[];
  categories: ArticleCategory[];
  /** Every template (nested ones too) with its arguments as written (positional ones numbered from "1"). */
  templates: ArticleTemplate[];
  /** তথ্যছক … / Infobox … templates with cleaned (plain-text) field values. */
  infoboxes: Infobox[];
  /** Every `<ref>`: its name, group, text and the citation template's fields. */
  references: Reference[];
  /** Every date mention with where it came from; offsets in the wikitext. */
  dates: ArticleDate[];
  /** Dated events (prose, infobox, birth, death) in document order. */
  events: Event[];
  /** The syntax tree, only with `{ ast: true }`. */
  ast?: Root;
}

export interface ArticleSection {
  /** Heading text ('' for the lead). */
  heading: string;
  /** 0 for the lead, else the heading depth (1–6). */
  level: number;
  /** Heading path ([] for the lead). */
  path: string[];
  /** Plain text of the section (without its heading). */
  text: string;
  /** Source range `[start, end)` of the section in the wikitext, heading included. */
  start: number;
  end: number;
  /** An appendix: তথ্যসূত্র, পাদটীকা, টীকা, গ্রন্থপঞ্জি, বহিঃসংযোগ, আরও দেখুন (or an English name), or a section inside one. */
  appendix: boolean;
}

export interface ArticleLink {
  target: string;
  label: string;
  namespace: number;
  type: LinkType;
}

export interface ArticleCategory {
  /** Category name without the prefix: `[[বিষয়শ্রেণী:বাংলাদেশের নদী|ক]]` → "বাংলাদেশের নদী". */
  name: string;
  sortKey: string | null;
}

export interface ArticleTemplate {
  name: string;
  /** By name, positional ones as "1", "2" …; an object without a prototype (`__proto__` is a name like any other). */
  arguments: Record<string, string>;
}

export interface Infobox {
  name: string;
  /** Named fields as plain text; an object without a prototype, like `ArticleTemplate.arguments`. */
  fields: Record<string, string>;
}

export interface Reference {
  name: string | null;
  group: string | null;
  /** Plain text of the reference body ('' for `<ref name=ক />`). */
  text: string;
  /** The first citation template in the body (`{{ওয়েব উদ্ধৃতি|…}}`), fields as plain text (no prototype). */
  citation: { template: string; fields: Record<string, string> } | null;
}

export type DateSource = 'prose' | 'infobox' | 'template' | 'citation';

export interface ArticleDate extends DateMention {
  source: DateSource;
  /** Template or infobox field the date came from. */
  field?: string;
}

export interface ConvertOptions {
  title?: string;
  /** Include the syntax tree as `ast`. */
  ast?: boolean;
  /** `false` leaves appendix sections (তথ্যসূত্র, বহিঃসংযোগ, আরও দেখুন …) out of `text` (default: true). */
  appendices?: boolean;
  /**
   * Compute only these fields (`['text', 'events']`); the others stay empty (`[]`, `''`, null). Default: all.
   * `title` and `redirect` are always filled (they cost nothing).
   */
  fields?: readonly ArticleField[];
}

/** A field of the record: "title", "text", "events" … */
export type ArticleField = keyof Article;
