// Per-parse state the grammar consults (`{{ক|[[খ]]}}`: is `{{` paired? does `|` end text here?): the
// pre-scanned pairs, and the "stops" context (which terminators end inline text here — `|` in
// template arguments, `]]` in links, `||` in table cells).
// A frame is pushed on entering a construct and popped on success or on failure (Parsoid's technique),
// and nesting is capped so `{{ক|{{ক|…` (20k deep) stays text past the cap instead of overflowing.
import { htmlTagLength } from './html-tags.js';
import { findPairs, EXTENSION, LINK, PARAMETER, TEMPLATE, type Pairs } from './pairs.js';
import type { PassContext } from '../passes/context.js';
import type { Positions } from '../passes/positions.js';
import type { Site } from '../site/bnwiki.js';

export { TEMPLATE, PARAMETER, LINK };

/** Maximum nesting of framed constructs; deeper openers are text. */
export const MAX_DEPTH = 100;

const enum Cell {
  None = 0,
  Data = 1,
  Header = 2,
  Caption = 3,
}

interface Frame {
  start: number;
  /** Offset where the inline content of this construct must stop. */
  end: number;
  /** `|` ends inline content (template arguments, link parts). */
  pipe: boolean;
  cell: Cell;
  /** In a table cell: a single `|` still splits attributes from content. */
  attrs: boolean;
  /** Cache for unclosed `[http…`: from this offset to `extFailTo`, no `]` closes it. */
  extFailFrom: number;
  extFailTo: number;
}

/** What `parse` hands the grammar: its pass context (site, positions) and the resolved page shape. */
export interface SessionOptions {
  cx: PassContext;
  flattened: boolean;
}

/** Extension-tag facts for the opener at an offset. */
export interface TagInfo {
  name: string;
  openLen: number;
  bodyLen: number;
  closeLen: number;
  selfClosing: boolean;
}

/** Heading facts for a heading starting at an offset. */
export interface HeadingInfo {
  depth: number;
  contentEnd: number;
}

// A URL stops before `{{`: MediaWiki expands templates first, we keep them as nodes in the label.
const URL_START =
  /(?:(?:https?|ftps?|sftp|irc|ircs|git|svn|gopher|telnet|nntp|worldwind|ssh|mms):\/\/|\/\/|(?:mailto|news|tel|urn|geo|sip|sips|sms|xmpp|bitcoin|magnet):)(?:[^\s[\]<>"{]|\{(?!\{))+/iy;
const LIST_MARKERS = new Set([...'*#:;'].map((c) => c.charCodeAt(0)));
/** The grammar's `Text` class (scripts/build-grammar.mjs checks they are the same). */
const TEXT_RUN = /[^[\]{}|!<&'\n=]+/y;
/** The grammar's `Entity` rule: `&nbsp;`, `&#2437;`, `&#x985;`. */
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+|רלמ|رلم);/y;
const FLAT_HEADING = /(={2,6})(?!=)([^=\n]+?)(={2,6})(?=\s|$)/y;
const FLAT_HINT = /(?:^|\s)={2,6}[^=\n]+={2,6}(?=\s|$)/;

/** The state one parse carries through the grammar. */
export class Session {
  readonly input: string;
  /** What the builders hand the passes: the site and this parse's positions (made by `parse`). */
  readonly cx: PassContext;
  readonly site: Site;
  /** The page's positions (line table, recent points): `s.positions.pos(start, end)`. */
  readonly positions: Positions;
  pairs: Pairs;
  readonly flattened: boolean;
  private frames: Frame[];
  private failed: Set<number> = new Set<number>();
  tableDepth = 0;
  /** End offset of the last `:` list-marker run (a table may open right after it: `:{|`). */
  colonMarkerEnd = -1;
  /** Whether the current table-cell line started with `!`. */
  headerLine = false;

  constructor(input: string, options: SessionOptions) {
    this.input = input;
    this.cx = options.cx;
    this.site = options.cx.site;
    this.positions = options.cx.positions;
    this.pairs = findPairs(input);
    this.flattened = options.flattened;
    this.frames = [frame(0, input.length, false, Cell.None)];
  }

  private get top(): Frame {
    return this.frames[this.frames.length - 1];
  }

  /** Lets go of the per-page tables once the page is parsed (the generated parser keeps its rules alive). */
  release(): void {
    this.pairs = NO_PAIRS;
    this.failed = new Set<number>();
    this.frames = [frame(0, 0, false, Cell.None)];
  }

  /** Whether inline content stops at `p`: `]]` of the enclosing link, `|` of a template argument … */
  atStop(p: number): boolean {
    const f = this.top;
    if (p >= f.end) return true;
    const c = this.input.charCodeAt(p);
    if (c === 0x7c /* | */) {
      if (f.pipe) return true;
      if (f.cell !== Cell.None) return f.attrs || this.input.charCodeAt(p + 1) === 0x7c;
      return false;
    }
    if (f.cell === Cell.None) return false;
    if (c === 0x0a) return true;
    return c === 0x21 /* ! */ && f.cell === Cell.Header && this.input.charCodeAt(p + 1) === 0x21;
  }

  /**
   * End of the plain text starting at `p`: the grammar's `Text` run, extended over markup characters
   * that start nothing and stop nothing here — `=` mid-line (not a flattened heading), `]`, `}`, `|`,
   * `!` that end no construct, a newline inside a construct: `ক=খ|গ` in a link label is one text.
   */
  textEnd(p: number): number {
    const s = this.input;
    const top = this.frames.length === 1;
    let q = p;
    for (;;) {
      TEXT_RUN.lastIndex = q;
      if (TEXT_RUN.test(s)) q = TEXT_RUN.lastIndex;
      if (q >= s.length || this.atStop(q)) return q;
      const c = s.charCodeAt(q);
      if (c === 0x5d || c === 0x7d || c === 0x7c || c === 0x21) q++;
      else if (c === 0x3d && !(this.flattened && top)) q++;
      else if (c === 0x0a && (!top || this.joinsNextLine(q))) q++;
      else if (c === 0x0a && this.listGoesOn(q)) return q + 1;
      else if (this.startsNothing(c, q)) q++;
      else return q;
    }
  }

  /**
   * Whether the newline at `q` (top level) can stay inside a text run: the next line starts no line
   * markup (`lineMarkupAt`), and this line is no list line (its newline ends the item):
   * `প্রথম লাইন।\nদ্বিতীয়` is one text node.
   */
  private joinsNextLine(q: number): boolean {
    const s = this.input;
    if (q + 1 >= s.length || this.lineMarkupAt(q + 1)) return false;
    const first = s.charCodeAt(s.lastIndexOf('\n', q - 1) + 1);
    return !LIST_MARKERS.has(first);
  }

  /**
   * Whether the newline at `q` (top level) ends a list item whose list goes on: `* ক\n* খ`. The text
   * run then takes the newline, which stays in the item (passes/nest-lists), instead of a node of its own.
   */
  private listGoesOn(q: number): boolean {
    const s = this.input;
    return LIST_MARKERS.has(s.charCodeAt(q + 1)) && LIST_MARKERS.has(s.charCodeAt(s.lastIndexOf('\n', q - 1) + 1));
  }

  /**
   * Whether the line at `p` may start line markup (the grammar's `LineItem`): `=`, `----`, a list
   * marker, `{|` while tables may still nest, `|`/`!` inside a table, the last two also indented.
   * `{|` past the nesting cap or `! ক` outside a table is text, so such lines join into one text run.
   */
  private lineMarkupAt(p: number): boolean {
    const s = this.input;
    let q = p;
    while (s.charCodeAt(q) === 0x20 || s.charCodeAt(q) === 0x09) q++;
    const c = s.charCodeAt(q);
    if (q === p && (c === 0x3d || LIST_MARKERS.has(c) || (c === 0x2d && s.startsWith('----', q)))) return true;
    if (c === 0x7b) return s.charCodeAt(q + 1) === 0x7c && this.tableDepth < MAX_DEPTH;
    return this.tableDepth > 0 && (c === 0x7c || c === 0x21);
  }

  /**
   * A `{`, `[`, `<`, `&` or `'` that the grammar would take as a one-character text (its `Char`): a
   * `{`/`[` the pre-scan paired with nothing (and no URL after `[`), a `<` that opens no comment, tag
   * or HTML tag, an `&` that is no entity, a lone `'`. `{{ক|` runs stay one text, not 3 nodes per `{{ক|`.
   */
  private startsNothing(c: number, q: number): boolean {
    const s = this.input;
    if (c === 0x7b) return this.pairs.kind[q] === 0;
    if (c === 0x5b) {
      if (this.pairs.kind[q] !== 0) return false;
      URL_START.lastIndex = q + 1;
      return !URL_START.test(s);
    }
    if (c === 0x27) return s.charCodeAt(q + 1) !== 0x27;
    if (c === 0x3c) return this.pairs.kind[q] === 0 && !s.startsWith('<!--', q) && this.htmlTagLen(q) === 0;
    if (c === 0x26) {
      ENTITY.lastIndex = q;
      return !ENTITY.test(s);
    }
    return false;
  }

  /**
   * At the start of a line of the page itself (not inside a construct). Comments are transparent, as
   * MediaWiki removes them before it looks at lines: `<!--x-->*ক` is a list item.
   */
  lineStart(p: number): boolean {
    return this.frames.length === 1 && this.lineBegins(p, false);
  }

  /** At the start of a line after spaces, tabs and comments only (table markup may be indented). */
  lineStartAfterIndent(p: number): boolean {
    return this.frames.length === 1 && this.lineBegins(p, true);
  }

  /**
   * Whether only comments (and, with `indent`, spaces and tabs) stand between the line start and `p`:
   * > | <!--ক--> |- …
   *              ^
   */
  private lineBegins(p: number, indent: boolean): boolean {
    const s = this.input;
    let q = p;
    for (;;) {
      if (q === 0 || s.charCodeAt(q - 1) === 0x0a) return true;
      const c = s.charCodeAt(q - 1);
      if (indent && (c === 0x20 || c === 0x09)) q--;
      else if (c === 0x3e /* > */ && q >= 7 && s.startsWith('-->', q - 3)) {
        const k = s.lastIndexOf('<!--', q - 7);
        if (k < 0 || s.indexOf('-->', k + 4) !== q - 3) return false;
        q = k;
      } else return false;
    }
  }

  /** Top level of the page (flattened headings may start here). */
  topLevel(): boolean {
    return this.frames.length === 1 && this.top.cell === Cell.None;
  }

  private push(start: number, end: number, pipe: boolean, cell: Cell = Cell.None): boolean {
    if (this.frames.length > MAX_DEPTH) return false;
    this.frames.push(frame(start, end, pipe, cell));
    return true;
  }

  /** Pops the frame of a construct that just matched. */
  leave(): true {
    if (this.frames.length > 1) this.frames.pop();
    return true;
  }

  /** Pops the frame a construct opened at `p` before it failed; always fails. */
  abandon(p: number): false {
    if (this.frames.length > 1 && this.top.start === p) this.frames.pop();
    return false;
  }

  /** Remembers that the opener at `p` is text (so it is never tried again). */
  reject(p: number): false {
    this.failed.add(p);
    return false;
  }

  /** Length of the closing delimiter of a paired `{{`, `{{{` or `[[` at `p`. */
  private fits(p: number): number {
    const end = this.pairs.end[p];
    return end > 0 && end <= this.top.end && !this.failed.has(p) ? end : 0;
  }

  /** Enters `{{…}}` (kind TEMPLATE) or `{{{…}}}` (PARAMETER) or `[[…]]` (LINK) at `p`. */
  enter(kind: number, p: number): boolean {
    if (this.pairs.kind[p] !== kind) return false;
    const end = this.fits(p);
    if (!end) return false;
    const close = kind === PARAMETER ? 3 : 2;
    if (kind === LINK && !this.validLinkStart(p + 2, end - close)) return this.reject(p);
    // Links do not nest: `[[ক|[[খ]]]]` is text around the inner link (a file's caption may hold links).
    if (kind === LINK && this.pairs.holdsLink[p] && !this.mayHoldLinks(p + 2, end - close)) return this.reject(p);
    if (kind === TEMPLATE && !this.hasName(p + 2, end - close)) return this.reject(p);
    return this.push(p, end - close, true);
  }

  /** Whether the link whose target starts at `from` is a file or category link (their captions hold links). */
  private mayHoldLinks(from: number, to: number): boolean {
    const bar = this.input.indexOf('|', from);
    const raw = this.input.slice(from, bar < 0 || bar > to ? to : bar);
    const k = raw.indexOf(':');
    if (k < 0 || /^\s*:/.test(raw)) return false;
    const ns = this.site.namespaceOf(raw.slice(0, k).trim());
    return ns === 6 || ns === 14;
  }

  /**
   * A template needs a valid name before its first `|` (or a parser function's `:`): `{{}}`,
   * `{{ |ক}}` and `{{The [[UN]] …}}` are text (a title holds no `[ ] < >`).
   */
  private hasName(from: number, to: number): boolean {
    const s = this.input;
    let named = false;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x7c || c === 0x3a) break;
      if (c === 0x3c && s.startsWith('<!--', i)) {
        const j = s.indexOf('-->', i + 4);
        if (j < 0 || j >= to) return false;
        i = j + 2;
      } else if (c === 0x7b && this.pairs.end[i] > 0 && this.pairs.end[i] <= to) {
        i = this.pairs.end[i] - 1;
        named = true;
      } else if (c === 0x5b || c === 0x5d || c === 0x3c || c === 0x3e) return false;
      else if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) named = true;
    }
    return named;
  }

  /** `[[` must be followed by a target without `[ ] < > { } \n` before the first `|`: `[[ক\nখ]]` is text. */
  private validLinkStart(from: number, to: number): boolean {
    const s = this.input;
    // `[[https://…]]` is "[" + an external link + "]": internal link targets never start with a URL.
    let lead = from;
    while (lead < to && s.charCodeAt(lead) === 0x20) lead++;
    URL_START.lastIndex = lead;
    if (URL_START.test(s)) return false;
    let sawText = false;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x7c) break;
      if (c === 0x0a || c === 0x5b || c === 0x5d || c === 0x3c || c === 0x3e) {
        // A comment or a template inside the target is allowed: `[[ক<!-- x -->]]`, `[[{{PAGENAME}}]]`.
        if (c === 0x3c && s.startsWith('<!--', i)) {
          const j = s.indexOf('-->', i + 4);
          if (j < 0 || j >= to) return false;
          i = j + 2;
          continue;
        }
        return false;
      }
      if (c === 0x7b && this.pairs.end[i] > 0 && this.pairs.end[i] <= to) {
        i = this.pairs.end[i] - 1;
        sawText = true;
        continue;
      }
      if (c !== 0x20 && c !== 0x5f && c !== 0x09) sawText = true;
    }
    return sawText;
  }

  /** `<!-- … -->` at `p`: the body length, or -1 when it would cross the enclosing construct. */
  commentBody(p: number): number {
    const j = this.input.indexOf('-->', p + 4);
    const end = j < 0 ? this.input.length : j + 3;
    if (end > this.top.end) return -1;
    return (j < 0 ? this.input.length : j) - (p + 4);
  }

  /** An extension tag paired by the pre-scan at `p` that fits here. */
  tagAt(p: number): TagInfo | null {
    if (this.pairs.kind[p] !== EXTENSION) return null;
    const t = this.pairs.tags.get(p);
    const end = this.pairs.end[p];
    if (!t || end > this.top.end) return null;
    return {
      name: t.name,
      openLen: t.openEnd - p,
      bodyLen: t.closeStart - t.openEnd,
      closeLen: end - t.closeStart,
      selfClosing: t.selfClosing,
    };
  }

  /** Enters the wikitext body of `<ref>…</ref>` whose body ends at `end`. */
  enterBody(p: number, end: number): boolean {
    return this.push(p, end, false);
  }

  /** `<small>`, `</div>`, `<br />` at `p`: its length, or 0. */
  htmlTagLen(p: number): number {
    const n = htmlTagLength(this.input, p);
    return n > 0 && p + n <= this.top.end ? n : 0;
  }

  /** `[https://… লেবেল]` at `p`: the URL's length, and a frame up to the closing `]`. */
  enterExternalLink(p: number): number {
    const f = this.top;
    if (p >= f.extFailFrom && p < f.extFailTo) return 0;
    URL_START.lastIndex = p + 1;
    const m = URL_START.exec(this.input);
    if (!m) return 0;
    let urlEnd = URL_START.lastIndex;
    if (f.cell !== Cell.None) {
      // in a table cell the URL ends at the next cell: `| [ftp://x||]`
      let sep = m[0].indexOf('||');
      const bang = this.headerLine ? m[0].indexOf('!!') : -1;
      if (bang >= 0 && (sep < 0 || bang < sep)) sep = bang;
      if (sep >= 0) urlEnd = p + 1 + sep;
    }
    const close = this.closingBracket(urlEnd, f.end);
    if (close < 0) {
      f.extFailFrom = p;
      f.extFailTo = this.lineEnd(p, f.end);
      return 0;
    }
    return this.push(p, close, false) ? urlEnd - p - 1 : 0;
  }

  /** The `]` ending an external link's label, skipping paired constructs; -1 at a newline or the end. */
  private closingBracket(from: number, limit: number): number {
    const s = this.input;
    for (let i = from; i < limit; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x5d) return i;
      if (c === 0x0a) return -1;
      // in a table cell the next cell starts first: `| [ftp://x||]` is "[", a free URL, then a cell
      if ((c === 0x7c || (c === 0x21 && this.headerLine)) && this.top.cell !== Cell.None && s.charCodeAt(i + 1) === c)
        return -1;
      const e = this.pairs.end[i];
      if (e > 0 && (c === 0x5b || c === 0x7b || c === 0x3c) && e <= limit) i = e - 1;
      else if (c === 0x3c && s.startsWith('<!--', i)) {
        const j = s.indexOf('-->', i);
        if (j < 0 || j + 3 > limit) return -1;
        i = j + 2;
      } else if (c === 0x3c) {
        // `[http://x <span title="[ক]">খ</span>]`: a `]` inside an HTML tag's attributes ends nothing
        const n = this.htmlTagLen(i);
        if (n > 0 && i + n <= limit) i += n - 1;
      }
    }
    return -1;
  }

  /**
   * The end of the line at `p`, where a comment or an extension tag that starts on it may hold
   * newlines: `==ক==<!--\n-->`, `==ক <nowiki>খ\nগ</nowiki>==`.
   */
  private lineEndPastComments(p: number, limit: number): number {
    const s = this.input;
    let end = this.lineEnd(p, limit);
    for (let k = s.indexOf('<', p); k >= 0 && k < end; k = s.indexOf('<', k + 1)) {
      let close = -1;
      if (s.startsWith('<!--', k)) {
        const j = s.indexOf('-->', k + 4);
        if (j < 0) return end;
        close = j + 3;
      } else if (this.pairs.kind[k] === EXTENSION) close = this.pairs.end[k];
      if (close < 0) continue;
      if (close > limit) return end;
      if (close > end) end = this.lineEnd(close, limit);
      k = close - 1;
    }
    return end;
  }

  private lineEnd(p: number, limit: number): number {
    const j = this.input.indexOf('\n', p);
    return j < 0 || j > limit ? limit : j;
  }

  /** A heading starting at `p` at the start of a line: `== ইতিহাস ==` (trailing spaces/comments allowed). */
  headingAt(p: number): HeadingInfo | null {
    const s = this.input;
    let open = 0;
    while (s.charCodeAt(p + open) === 0x3d) open++;
    if (open === 0) return null;
    let end = this.lineEndPastComments(p, this.top.end);
    // Trailing whitespace and comments after the closing `=` belong to the line, not the heading.
    for (;;) {
      while (end > p && (s.charCodeAt(end - 1) === 0x20 || s.charCodeAt(end - 1) === 0x09)) end--;
      if (end - p >= 7 && s.startsWith('-->', end - 3)) {
        const k = s.lastIndexOf('<!--', end - 3);
        if (k > p + open) {
          end = k;
          continue;
        }
      }
      break;
    }
    let close = 0;
    while (end - close - 1 >= p && s.charCodeAt(end - close - 1) === 0x3d) close++;
    if (close === 0) return null;
    if (end - p === open && open === close) {
      // A line of only `=`: `====` is a level-1 heading of `==`; `=` and `==` alone are text.
      if (open < 3) return null;
      const depth = Math.min(Math.floor((open - 1) / 2), 6);
      return { depth, contentEnd: end - depth };
    }
    const depth = Math.min(open, close, 6);
    return { depth, contentEnd: end - depth };
  }

  /** A mid-line heading of the flattened shape at `p`: ` ==ইতিহাস== ` (space or edge on both sides). */
  flatHeadingAt(p: number): HeadingInfo | null {
    if (!this.flattened || !this.topLevel()) return null;
    const s = this.input;
    if (p > 0 && !/\s/.test(s[p - 1])) return null;
    FLAT_HEADING.lastIndex = p;
    const m = FLAT_HEADING.exec(s);
    if (!m) return null;
    const depth = Math.min(m[1].length, m[3].length);
    return { depth, contentEnd: FLAT_HEADING.lastIndex - depth };
  }

  /** Enters a heading's content, which stops at the closing `=` run. */
  enterHeading(p: number, contentEnd: number): boolean {
    return this.push(p, contentEnd, false);
  }

  /** Enters a table cell (`|`, `!`, `||`, `!!`) or caption (`|+`) on the current line. */
  enterCell(p: number, kind: 'cell' | 'caption'): boolean {
    const cell = kind === 'caption' ? Cell.Caption : this.headerLine ? Cell.Header : Cell.Data;
    const f = frame(p, this.top.end, false, cell);
    f.attrs = true;
    this.frames.push(f);
    return true;
  }

  /** After a cell's attribute `|`, a single `|` no longer stops its content. */
  cellContent(): true {
    this.top.attrs = false;
    return true;
  }

  /** Whether `||` / `!!` here starts the next cell of this line. */
  cellSeparator(p: number): boolean {
    const s = this.input;
    if (s.charCodeAt(p) === 0x7c) return s.charCodeAt(p + 1) === 0x7c;
    return this.headerLine && s.charCodeAt(p) === 0x21 && s.charCodeAt(p + 1) === 0x21;
  }
}

const NO_PAIRS: Pairs = {
  end: new Int32Array(1),
  kind: new Uint8Array(1),
  holdsLink: new Uint8Array(1),
  tags: new Map(),
};

function frame(start: number, end: number, pipe: boolean, cell: Cell): Frame {
  return { start, end, pipe, cell, attrs: false, extFailFrom: -1, extFailTo: -1 };
}

/** The flattened shape: no newlines, but `==শিরোনাম==` between spaces. */
export function isFlattened(input: string): boolean {
  return !input.includes('\n') && FLAT_HINT.test(input);
}
