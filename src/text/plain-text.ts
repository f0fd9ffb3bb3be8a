// The prose a reader sees, with a map from every text offset back to the wikitext:
// `'''[[ঢাকা]]''' বাংলাদেশের রাজধানী।<ref>…</ref>` → "ঢাকা বাংলাদেশের রাজধানী।" (map[0] = 5).
// Link labels (with trails), bold/italic text, list and table cell text are kept; templates (but the
// few that render prose), refs, comments, file and category links, switches and tags are not.
import type { Nodes, Root, TemplateArgument, WikiLink } from '../ast.js';
import { parse } from '../parse.js';
import { PROSE_TEMPLATES, SYMBOL_TEMPLATES } from '../site/templates.js';
import { toBengaliDigits } from '../dates/index.js';
import { renderTemplateDate } from '../dates/date-templates.js';

/** Plain text and, for each of its offsets (and its end), the offset in the source it came from. */
export interface PlainText {
  text: string;
  map: Int32Array;
}

/** Extension tags whose body a reader sees as text. */
const VISIBLE_TAGS = new Set(['nowiki', 'pre']);

/** Collects text pieces with their source offsets. */
class Collector {
  private parts: string[] = [];
  /** Per piece: source offset of its first char, and whether the following chars follow in the source. */
  private sources: number[] = [];
  private verbatim: boolean[] = [];
  /** Added to every source offset: set while rendering a tree parsed from a slice of the source. */
  private shift = 0;

  /** Renders a sub-tree parsed from the source text starting at `offset`. */
  within(offset: number, render: () => void): void {
    this.shift += offset;
    render();
    this.shift -= offset;
  }

  /** Text copied from the source at `from` (char i came from `from + i`). */
  copy(text: string, from: number): void {
    if (!text) return;
    this.parts.push(text);
    this.sources.push(from + this.shift);
    this.verbatim.push(true);
  }

  /** Drops trailing blanks and line breaks from what was collected so far. */
  trimEnd(): void {
    // Most pieces end in a letter: no blank at the end, nothing to do (`ঢাকা`, `a`).
    const last = this.parts.length ? this.parts[this.parts.length - 1] : '';
    const c = last.charCodeAt(last.length - 1);
    if (c > 0x20 && c !== 0xa0 && c < 0x1680) return;
    while (this.parts.length) {
      const last = this.parts.length - 1;
      const trimmed = this.parts[last].replace(/[\s]+$/, '');
      if (trimmed) {
        this.parts[last] = trimmed;
        return;
      }
      this.parts.pop();
      this.sources.pop();
      this.verbatim.pop();
    }
  }

  /** A block's end: at most one line break, merged with the source's own newlines. */
  softBreak(at: number): void {
    this.add('\r', at);
  }

  /** Text the source does not hold as such (an entity's char, a block break) pinned to `at`. */
  add(text: string, at: number): void {
    this.parts.push(text);
    this.sources.push(at + this.shift);
    this.verbatim.push(false);
  }

  /** Joins the pieces, collapsing blank runs (spaces within lines, more than one empty line). */
  finish(sourceEnd: number): PlainText {
    const raw = this.parts.join('');
    const rawMap = new Int32Array(raw.length);
    let k = 0;
    for (let i = 0; i < this.parts.length; i++) {
      const n = this.parts[i].length;
      const from = this.sources[i];
      if (this.verbatim[i]) for (let j = 0; j < n; j++) rawMap[k + j] = from + j;
      else rawMap.fill(from, k, k + n);
      k += n;
    }
    return compact(raw, rawMap, sourceEnd);
  }
}

/** Whether a char is a blank that `compact` rewrites: space, tab, line break or soft break. */
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Drops spaces at line edges and repeated spaces, keeps at most one empty line, trims the ends.
 * Blank runs rewritten: two or more spaces, or any run holding a tab or a (soft) line break.
 */
function compact(raw: string, rawMap: Int32Array, sourceEnd: number): PlainText {
  const map = new Int32Array(raw.length + 1);
  let text = '';
  let k = 0;
  let i = 0;
  let at = 0;
  for (;;) {
    // The next blank run [at, i) worth rewriting (a lone space stays as it is).
    at = i;
    let runEnd = -1;
    while (at < raw.length) {
      if (!isBlank(raw.charCodeAt(at))) {
        at++;
        continue;
      }
      let e = at;
      let lineish = false;
      while (e < raw.length && isBlank(raw.charCodeAt(e))) {
        if (raw.charCodeAt(e) !== 32) lineish = true;
        e++;
      }
      if (lineish || e - at > 1) {
        runEnd = e;
        break;
      }
      at = e;
    }
    const stop = runEnd < 0 ? raw.length : at;
    if (stop > i) {
      text += raw.slice(i, stop);
      for (let j = i; j < stop; j++) map[k++] = rawMap[j];
    }
    if (runEnd < 0) break;
    i = runEnd;
    if (k === 0 || i >= raw.length) continue;
    // "\n" counts (at most two: one empty line); "\r" is a soft break (a block's end): one at most.
    let newlines = 0;
    let soft = -1;
    for (let j = at; j < i && newlines < 2; j++) {
      const c = raw.charCodeAt(j);
      if (c === 10) map[k + newlines++] = rawMap[j];
      else if (c === 13 && soft < 0) soft = j;
    }
    if (!newlines && soft >= 0) map[k + newlines++] = rawMap[soft];
    if (newlines) text += newlines === 1 ? '\n' : '\n\n';
    else {
      text += ' ';
      map[k] = rawMap[at];
    }
    k += newlines || 1;
  }
  let from = 0;
  if (text.startsWith(' ')) from = 1;
  if (text.endsWith(' ') && k > from) k--;
  text = text.slice(from, k);
  map[k] = k > from ? Math.min(map[k - 1] + 1, sourceEnd) : sourceEnd;
  return { text, map: map.slice(from, k + 1) };
}

const start = (n: Nodes) => n.position!.start.offset!;
const end = (n: Nodes) => n.position!.end.offset!;

/** The positional argument `n` (1-based) of a template. */
function positional(args: TemplateArgument[], n: number): TemplateArgument | undefined {
  let k = 0;
  for (const a of args) if (a.name === undefined && ++k === n) return a;
  return undefined;
}

/** Unpaired `[[`, `]]`, `{{`, `}}` and stray `<ref …>` tags are broken markup, not prose: skipped. */
const BROKEN = /\[\[|\]\]|\{\{|\}\}|<\/?ref\b[^>]*>/gi;

/** Copies source text, leaving out the remnants of broken markup. */
function copyProse(text: string, from: number, out: Collector): void {
  if (!/[[\]{}<]/.test(text)) return out.copy(text, from);
  let at = 0;
  for (const m of text.matchAll(BROKEN)) {
    out.copy(text.slice(at, m.index), from + at);
    at = m.index! + m[0].length;
  }
  out.copy(text.slice(at), from + at);
}

/** Renders a link's visible label: `[[ক|খ]]` → খ, `[[ক]]ের` → কের. */
function renderLink(link: WikiLink, out: Collector): void {
  if (link.linkType === 'file' || link.linkType === 'category' || link.linkType === 'interlanguage') return;
  if (link.children.length) {
    link.children.forEach((part, i) => {
      if (i > 0) out.copy('|', start(part) - 1);
      renderAll(part.children, out);
    });
  } else {
    const lead = /^\s*:?/.exec(link.rawTarget)![0].length;
    out.copy(link.rawTarget.slice(lead), start(link) + 2 + lead);
  }
  out.copy(link.trail, end(link) - link.trail.length);
}

/** Appends what a reader sees of one node. */
function render(node: Nodes, out: Collector): void {
  switch (node.type) {
    case 'text':
      return copyProse(node.value, start(node), out);
    case 'entity':
      return out.add(node.char === '\u00a0' ? ' ' : node.char, start(node));
    case 'htmlTag':
      if (node.name === 'br' || (!node.closing && /^(?:p|div|li|tr|blockquote|center)$/.test(node.name))) out.softBreak(start(node));
      return;
    case 'bold':
    case 'italic':
    case 'linkPart':
    case 'templateArgument':
    case 'root':
      return renderAll(node.children, out);
    case 'wikiLink':
      return renderLink(node, out);
    case 'externalLink':
      if (node.bare) out.copy(node.url, start(node));
      else renderAll(node.children, out);
      return;
    case 'template': {
      const symbol = SYMBOL_TEMPLATES[node.name];
      if (symbol !== undefined) return out.add(symbol, start(node));
      const date = renderTemplateDate(node);
      if (date) return out.add(date, start(node));
      const n = PROSE_TEMPLATES[node.name];
      const arg = n ? positional(node.children, n) : undefined;
      if (arg) renderAll(arg.children, out);
      return;
    }
    case 'parserFunction':
      // `{{formatnum:41}}` → ৪১ (bnwiki prints Bengali digits; one digit for one digit, so the map holds).
      if (node.name === 'formatnum' && node.children[0]) {
        const arg = node.children[0];
        if (arg.children.every((c) => c.type === 'text')) out.copy(toBengaliDigits(arg.children.map((c) => (c as { value: string }).value).join('')), start(arg));
      }
      return;
    case 'magicWord':
      if (node.name === '!' || node.name === '=') out.add(node.name === '!' ? '|' : '=', start(node));
      return;
    case 'extensionTag':
      // `<nowiki>[[না]]</nowiki>` shows its body as written; a `<poem>` body is wikitext.
      if (node.name === 'poem') for (const c of node.children) if (c.type === 'text') out.within(start(c), () => renderAll(parse(c.value).children, out));
      if (VISIBLE_TAGS.has(node.name)) for (const c of node.children) if (c.type === 'text') out.copy(c.value, start(c));
      return;
    case 'heading':
      out.softBreak(start(node));
      renderAll(node.children, out);
      return out.softBreak(end(node));
    case 'list':
      out.softBreak(start(node));
      return renderAll(node.children, out);
    case 'listItem':
      renderAll(node.children, out);
      return out.softBreak(end(node));
    case 'table':
      out.softBreak(start(node));
      for (const c of node.children) if (c.type !== 'text' && c.type !== 'comment') render(c, out);
      return out.softBreak(end(node));
    case 'tableCaption':
      renderAll(node.children, out);
      return out.softBreak(end(node));
    case 'tableRow':
      // One line per row, whether its cells stand on one line (`| ক || খ`) or on several.
      for (const c of node.children) if (c.type === 'tableCell') {
        render(c, out);
        out.trimEnd();
        out.add('\t', end(c));
      }
      return out.softBreak(end(node));
    case 'tableCell':
      return renderAll(node.children, out);
    case 'preformatted':
      return renderAll(node.children, out);
    case 'htmlElement':
      // as its open tag did when tags were tokens: a block tag breaks the line
      if (/^(?:p|div|li|tr|blockquote|center)$/.test(node.name)) out.softBreak(start(node));
      return renderAll(node.children, out);
    case 'magicLink':
      return out.copy(node.value, start(node));
    case 'horizontalRule':
      return out.softBreak(start(node));
    default:
      // comments, refs, parser functions, parameters, behaviour switches, redirects: not prose.
      return;
  }
}

function renderAll(nodes: readonly Nodes[], out: Collector): void {
  for (const n of nodes) render(n, out);
}

/** A link's label as a reader sees it: `[[ক|খ]]` → "খ", `[[:en:ক]]র` → "en:কর". */
export function linkLabel(link: WikiLink): string {
  if (link.children.length) return plainTextOf([link], end(link)).text;
  return (link.rawTarget.replace(/^\s*:?/, '') + link.trail).replace(/[\s_]+/g, ' ').trim();
}

/** `value` (found at `from`) without its edge spaces, with its one-to-one map. */
function trimmedText(value: string, from: number): PlainText {
  const lead = value.length - value.trimStart().length;
  const text = value.trim();
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = from + lead + i;
  return { text, map };
}

/** Plain text of some sibling nodes, with the offset map (`sourceEnd`: where the map's end points). */
export function plainTextOf(nodes: readonly Nodes[], sourceEnd: number): PlainText {
  // One plain text node with single spaces (most template arguments) is its own plain text.
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only?.type === 'text' && !/\s\s|[\n\r\t[\]{}<]/.test(only.value)) return trimmedText(only.value, start(only));
  const out = new Collector();
  for (const n of nodes) render(n, out);
  return out.finish(sourceEnd);
}

/** Readable prose of wikitext or of a parsed node: no markup, blank runs collapsed. */
export function toPlainText(input: string | Nodes): string {
  const node: Nodes = typeof input === 'string' ? parse(input) : input;
  const children = node.type === 'root' ? (node as Root).children : [node];
  return plainTextOf(children, end(node)).text;
}
