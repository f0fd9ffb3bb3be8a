// One typed constructor per node, called from one-line grammar actions: `b.wikiLink(s, …, range())`,
// e.g. `[[বাংলাদেশ|দেশ]]` → wikiLink { target: 'বাংলাদেশ', children: [linkPart 'দেশ'] }.
// Nodes get their `position` (with line/column, passes/positions) when made; a container's children
// list gets the per-list passes (passes/finish-list) right here, once its builder has split it.
import type {
  Comment,
  Entity,
  ExtensionTag,
  ExternalLink,
  Heading,
  HtmlTag,
  HorizontalRule,
  LinkPart,
  MagicWord,
  Parameter,
  ParserFunction,
  PhrasingContent,
  Redirect,
  Template,
  TemplateArgument,
  Text,
  WikiLink,
} from '../ast.js';
import { stringify, stringifyAll } from '../stringify.js';
import { classifyLink, decodeReferences, percentDecode } from '../passes/classify-links.js';
import { cleanUrl, decodeUrlEntities } from '../passes/clean-url.js';
import { exact, finishList } from '../passes/finish-list.js';
import { plainConstructor } from '../passes/plain-objects.js';
import { Session, type SessionOptions } from './session.js';
import { attributes } from './attributes.js';
import { decodeEntity } from './entities.js';
import type {
  ListMarkerToken,
  Pos,
  QuoteToken,
  RawNode,
  TableCellToken,
  TableCloseToken,
  TableOpenToken,
  TableRowToken,
} from './tokens.js';
import { normalizeTitle } from '../site/titles.js';

export { Session };
export type * from './tokens.js';

/** `{ start, end }` offsets as peggy's `range()` gives them. */
export interface Range {
  start: number;
  end: number;
}

/** The per-parse session (pairs, stops, site). */
export function session(input: string, options: SessionOptions): Session {
  return new Session(input, options);
}

/** `বাংলা` */
export function text(s: Session, value: string, r: Range): Text {
  return s.positions.textNode(value, r.start, r.end);
}

// The nodes a tree keeps are made by constructors, not literals (passes/plain-objects: never pretenured).
interface PlainContainer {
  type: string;
  children: PhrasingContent[];
  position: Pos;
}
/** `{ type, children, position }`: a positional template argument, a link part. */
const Plain = plainConstructor(function (
  this: PlainContainer,
  type: string,
  children: PhrasingContent[],
  position: Pos,
) {
  this.type = type;
  this.children = children;
  this.position = position;
});
/** `নাম=রবীন্দ্রনাথ`: a named template argument. */
const NamedArgumentNode = plainConstructor(function (
  this: TemplateArgument,
  name: string,
  rawName: string,
  children: PhrasingContent[],
  position: Pos,
) {
  this.type = 'templateArgument';
  this.name = name;
  this.rawName = rawName;
  this.children = children;
  this.position = position;
});
const CommentNode = plainConstructor(function (this: Comment, value: string, closed: boolean, position: Pos) {
  this.type = 'comment';
  this.value = value;
  this.closed = closed;
  this.position = position;
});
const ExtensionTagNode = plainConstructor(function (
  this: ExtensionTag,
  name: string,
  attrs: Record<string, string>,
  open: string,
  close: string,
  children: PhrasingContent[],
  position: Pos,
) {
  this.type = 'extensionTag';
  this.name = name;
  this.attributes = attrs;
  this.open = open;
  this.close = close;
  this.children = children;
  this.position = position;
});
const HeadingNode = plainConstructor(function (
  this: Heading,
  depth: Heading['depth'],
  children: PhrasingContent[],
  position: Pos,
) {
  this.type = 'heading';
  this.depth = depth;
  this.children = children;
  this.position = position;
});
/** The first fields of a link; the builder adds the rest in their order. */
const WikiLinkNode = plainConstructor(function (
  this: WikiLink,
  target: string,
  namespace: number,
  linkType: WikiLink['linkType'],
  title: string,
) {
  this.type = 'wikiLink';
  this.target = target;
  this.namespace = namespace;
  this.linkType = linkType;
  this.title = title;
});
const TemplateNode = plainConstructor(function (
  this: Template,
  name: string,
  rawName: string,
  children: TemplateArgument[],
  position: Pos,
) {
  this.type = 'template';
  this.name = name;
  this.rawName = rawName;
  this.children = children;
  this.position = position;
});
const HtmlTagNode = plainConstructor(function (
  this: HtmlTag,
  name: string,
  closing: boolean,
  selfClosing: boolean,
  value: string,
  position: Pos,
) {
  this.type = 'htmlTag';
  this.name = name;
  this.closing = closing;
  this.selfClosing = selfClosing;
  this.value = value;
  this.position = position;
});

/** `<!-- মন্তব্য -->` */
export function comment(s: Session, body: string, close: string, r: Range): Comment {
  return new CommentNode(body, close !== '', s.positions.pos(r.start, r.end));
}

/** `'''` (resolved by passes/resolve-quotes) */
export function quote(s: Session, value: string, r: Range): QuoteToken {
  return { type: 'quote', value, position: s.positions.pos(r.start, r.end) };
}

/** `&nbsp;`; an unknown name stays text. */
export function entity(s: Session, value: string, r: Range): Entity | Text {
  const char = decodeEntity(value);
  if (char === undefined) return text(s, value, r);
  return { type: 'entity', value, char, position: s.positions.pos(r.start, r.end) };
}

/** ASCII letter or digit (an HTML tag name's characters). */
const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** `<small>`, `</small>`, `<br/>` */
export function htmlTag(s: Session, value: string, r: Range): HtmlTag {
  const from = value.charCodeAt(1) === 0x2f ? 2 : 1;
  let to = from;
  while (to < value.length && isAlnum(value.charCodeAt(to))) to++;
  const name = value.slice(from, to).toLowerCase();
  return new HtmlTagNode(name, from === 2, /\/\s*>$/.test(value), value, s.positions.pos(r.start, r.end));
}

export { attributes };

/** `<ref name="ক">…</ref>`; `body` is parsed nodes (ref) or the opaque body string. */
export function extensionTag(
  s: Session,
  name: string,
  open: string,
  body: PhrasingContent[] | string,
  close: string,
  r: Range,
): ExtensionTag {
  const bodyStart = r.start + open.length;
  const children: PhrasingContent[] =
    typeof body === 'string'
      ? body
        ? [text(s, body, { start: bodyStart, end: bodyStart + body.length })]
        : []
      : finished(s, body, name !== 'ref');
  const raw = open.length === name.length + 2 ? '' : open.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
  return new ExtensionTagNode(name, attributes(raw), open, close, children, s.positions.pos(r.start, r.end));
}

/** `==ইতিহাস==` */
export function heading(s: Session, depth: number, children: PhrasingContent[], r: Range): Heading {
  return new HeadingNode(depth as Heading['depth'], finished(s, children), s.positions.pos(r.start, r.end));
}

/** `----` */
export function horizontalRule(s: Session, value: string, r: Range): HorizontalRule {
  return { type: 'horizontalRule', value, position: s.positions.pos(r.start, r.end) };
}

/** `*#` at the start of a line */
export function listMarker(s: Session, value: string, r: Range): ListMarkerToken {
  return { type: 'listMarker', value, position: s.positions.pos(r.start, r.end) };
}

/** `{| class="wikitable"` */
export function tableOpen(s: Session, value: string, r: Range): TableOpenToken {
  return { type: 'tableOpen', value, position: s.positions.pos(r.start, r.end) };
}

/** `|}` */
export function tableClose(s: Session, value: string, r: Range): TableCloseToken {
  return { type: 'tableClose', value, position: s.positions.pos(r.start, r.end) };
}

/** `|- style="…"` */
export function tableRow(s: Session, marker: string, attrs: string, r: Range): TableRowToken {
  return { type: 'tableRowToken', marker, attributes: attrs, position: s.positions.pos(r.start, r.end) };
}

/**
 * `| style="x" | ক` → attributes `style="x" `, content ` ক`; `|+ শিরোনাম` is a caption.
 * `| ক [[খ]] | গ` has no attributes: the part before the `|` holds a link (MediaWiki's `[[` test).
 */
export function tableCell(
  s: Session,
  marker: string,
  first: PhrasingContent[],
  rest: [number, PhrasingContent[]] | null,
  caption: boolean,
  header: boolean,
  r: Range,
): TableCellToken {
  const cell: TableCellToken = {
    type: 'tableCellToken',
    caption,
    header,
    marker,
    children: first,
    position: s.positions.pos(r.start, r.end),
  };
  if (!rest) return cell;
  const [pipe, content] = rest;
  const raw = stringifyAll(first);
  if (raw.includes('[[')) cell.children = [...first, text(s, '|', { start: pipe, end: pipe + 1 }), ...content];
  else {
    cell.attributes = raw;
    cell.children = content;
  }
  return cell;
}

/** `[https://bn.wikipedia.org উইকিপিডিয়া]` */
export function externalLink(
  s: Session,
  url: string,
  separator: string,
  children: PhrasingContent[],
  r: Range,
): ExternalLink {
  return {
    type: 'externalLink',
    url,
    href: cleanUrl(decodeUrlEntities(url)),
    bare: false,
    separator,
    children: finished(s, children, true),
    position: s.positions.pos(r.start, r.end),
  };
}

/** One `|`-separated part of a link: `থাম্ব`, `ক্যাপশন` */
export function linkPart(s: Session, children: PhrasingContent[], r: Range): LinkPart {
  return new Plain('linkPart', children, s.positions.pos(r.start, r.end)) as LinkPart;
}

/** `[[বাংলাদেশ|দেশ]]`: classified by the site; returns null when MediaWiki would show it as text. */
export function wikiLink(s: Session, _targetNodes: PhrasingContent[], parts: LinkPart[], r: Range): WikiLink | null {
  // The target's source is sliced from the input: it ends at the first part's `|` (or at `]]`).
  const rawTarget = s.input.slice(r.start + 2, parts.length ? parts[0].position!.start.offset! - 1 : r.end - 2);
  const link = classifyLink(rawTarget, s.site);
  if (!link) return null;
  // `[[ক|]]` is text: a link needs a label after its `|` (the pipe trick is a pre-save transform).
  if (parts.length === 1 && parts[0].children.length === 0) return null;
  // Links do not nest: `[[ক|[[খ]]]]` is text around the inner link (file captions may hold links).
  if (
    link.linkType !== 'file' &&
    link.linkType !== 'category' &&
    parts.some((p) => p.children.some((c) => c.type === 'wikiLink'))
  )
    return null;
  const node = new WikiLinkNode(link.target, link.namespace, link.linkType, link.title);
  // Property order as before (JSON output unchanged): interwiki links carry `interwiki` before `fragment`.
  if (link.interwiki !== undefined) node.interwiki = link.interwiki;
  if (link.fragment !== undefined) node.fragment = link.fragment;
  node.rawTarget = rawTarget;
  if (parts.length === 0) node.label = unpipedLabel(rawTarget);
  node.children = exact(parts);
  node.trail = '';
  node.position = s.positions.pos(r.start, r.end);
  const file = link.linkType === 'file';
  for (const part of parts) {
    const option = file
      ? s.site.imageOption(s.input.slice(part.position!.start.offset!, part.position!.end.offset!))
      : undefined;
    if (option) part.option = option;
    // A page link's label holds no free URLs (MediaWiki links nothing inside a link): `[[ক|http://x.org]]`.
    part.children = finished(s, part.children, !file && link.linkType !== 'category');
  }
  return node;
}

/**
 * What a link without `|` shows: its target as written, without comments and a leading `:`, references
 * and %-escapes decoded: `[[:বিষয়শ্রেণী:দেশ]]` → `বিষয়শ্রেণী:দেশ`, `[[%23%3c]]` → `#<`.
 */
function unpipedLabel(rawTarget: string): string {
  if (!PLAIN_LABEL.test(rawTarget)) return rawTarget;
  let t = rawTarget.includes('<!--') ? rawTarget.replace(/<!--[^]*?(?:-->|$)/g, '') : rawTarget;
  if (t.includes('%')) t = percentDecode(t);
  return decodeReferences(t.replace(/^\s*:/, ''));
}
/** A target whose label needs work: a comment, an escape, a reference, a leading `:` or blank. */
const PLAIN_LABEL = /<!--|%|&|^\s*:/;

/** Splits nodes at the first `sep` in a top-level text node: `নাম=রবীন্দ্রনাথ` → [`নাম`], [`রবীন্দ্রনাথ`]. */
function splitAt(s: Session, nodes: PhrasingContent[], sep: string): [PhrasingContent[], PhrasingContent[]] | null {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.type !== 'text') continue;
    const k = n.value.indexOf(sep);
    if (k < 0) continue;
    const start = n.position!.start.offset!;
    const head: PhrasingContent[] = k > 0 ? [text(s, n.value.slice(0, k), { start, end: start + k })] : [];
    const tail: PhrasingContent[] =
      k + sep.length < n.value.length
        ? [text(s, n.value.slice(k + sep.length), { start: start + k + sep.length, end: n.position!.end.offset! })]
        : [];
    // `নাম=রবীন্দ্রনাথ` alone (the usual argument) needs no copies of the list.
    return [
      i === 0 ? head : nodes.slice(0, i).concat(head),
      i === nodes.length - 1 ? tail : tail.concat(nodes.slice(i + 1)),
    ];
  }
  return null;
}

/** The visible text of name nodes (comments dropped): `ওয়েব উদ্ধৃতি<!-- x -->` → `ওয়েব উদ্ধৃতি`. */
function nameText(nodes: PhrasingContent[]): string {
  if (nodes.length === 1 && nodes[0].type === 'text') return nodes[0].value;
  let out = '';
  for (const n of nodes) if (n.type !== 'comment') out += n.type === 'entity' ? n.char : stringify(n);
  return out;
}

/** `নাম = রবীন্দ্রনাথ` (named) or `১৮৬১` (positional) */
export function templateArgument(s: Session, nodes: PhrasingContent[], r: Range): TemplateArgument {
  const split = splitAt(s, nodes, '=');
  if (!split) return new Plain('templateArgument', nodes, s.positions.pos(r.start, r.end)) as TemplateArgument;
  const [name, value] = split;
  const rawName = name.length === 1 && name[0].type === 'text' ? name[0].value : stringifyAll(name);
  return new NamedArgumentNode(nameText(name).trim(), rawName, value, s.positions.pos(r.start, r.end));
}

/** A positional argument that is never split at `=` (the text after `{{#if:`). */
function positional(s: Session, nodes: PhrasingContent[], r: Range): TemplateArgument {
  return new Plain('templateArgument', nodes, s.positions.pos(r.start, r.end)) as TemplateArgument;
}

const TEMPLATE_PREFIX = /^(?:template|টেমপ্লেট|msg|raw|subst|safesubst)\s*:\s*/i;
/** `{{ওয়েব উদ্ধৃতি|…}}`, `{{#if:…}}`, `{{DEFAULTSORT:…}}`, `{{PAGENAME}}` */
export function template(
  s: Session,
  nameNodes: PhrasingContent[],
  args: TemplateArgument[],
  r: Range,
): Template | ParserFunction | MagicWord {
  // The name's source is sliced from the input: it ends at the first argument's `|` (or at `}}`).
  const rawName = s.input.slice(r.start + 2, args.length ? args[0].position!.start.offset! - 1 : r.end - 2);
  const plain = nameNodes.length === 1 && nameNodes[0].type === 'text';
  const colon = plain && !rawName.includes(':') ? null : splitAt(s, nameNodes, ':');
  if (colon) {
    const fn = s.site.functionName(nameText(colon[0]));
    if (fn) {
      const before = stringifyAll(colon[0]);
      const firstStart = r.start + 2 + before.length + 1;
      const first = positional(s, colon[1], {
        start: firstStart,
        end: args.length ? args[0].position!.start.offset! - 1 : r.end - 2,
      });
      return {
        type: 'parserFunction',
        name: fn,
        rawName: before,
        children: finishArgs(s, [first, ...args]),
        position: s.positions.pos(r.start, r.end),
      };
    }
  }
  const visible = plain ? rawName : nameText(nameNodes);
  if (args.length === 0) {
    const v = s.site.variableName(visible);
    if (v) return { type: 'magicWord', name: v, rawName, position: s.positions.pos(r.start, r.end) };
  }
  // A plain name without `:` has no prefix to strip and is normalised once (normalizeTitle is idempotent).
  const name =
    colon === null && plain
      ? normalizeTitle(visible)
      : normalizeTitle(normalizeTitle(visible).replace(TEMPLATE_PREFIX, ''));
  return new TemplateNode(name, rawName, finishArgs(s, args), s.positions.pos(r.start, r.end));
}

/** Re-joins a named argument's name and `=` as text (parser-function arguments are positional). */
function reText(s: Session, a: TemplateArgument): PhrasingContent[] {
  const start = a.position!.start.offset!;
  const raw = a.rawName! + '=';
  return [text(s, raw, { start, end: start + raw.length })];
}

/** `{{{১|ডিফল্ট}}}` */
export function parameter(s: Session, nameNodes: PhrasingContent[], args: TemplateArgument[], r: Range): Parameter {
  const rawName = stringifyAll(nameNodes);
  const defaults = args.map((a) =>
    a.rawName !== undefined
      ? positional(s, [...reText(s, a), ...a.children], {
          start: a.position!.start.offset!,
          end: a.position!.end.offset!,
        })
      : a,
  );
  return {
    type: 'parameter',
    name: nameText(nameNodes).trim(),
    rawName,
    children: finishArgs(s, defaults),
    position: s.positions.pos(r.start, r.end),
  };
}

/** A built children list after its passes (passes/finish-list): `''ক''খ` → italic, text. */
function finished(s: Session, children: PhrasingContent[], opaque = false): PhrasingContent[] {
  return finishList(children as RawNode[], s.cx, opaque) as PhrasingContent[];
}

/** Runs the passes on each argument's children, once the arguments are split at `=`. */
function finishArgs(s: Session, args: TemplateArgument[]): TemplateArgument[] {
  for (const a of args) a.children = finished(s, a.children);
  return exact(args);
}

/** `#পুনর্নির্দেশ [[বাংলাদেশ]]` */
export function redirect(s: Session, keyword: string, link: WikiLink, r: Range): Redirect {
  const position = s.positions.pos(r.start, r.end);
  return { type: 'redirect', keyword, target: link.target, children: [link], position };
}

/** Flattens the grammar's item lists (a table-cell line yields several tokens, an indented one more). */
export function items(redirect: RawNode | null, list: Nested[]): RawNode[] {
  const out: RawNode[] = [];
  flatten(out, redirect);
  for (const x of list) flatten(out, x);
  return out;
}

type Nested = RawNode | null | Nested[];
function flatten(out: RawNode[], x: Nested): void {
  if (x === null) return;
  if (!Array.isArray(x)) out.push(x);
  else for (const y of x) flatten(out, y);
}
