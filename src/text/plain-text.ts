// The prose a reader sees, with a map from every text offset back to the wikitext:
// `'''[[ঢাকা]]''' বাংলাদেশের রাজধানী।<ref>…</ref>` → "ঢাকা বাংলাদেশের রাজধানী।" (map[0] = 5).
// Link labels (with trails), bold/italic text, list and table cell text are kept; templates (but the
// few that render prose), refs, comments, file and category links, switches and tags are not.
import type { HtmlTag, Nodes, Root, TableCell, WikiLink } from '../ast.js';
import { int32s } from '../int32-blocks.js';
import { parse } from '../parse.js';
import { stringifyAll } from '../stringify.js';
import { toBengaliDigits } from '../dates/index.js';
import { decodeEntity } from '../grammar-support/entities.js';
import { renderTemplate, type Sink } from './render-template.js';

/** Plain text and, for each of its offsets (and its end), the offset in the source it came from. */
export interface PlainText {
  text: string;
  map: Int32Array;
}

/** Extension tags whose body a reader sees as text (a formula stays as its TeX source). */
const VISIBLE_TAGS = new Set(['nowiki', 'pre', 'math', 'chem', 'ce', 'score', 'hiero']);

/** The longest text whose pieces' offsets use the reused array (a longer one gets its own, freed after). */
const SCRATCH_MAX = 1 << 18;

/**
 * The offsets of the joined pieces, read only while `finish` runs: one array reused from call to call (a new
 * typed array each time took a separate allocation and a sweep by the collector, ~2 % of a conversion). It is
 * made once at its full size and never freed (its pages count only once written, up to the longest text), so
 * malloc never unmaps it: an unmapping makes glibc raise its mmap threshold for good, after which big buffers
 * fragment its heap.
 */
const scratch = new Int32Array(SCRATCH_MAX);
function scratchMap(length: number): Int32Array {
  return length > SCRATCH_MAX ? new Int32Array(length) : scratch;
}

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

  /** Inside a table cell: line breaks and nested cells become spaces, so a row stays one line. */
  inCell = 0;

  /** Text copied from the source at `from` (char i came from `from + i`). */
  copy(text: string, from: number): void {
    if (!text) return;
    if (this.inCell && /[\n\r\v]/.test(text)) text = text.replace(/[\n\r\v]/g, ' ');
    this.parts.push(text);
    this.sources.push(from + this.shift);
    this.verbatim.push(true);
  }

  /** How many pieces were collected: a mark for `trimEnd`. */
  mark(): number {
    return this.parts.length;
  }

  /** Drops trailing blanks and line breaks from the pieces collected since `mark` (a cell's own text). */
  trimEnd(mark: number): void {
    // Most pieces end in a letter: no blank at the end, nothing to do (`ঢাকা`, `a`).
    const last = this.parts.length ? this.parts[this.parts.length - 1] : '';
    const c = last.charCodeAt(last.length - 1);
    if (c > 0x20 && c !== 0xa0 && c < 0x1680) return;
    while (this.parts.length > mark) {
      const last = this.parts.length - 1;
      const trimmed = this.parts[last].trimEnd();
      if (trimmed) {
        this.parts[last] = trimmed;
        return;
      }
      this.parts.pop();
      this.sources.pop();
      this.verbatim.pop();
    }
  }

  /** Whether the pieces since `mark` hold a letter or a digit (not only punctuation left by templates). */
  hasWordSince(mark: number): boolean {
    for (let i = mark; i < this.parts.length; i++) if (/[\p{L}\p{N}]/u.test(this.parts[i])) return true;
    return false;
  }

  /** Drops the pieces collected since `mark` (never grows the lists: `trimEnd` may have dropped below it). */
  dropSince(mark: number): void {
    if (mark >= this.parts.length) return;
    this.parts.length = this.sources.length = this.verbatim.length = mark;
  }

  /** The end of a table cell: a tab in the text (`compact` keeps it; a source tab is a blank). */
  cellEnd(at: number): void {
    this.add(CELL, at);
  }

  /** A block's end: at most one line break, merged with the source's own newlines. */
  softBreak(at: number): void {
    this.add('\r', at);
  }

  /** Text the source does not hold as such (an entity's char, a block break) pinned to `at`. */
  add(text: string, at: number): void {
    if (this.inCell && /[\n\r\v]/.test(text)) text = text.replace(/[\n\r\v]/g, ' ');
    this.parts.push(text);
    this.sources.push(at + this.shift);
    this.verbatim.push(false);
  }

  /** Joins the pieces, collapsing blank runs (spaces within lines, more than one empty line). */
  finish(sourceEnd: number): PlainText {
    const raw = this.parts.join('');
    const rawMap = scratchMap(raw.length);
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

/** The cell separator while collecting (a vertical tab, which wikitext never holds), a tab in the text. */
const CELL = '\v';

/** Where a blank run worth rewriting starts (or its second char, after a lone space): `ক  খ`, `ক\nখ`. */
const RUN_START = /[\t\n\v\r]| {2}/g;

/** Whether a char is a blank that `compact` rewrites: space, tab, line break, soft break or cell end. */
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 11;

/**
 * Drops spaces at line edges and repeated spaces, keeps at most one empty line, trims the ends.
 * Blank runs rewritten: two or more spaces, or any run holding a tab, a cell end or a (soft) line break.
 * Cell ends become tabs: one per cell end within a line (`ক\t\tগ`: an empty cell between), those
 * after a row's last line break (`\tখ`: an empty first cell); those before a line break go.
 */
function compact(raw: string, rawMap: Int32Array, sourceEnd: number): PlainText {
  const map = int32s(raw.length + 1);
  let text = '';
  let k = 0;
  let i = 0;
  let at = 0;
  for (;;) {
    // The next blank run [at, runEnd) worth rewriting (a lone space stays as it is): found by a regex, which
    // stops at a tab, cell end, line break or second space; a lone space just before it belongs to the run.
    RUN_START.lastIndex = i;
    const found = RUN_START.exec(raw);
    let runEnd = -1;
    at = raw.length;
    if (found) {
      at = found.index > i && raw.charCodeAt(found.index - 1) === 32 ? found.index - 1 : found.index;
      runEnd = found.index + 1;
      while (runEnd < raw.length && isBlank(raw.charCodeAt(runEnd))) runEnd++;
    }
    const stop = runEnd < 0 ? raw.length : at;
    if (stop > i) {
      text += raw.slice(i, stop);
      // a copy loop: `map.set(rawMap.subarray(…))` made a view object per run (~9 MB over the corpus)
      for (let j = i; j < stop; j++) map[k + j - i] = rawMap[j];
      k += stop - i;
    }
    if (runEnd < 0) break;
    i = runEnd;
    if (i >= raw.length) continue;
    if (k === 0) {
      // At the start only a row's empty first cells show (`\tঢাকা`).
      for (let j = at; j < i; j++) if (raw.charCodeAt(j) === 10 || raw.charCodeAt(j) === 13) at = j + 1;
      for (let j = at; j < i; j++)
        if (raw.charCodeAt(j) === 11) {
          text += '\t';
          map[k++] = rawMap[j];
        }
      continue;
    }
    // "\n" counts (at most two: one empty line); "\r" is a soft break (a block's end): one at most.
    let newlines = 0;
    let soft = -1;
    let lastBreak = -1;
    for (let j = at; j < i; j++) {
      const c = raw.charCodeAt(j);
      if (c === 10 || c === 13) lastBreak = j;
      if (newlines >= 2) continue;
      if (c === 10) map[k + newlines++] = rawMap[j];
      else if (c === 13 && soft < 0) soft = j;
    }
    if (!newlines && soft >= 0) map[k + newlines++] = rawMap[soft];
    // Cell ends after the last line break (or in a run without one) stay as tabs.
    let cells = 0;
    for (let j = Math.max(lastBreak + 1, at); j < i; j++)
      if (raw.charCodeAt(j) === 11) map[k + newlines + cells++] = rawMap[j];
    if (newlines) text += newlines === 1 ? '\n' : '\n\n';
    if (cells) text += '\t'.repeat(cells);
    if (!newlines && !cells) {
      text += ' ';
      map[k] = rawMap[at];
    }
    k += newlines + cells || 1;
  }
  let from = 0;
  if (text.startsWith(' ')) from = 1;
  if (text.endsWith(' ') && k > from) k--;
  text = text.slice(from, k);
  map[k] = k > from ? Math.min(map[k - 1] + 1, sourceEnd) : sourceEnd;
  return { text, map: map.subarray(from, k + 1) };
}

const start = (n: Nodes) => n.position!.start.offset!;
const end = (n: Nodes) => n.position!.end.offset!;

/** Unpaired `[[`, `]]`, `{{`, `}}` and stray `<ref …>` tags are broken markup, not prose: skipped. */
const BROKEN = /\[\[|\]\]|\{\{|\}\}|<\/?ref\b[^<>]*>/gi;

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
    // `[[''ক খ]]''`: the apostrophes are quote markup (MediaWiki runs quotes over the shown title too);
    // `[[ক&nbsp;খ]]` shows its entity's character.
    const lead = /^\s*:?/.exec(link.rawTarget)![0].length;
    const from = start(link) + 2;
    let at = lead;
    for (const m of link.rawTarget.matchAll(/'{2,}|&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/gi)) {
      if (m.index! < lead) continue;
      out.copy(link.rawTarget.slice(at, m.index), from + at);
      const char = m[0][0] === '&' ? decodeEntity(m[0]) : '';
      if (char === undefined) out.copy(m[0], from + m.index!);
      else if (char) out.add(char === '\u00a0' ? ' ' : char, from + m.index!);
      at = m.index! + m[0].length;
    }
    out.copy(link.rawTarget.slice(at), from + at);
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
      // A block tag's start and end (`<blockquote>…</blockquote>`) end a line; so does `<br>`.
      if (node.name === 'br' || /^(?:p|div|li|tr|blockquote|center)$/.test(node.name)) out.softBreak(start(node));
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
    case 'template':
      renderTemplate(node, sinkOf(out));
      return;
    case 'parserFunction':
      // `{{formatnum:41}}` → ৪১ (bnwiki prints Bengali digits; one digit for one digit, so the map holds).
      if (node.name === 'formatnum' && node.children[0]) {
        const arg = node.children[0];
        if (arg.children.every((c) => c.type === 'text'))
          out.copy(toBengaliDigits(arg.children.map((c) => (c as { value: string }).value).join('')), start(arg));
      }
      return;
    case 'magicWord':
      if (node.name === '!' || node.name === '=') out.add(node.name === '!' ? '|' : '=', start(node));
      return;
    case 'extensionTag':
      // `<nowiki>[[না]]</nowiki>` shows its body as written; a `<poem>` body is wikitext.
      if (node.name === 'poem')
        for (const c of node.children)
          if (c.type === 'text') out.within(start(c), () => renderAll(parse(c.value).children, out));
      if (VISIBLE_TAGS.has(node.name))
        for (const c of node.children) if (c.type === 'text') out.copy(c.value, start(c));
      return;
    case 'heading':
      out.softBreak(start(node));
      renderAll(node.children, out);
      return out.softBreak(end(node));
    case 'list':
      out.softBreak(start(node));
      return renderAll(node.children, out);
    case 'listItem': {
      // `: {| class="wikitable"`: an indented table's opening line (its rows follow as table lines).
      const first = node.children[0];
      if (node.children.length === 1 && first.type === 'text' && /^\s*\{\|/.test(first.value)) return;
      // `*{{Citation|…}}.`: an item whose templates show nothing leaves no stray `.` line.
      const mark = out.mark();
      renderAll(node.children, out);
      if (!out.hasWordSince(mark)) out.dropSince(mark);
      return out.softBreak(end(node));
    }
    case 'table':
      out.softBreak(start(node));
      for (const c of node.children) if (c.type !== 'text' && c.type !== 'comment') render(c, out);
      return out.softBreak(end(node));
    case 'tableCaption':
      renderAll(node.children, out);
      return out.softBreak(end(node));
    case 'tableRow':
      // One line per row, whether its cells stand on one line (`| ক || খ`) or on several.
      for (const c of node.children)
        if (c.type === 'tableCell') {
          const mark = out.mark();
          render(c, out);
          out.trimEnd(mark);
          out.cellEnd(end(c));
        }
      return out.softBreak(end(node));
    case 'tableCell':
      out.inCell++;
      renderAll(node.children, out);
      out.inCell--;
      return;
    case 'preformatted':
      return renderAll(node.children, out);
    case 'htmlElement': {
      // `<span style="display:none">০০১</span>`, `<span class="sortkey">`: never seen
      if (hides(node.open)) return;
      // a block element (`<blockquote>…</blockquote>`) is a block of its own: its start and end end a line
      const block = /^(?:p|div|li|tr|blockquote|center)$/.test(node.name);
      if (block) out.softBreak(start(node));
      renderAll(node.children, out);
      if (block) out.softBreak(end(node));
      return;
    }
    case 'magicLink':
      return out.copy(node.value, start(node));
    case 'horizontalRule':
      return out.softBreak(start(node));
    default:
      // comments, refs, parser functions, parameters, behaviour switches, redirects: not prose.
      return;
  }
}

/** `<span style="display:none">ক</span>`, `<span class="sortkey">`: content a reader never sees. */
const DISPLAY_NONE = /display\s*:\s*none/i;
/** Whether an opening tag's text hides its content: `display:none` or a `sortkey` class (`<span class="sortkey">০০১`). */
const hides = (tag: string): boolean => DISPLAY_NONE.test(tag) || hasSortKeyClass(tag);
const isHiding = (n: Nodes): n is HtmlTag => n.type === 'htmlTag' && !n.closing && !n.selfClosing && hides(n.value);

const CLASS_IS = /class\s*=\s*["']?/gi;
const VALUE_END = /["'>]/g;
const SORTKEY = /\bsortkey\b/i;

/**
 * Whether a tag's text names `sortkey` in what follows a `class=` (up to a quote or `>`): `<span class="sortkey">`.
 * A `class=` inside a value already read is skipped, its rest being part of that value: one regex for all of
 * it read each `class=class=…` to the end again.
 */
function hasSortKeyClass(tag: string): boolean {
  let readTo = -1;
  CLASS_IS.lastIndex = 0;
  for (let m = CLASS_IS.exec(tag); m !== null; m = CLASS_IS.exec(tag)) {
    const from = m.index + m[0].length;
    if (from < readTo) continue;
    VALUE_END.lastIndex = from;
    readTo = VALUE_END.exec(tag)?.index ?? tag.length;
    if (SORTKEY.test(tag.slice(from, readTo))) return true;
  }
  return false;
}

/** The index after the tag that closes the hiding tag at `i` (the end of the siblings when none does). */
function afterHidden(nodes: readonly Nodes[], i: number): number {
  const name = (nodes[i] as HtmlTag).name;
  let depth = 0;
  for (let j = i; j < nodes.length; j++) {
    const n = nodes[j];
    if (n.type !== 'htmlTag' || n.name !== name || n.selfClosing) continue;
    depth += n.closing ? -1 : 1;
    if (depth === 0) return j + 1;
  }
  return nodes.length;
}

/** `;ভূগোল`: a list of definition terms only (a pseudo-heading over the list after it). */
const isTermList = (n: Nodes) => n.type === 'list' && n.children.every((c) => c.marker.endsWith(';'));

function renderAll(nodes: readonly Nodes[], out: Collector): void {
  // A term whose list shows nothing (`;ভূগোল` over `* {{বই উদ্ধৃতি|…}}` lines), or that ends the
  // nodes, goes with it, as a heading without text does.
  let term = -1;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.type === 'htmlTag' && isHiding(n)) {
      i = afterHidden(nodes, i) - 1;
      continue;
    }
    if ((n.type === 'text' && !n.value.trim()) || n.type === 'comment') {
      render(n, out);
      continue;
    }
    const mark = out.mark();
    render(n, out);
    if (term >= 0 && n.type === 'list' && !out.hasWordSince(mark)) out.dropSince(term);
    term = isTermList(n) ? mark : -1;
  }
  if (term >= 0) out.dropSince(term);
}

/** Block markup inside an argument (`{{plainlist|\n* ক\n* খ}}`): the argument is wikitext of its own. */
const HAS_BLOCKS = /\n[*#:;]|\n\{\||\n\s*\n|\n=/;

/** The collector as the template renderer sees it. */
function sinkOf(out: Collector): Sink {
  return {
    copy: (text, from) => out.copy(text, from),
    add: (text, at) => out.add(text, at),
    softBreak: (at) => out.softBreak(at),
    nodes: (nodes) => renderAll(nodes, out),
    block(arg) {
      const first = arg.children[0];
      if (!first || !arg.children.some((c) => c.type === 'text' && HAS_BLOCKS.test(c.value)))
        return renderAll(arg.children, out);
      out.within(start(first), () => renderAll(parse(stringifyAll(arg.children)).children, out));
    },
    textOf: (nodes) => (nodes.length ? plainTextOf(nodes, end(nodes[nodes.length - 1])).text : ''),
  };
}

/** A link's label as a reader sees it: `[[ক|খ]]` → "খ", `[[:en:ক]]র` → "en:কর". */
export function linkLabel(link: WikiLink): string {
  // `[[ঢাকা|রাজধানী]]র`: one plain label part is its text and trail, without rendering (one edge space goes)
  const shown = link.linkType !== 'file' && link.linkType !== 'category' && link.linkType !== 'interlanguage';
  const only =
    link.children.length === 1 && link.children[0].children.length === 1 ? link.children[0].children[0] : null;
  if (shown && only?.type === 'text' && isSimpleText(only.value)) {
    const label = only.value + link.trail;
    return label.slice(label.startsWith(' ') ? 1 : 0, label.length > 1 && label.endsWith(' ') ? -1 : label.length);
  }
  if (link.children.length) return plainTextOf([link], end(link)).text;
  return (link.rawTarget.replace(/^\s*:?/, '').replace(/'{2,}/g, '') + link.trail).replace(/[\s_]+/g, ' ').trim();
}

/**
 * `plainTextOf(nodes, sourceEnd).text.trim()` without the offset map when the nodes are one simple text node:
 * `| title = ঢাকার ইতিহাস ` → `ঢাকার ইতিহাস`.
 */
export function trimmedPlainTextOf(nodes: readonly Nodes[], sourceEnd: number): string {
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only?.type === 'text' && isSimpleText(only.value)) return only.value.trim();
  return plainTextOf(nodes, sourceEnd).text.trim();
}

/** `value` (found at `from`) without its edge spaces, with its one-to-one map. */
function trimmedText(value: string, from: number): PlainText {
  const lead = value.length - value.trimStart().length;
  const text = value.trim();
  const map = int32s(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = from + lead + i;
  return { text, map };
}

/** A text node's value with single spaces and nothing rendered specially: its own plain text (`রবীন্দ্রনাথ ঠাকুর`). */
const isSimpleText = (value: string): boolean => !/\s\s|[\n\r\t[\]{}<]/.test(value);

/** Plain text of some sibling nodes, with the offset map (`sourceEnd`: where the map's end points). */
export function plainTextOf(nodes: readonly Nodes[], sourceEnd: number): PlainText {
  // One plain text node with single spaces (most template arguments) is its own plain text.
  const only = nodes.length === 1 ? nodes[0] : undefined;
  if (only?.type === 'text' && isSimpleText(only.value)) return trimmedText(only.value, start(only));
  const out = new Collector();
  if (nodes.some(isOrphanRowText)) renderWithOrphanTables(nodes, out);
  else renderAll(nodes, out);
  return dropEmptyParens(out.finish(sourceEnd));
}

/**
 * A table cell's plain text as its row shows it, line breaks as blanks (the section's text renders a cell so):
 * `| ১৯৭১<br>সাল` → `১৯৭১ সাল`.
 */
export function cellPlainText(cell: TableCell): PlainText {
  const out = new Collector();
  render(cell, out);
  return dropEmptyParens(out.finish(end(cell)));
}

/** A text node holding a row or end line of a table opened by a template (`{{office-table}}\n|ক\n|-`). */
const ORPHAN_ROW = /(?:^|\n)[ \t]*\|[-}]/;
const isOrphanRowText = (n: Nodes) => n.type === 'text' && ORPHAN_ROW.test(n.value);

/**
 * Renders top-level nodes whose table a template opened: the lines from the first cell or `|-` line to
 * `|}` are read as the body of a table of their own (one line per row, tab between cells), so no `|-`,
 * `|` or `!` reaches the text. `{{office-table}}\n|রাষ্ট্রপতি\n|মিলোশ জেমান\n|-\n…|}` → "রাষ্ট্রপতি\tমিলোশ জেমান".
 */
function renderWithOrphanTables(nodes: readonly Nodes[], out: Collector): void {
  const base = start(nodes[0]);
  const source = stringifyAll(nodes);
  const lines: { at: number; text: string }[] = [];
  for (let at = 0; at <= source.length; ) {
    const nl = source.indexOf('\n', at);
    const stop = nl < 0 ? source.length : nl;
    lines.push({ at, text: source.slice(at, stop) });
    at = stop + 1;
  }
  const isCell = (l: string) => /^[ \t]*[|!]/.test(l);
  // the next `|}` line at or after each line (lines.length when none): found once, from the end
  const nextClose = new Int32Array(lines.length + 1);
  nextClose[lines.length] = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) nextClose[i] = /^[ \t]*\|\}/.test(lines[i].text) ? i : nextClose[i + 1];
  let done = 0;
  let k = 0;
  while (k < lines.length) {
    if (!/^[ \t]*\|[-}]/.test(lines[k].text) || lines[k].at < done) {
      k++;
      continue;
    }
    // Back to the first cell line of the first row; forward to the `|}` (or the last row line).
    let first = k;
    while (first > 0 && isCell(lines[first - 1].text) && lines[first - 1].at >= done) first--;
    let last = nextClose[k];
    if (last === lines.length)
      for (
        last = k;
        last + 1 < lines.length && (isCell(lines[last + 1].text) || /^[ \t]*\{\{/.test(lines[last + 1].text));
      )
        last++;
    const from = lines[first].at;
    const to = lines[last].at + lines[last].text.length;
    if (from > done) out.within(base + done, () => renderAll(parse(source.slice(done, from)).children, out));
    const body = source.slice(from, to);
    const open = '{|\n';
    out.within(base + from - open.length, () =>
      renderAll(parse(open + body + (/\|\}\s*$/.test(body) ? '' : '\n|}')).children, out),
    );
    done = to;
    k = last + 1;
  }
  if (done < source.length) out.within(base + done, () => renderAll(parse(source.slice(done)).children, out));
}

/** An empty pair of parentheses in plain text, with the blank before it: `শহর ()`, `( )`. */
const EMPTY_PARENS = / ?\([ ]?\)/g;

/**
 * `(` `)` with nothing between them in the text but something in the source (`({{lang-ar|…}})` when
 * the template shows nothing, `({{Inflation|…}})`) are dropped with the blank before them; a `()` the
 * source itself holds stays.
 */
function dropEmptyParens(pt: PlainText): PlainText {
  const { text, map } = pt;
  if (!text.includes('()') && !text.includes('( )')) return pt;
  // the empty pairs to drop, [from, to) in the text, in order
  const drops: number[] = [];
  for (const m of text.matchAll(EMPTY_PARENS)) {
    const open = m.index! + m[0].indexOf('(');
    const close = m.index! + m[0].length - 1;
    if (map[close] - map[open] <= close - open) continue;
    drops.push(m.index!, close + 1);
  }
  if (!drops.length) return pt;
  let out = '';
  let removed = 0;
  for (let d = 0; d < drops.length; d += 2) removed += drops[d + 1] - drops[d];
  const outMap = int32s(map.length - removed);
  let from = 0;
  let k = 0;
  for (let d = 0; d <= drops.length; d += 2) {
    const to = d < drops.length ? drops[d] : text.length;
    out += text.slice(from, to);
    outMap.set(map.subarray(from, to), k);
    k += to - from;
    from = drops[d + 1];
  }
  outMap[k] = map[text.length];
  return { text: out, map: outMap };
}

/** Readable prose of wikitext or of a parsed node: no markup, blank runs collapsed. */
export function toPlainText(input: string | Nodes): string {
  const node: Nodes = typeof input === 'string' ? parse(input) : input;
  const children = node.type === 'root' ? (node as Root).children : [node];
  return plainTextOf(children, end(node)).text;
}
