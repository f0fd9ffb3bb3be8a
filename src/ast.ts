// The syntax tree of bn-wikitext: unist nodes, plain JSON, one interface per construct.
// Every node has `position` ({ start, end } of { line, column, offset }, 1-based line/column,
// 0-based UTF-16 offset, end exclusive). Neighbouring nodes share point objects (a link's end is the next
// text's start): treat positions as read-only and copy a point before changing it. Syntax (markers, raw attributes) is kept in string fields
// so that `stringify(parse(s)) === s` for every string.
import type { Data, Position } from 'unist';

export type { Data, Position };

/** Any node (structurally a unist `Node`). */
export interface Node {
  type: string;
  position?: Position;
  data?: Data;
}

/** A leaf with a string value (a unist `Literal`). */
export interface Literal extends Node {
  value: string;
}

/** A node with children (a unist `Parent`). */
export interface Parent extends Node {
  children: Nodes[];
}

/** The whole document: `'''কাতার''' ... ==ইতিহাস== ...`. */
export interface Root extends Parent {
  type: 'root';
  children: RootContent[];
  data?: RootData;
}
export interface RootData extends Data {
  /** Whether the flattened shape (headings mid-line, no newlines) was used. */
  flattened?: boolean;
  /** Diagnostics: what was odd about the input (or a parser bug), with where. */
  messages?: string[];
}

/** Plain text as written: `বাংলাদেশ একটি দেশ`. */
export interface Text extends Literal {
  type: 'text';
}

/** `<!-- মন্তব্য -->`; `value` is the inside, `closed` false when the comment runs to the end. */
export interface Comment extends Literal {
  type: 'comment';
  closed: boolean;
}

/** `==ইতিহাস==` → depth 2. Unbalanced `===ক==` → depth 2 with text `=ক`. */
export interface Heading extends Parent {
  type: 'heading';
  depth: 1 | 2 | 3 | 4 | 5 | 6;
  children: PhrasingContent[];
}

/** `'''বাংলা'''`; `open`/`close` are the apostrophes this node owns (`''` when auto-closed at line end). */
export interface Bold extends Parent {
  type: 'bold';
  open: string;
  close: string;
  children: PhrasingContent[];
}

/** `''বাংলা''`; `open`/`close` as for `Bold`. */
export interface Italic extends Parent {
  type: 'italic';
  open: string;
  close: string;
  children: PhrasingContent[];
}

export type LinkType = 'page' | 'file' | 'media' | 'category' | 'interlanguage' | 'interwiki' | 'special';

/**
 * `[[বাংলাদেশ|দেশ]]`, `[[বাংলাদেশ]]ের` (link trail), `[[চিত্র:x.jpg|থাম্ব|ডান|ক্যাপশন]]`,
 * `[[বিষয়শ্রেণী:দেশ|ক]]`, `[[en:Bangladesh]]`.
 * `target` is the title as MediaWiki resolves it: the namespace prefix in its local name
 * (`File:x.jpg`, `Image:x.jpg` → `চিত্র:X.jpg`; `Category:` → `বিষয়শ্রেণী:`), `_`→space, runs of spaces
 * to one, trimmed, first Latin letter upper-cased, fragment apart; interwiki targets keep their prefix. `children` are the `|`-separated parts
 * after the target (label, or file options and caption); `trail` is the Bengali text glued after `]]`.
 */
export interface WikiLink extends Parent {
  type: 'wikiLink';
  target: string;
  namespace: number;
  linkType: LinkType;
  /** Page title without its namespace prefix: `চিত্র:x.jpg` → `X.jpg`. */
  title: string;
  fragment?: string;
  /** Interwiki or language prefix, lower-case: `en`, `wikt`, `commons`. */
  interwiki?: string;
  /** The source between `[[` and the first `|` (or `]]`). */
  rawTarget: string;
  /**
   * On a link without `|`: the text it shows before the trail — the target as written, without a
   * leading `:` and comments, references and %-escapes decoded (`[[ক&amp;খ]]` → `ক&খ`).
   */
  label?: string;
  children: LinkPart[];
  trail: string;
}

/** One `|`-separated part of a link; for file links `option` names a recognised image option. */
export interface LinkPart extends Parent {
  type: 'linkPart';
  option?: string;
  children: PhrasingContent[];
}

/**
 * `[https://example.com উদাহরণ]` or a bare (free) `https://example.com`. `url` is the source;
 * `href` the URL MediaWiki links to (references decoded, Sanitizer::cleanUrl): `http://x&amp;y` →
 * `http://x&y`. A bare link's visible label is its `href`.
 */
export interface ExternalLink extends Parent {
  type: 'externalLink';
  url: string;
  href: string;
  bare: boolean;
  /** Whitespace between the URL and the label (bracketed links only). */
  separator: string;
  children: PhrasingContent[];
}

/** `{{তথ্যছক ব্যক্তি|নাম=রবীন্দ্রনাথ|১৮৬১}}`: `name` trimmed, `_`→space, no Template:/টেমপ্লেট: prefix. */
export interface Template extends Parent {
  type: 'template';
  name: string;
  /** The source of the name part, as written (between `{{` and the first `|`). */
  rawName: string;
  children: TemplateArgument[];
}

/** `{{#if:{{{1|}}}|হ্যাঁ|না}}`, `{{পূর্বনির্ধারিত_বাছাই:নাম}}`: first child is the text after `:`. */
export interface ParserFunction extends Parent {
  type: 'parserFunction';
  /** `#if`, `#invoke`, or the magic word's id in lower case: `DEFAULTSORT`/`পূর্বনির্ধারিত_বাছাই` → `defaultsort`. */
  name: string;
  /** Source before the `:` as written. */
  rawName: string;
  children: TemplateArgument[];
}

/** `{{PAGENAME}}`, `{{পাতার_নাম}}`, `{{!}}`: a variable with no arguments. */
export interface MagicWord extends Node {
  type: 'magicWord';
  name: string;
  rawName: string;
}

/** `নাম=রবীন্দ্রনাথ` (named) or `১৮৬১` (positional). `rawName` keeps the name as written. */
export interface TemplateArgument extends Parent {
  type: 'templateArgument';
  name?: string;
  rawName?: string;
  children: PhrasingContent[];
}

/** `{{{1|ডিফল্ট}}}`: a template parameter with optional default(s). */
export interface Parameter extends Parent {
  type: 'parameter';
  name: string;
  rawName: string;
  children: TemplateArgument[];
}

/**
 * `<ref name="ক">…</ref>`, `<ref name=খ />`, `<references/>`, `<nowiki>…</nowiki>`, `<math>…</math>`.
 * `open`/`close` are the tags as written (`close` is '' when self-closing). `<ref>` bodies are parsed
 * as wikitext; the bodies of the others are one text node (opaque).
 */
export interface ExtensionTag extends Parent {
  type: 'extensionTag';
  name: string;
  attributes: Record<string, string>;
  open: string;
  close: string;
  children: PhrasingContent[];
}

/**
 * `<small>ছোট</small>`, `<span style="display:none">ক</span>`: an HTML tag the Sanitizer allows that opens
 * and closes in the same children list, with what stands between as children. `open`/`close` are the
 * tags as written; `attributes` are parsed from `open`.
 */
export interface HtmlElement extends Parent {
  type: 'htmlElement';
  name: string;
  attributes: Record<string, string>;
  open: string;
  close: string;
  children: FlowContent[];
}

/** `<br />`, an unclosed `<small>`, a stray `</small>`: one tag as written (pairs are htmlElement nodes). */
export interface HtmlTag extends Literal {
  type: 'htmlTag';
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/**
 * A magic link, where the site makes them: `ISBN 978-0-306-40615-7` (a link to
 * Special:BookSources/9780306406157), `RFC 822`, `PMID 1234`. `id` is the number (an ISBN without
 * dashes and spaces, `X` upper-cased).
 */
export interface MagicLink extends Literal {
  type: 'magicLink';
  kind: 'ISBN' | 'PMID' | 'RFC';
  id: string;
}

/** `&nbsp;` → char U+00A0; `&#2437;` → `অ`. */
export interface Entity extends Literal {
  type: 'entity';
  char: string;
}

/** `__NOTOC__`, `__কোন_বিষয়বস্তুর_ছক_নয়__` → name `notoc`. */
export interface BehaviorSwitch extends Literal {
  type: 'behaviorSwitch';
  name: string;
}

/** `#পুনর্নির্দেশ [[বাংলাদেশ]]`: `keyword` is the source before the link. */
export interface Redirect extends Parent {
  type: 'redirect';
  keyword: string;
  target: string;
  children: [WikiLink];
}

/**
 * Indent-pre: consecutive lines that start with a space, as MediaWiki's rules decide
 * (` কোড\n আরও` → one node). Its children are the lines as written, leading spaces and the newlines
 * between them included (the last line's newline follows the node); nowiki and comments stay nodes.
 */
export interface Preformatted extends Parent {
  type: 'preformatted';
  children: PhrasingContent[];
}

/** `----` */
export interface HorizontalRule extends Literal {
  type: 'horizontalRule';
}

/** Consecutive list lines: `* ক\n** খ\n# গ`. */
export interface List extends Parent {
  type: 'list';
  /** Whether the item markers end in `#`. */
  ordered: boolean;
  children: ListItem[];
}

/**
 * One line of a list: `marker` is the whole prefix (`**`, `#:`, `;`); nested lists are children. The
 * definition of a one-line `;পদ:সংজ্ঞা` is an item of its own with marker `:` (its source).
 */
export interface ListItem extends Parent {
  type: 'listItem';
  marker: string;
  /** On the definition of a nested one-line term (`*;ক :খ`): the whole marker path, `*:`. */
  path?: string;
  children: (PhrasingContent | List | Table)[];
}

/** `{| class="wikitable"` … `|}`; `open` is the first line as written, `close` is `|}` or ''. */
export interface Table extends Parent {
  type: 'table';
  open: string;
  close: string;
  children: (TableCaption | TableRow | Text | Comment)[];
}

/** `|+ শিরোনাম` */
export interface TableCaption extends Parent {
  type: 'tableCaption';
  marker: string;
  attributes?: string;
  children: FlowContent[];
}

/** `|- style="…"` (marker '' for the implicit first row). */
export interface TableRow extends Parent {
  type: 'tableRow';
  marker: string;
  attributes: string;
  children: (TableCell | Text | Comment)[];
}

/** `| ক`, `|| খ`, `! শিরোনাম`, `!! …`, `| style="x" | ক` (attributes before the single `|`). */
export interface TableCell extends Parent {
  type: 'tableCell';
  header: boolean;
  marker: string;
  attributes?: string;
  children: FlowContent[];
}

/** Inline content: what can appear inside a line. */
export type PhrasingContent =
  | Text
  | Comment
  | Bold
  | Italic
  | WikiLink
  | ExternalLink
  | Template
  | ParserFunction
  | MagicWord
  | Parameter
  | ExtensionTag
  | HtmlTag
  | HtmlElement
  | Entity
  | MagicLink
  | BehaviorSwitch;

/** Content of table cells: lines of inline content and nested blocks. */
export type FlowContent = PhrasingContent | Heading | List | Table | HorizontalRule | Preformatted;

/** What the root holds. */
export type RootContent = FlowContent | Redirect;

/** Every node type, by name (like mdast's content maps). */
export interface NodeMap {
  root: Root;
  text: Text;
  comment: Comment;
  heading: Heading;
  bold: Bold;
  italic: Italic;
  wikiLink: WikiLink;
  linkPart: LinkPart;
  externalLink: ExternalLink;
  template: Template;
  parserFunction: ParserFunction;
  magicWord: MagicWord;
  templateArgument: TemplateArgument;
  parameter: Parameter;
  extensionTag: ExtensionTag;
  htmlTag: HtmlTag;
  htmlElement: HtmlElement;
  entity: Entity;
  magicLink: MagicLink;
  behaviorSwitch: BehaviorSwitch;
  redirect: Redirect;
  horizontalRule: HorizontalRule;
  preformatted: Preformatted;
  list: List;
  listItem: ListItem;
  table: Table;
  tableCaption: TableCaption;
  tableRow: TableRow;
  tableCell: TableCell;
}

export type Nodes = NodeMap[keyof NodeMap];
export type Parents = Extract<Nodes, { children: unknown }>;
