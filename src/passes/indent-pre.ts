// Indent-pre, as MediaWiki's BlockLevelPass decides it: consecutive lines that start with a space
// become one `preformatted` node (` কোড\n আরও` → preformatted > text), unless an HTML block tag on an
// earlier line keeps the page in "block" mode (`<table>`, `<p>`, `<li>` … until `</div>`, `<td>` …), a
// `<pre>` is open, or a `<blockquote>` is. Comments are transparent (` ক` after `<!--x-->` is indented),
// a line of only comments is no line, a blank line (` ` alone) does not start a block but continues
// one, and a table, heading, rule or list line ends it. The space stays in the text (lossless).
import type { Text } from '../ast.js';
import type { RawNode } from '../grammar-support/tokens.js';
import { plainConstructor } from './plain-objects.js';
import type { PassContext } from './context.js';
import type { Pos, Positions } from './positions.js';
import { endOf, startOf } from './walk.js';

/** BlockLevelPass's `$openMatch`: tags that open a block (after which lines are not indent-pre). */
const OPEN_MATCH = /(?:<table|<h1|<h2|<h3|<h4|<h5|<h6|<pre|<tr|<p|<ul|<ol|<dl|<li|<\/tr|<\/td|<\/th)/i;
/** BlockLevelPass's `$closeMatch` (an extension `<pre>` counts: its marker is in this list). */
const CLOSE_MATCH =
  /(?:<\/table|<\/h1|<\/h2|<\/h3|<\/h4|<\/h5|<\/h6|<td|<th|<\/?blockquote|<\/?div|<hr|<\/pre|<\/p|<\/mw:|\u007fpre|<\/li|<\/ul|<\/ol|<\/dl|<\/?center)/i;
const BLOCKQUOTE = /<(\/?)blockquote[\s>]/gi;
/** Nodes that stand on lines of their own. */
const BLOCKS = new Set(['heading', 'table', 'list', 'listMarker', 'horizontalRule', 'redirect', 'preformatted']);

interface Preformatted {
  type: 'preformatted';
  children: RawNode[];
  position: Pos;
}
const PreformattedNode = plainConstructor(function (this: Preformatted, children: RawNode[], position: Pos) {
  this.type = 'preformatted';
  this.children = children;
  this.position = position;
});

/** Whether a flow list may hold indent-pre (one cheap scan): a text that starts a line with a space. */
export function mayHoldPre(children: RawNode[], cell: boolean, cx: PassContext): boolean {
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c.type !== 'text') continue;
    const v = c.value;
    // `\n ` then something that is not blank (a blank line starts nothing)
    for (let k = v.indexOf('\n '); k >= 0; k = v.indexOf('\n ', k + 2)) {
      let q = k + 2;
      while (v.charCodeAt(q) === 0x20 || v.charCodeAt(q) === 0x09) q++;
      if (q >= v.length || v.charCodeAt(q) !== 0x0a) return true;
    }
    if (v.charCodeAt(0) === 0x20 && !(cell && i === 0)) {
      const s = startOf(c);
      if (s === 0 || cx.positions.charCodeAt(s - 1) === 0x0a || children[i - 1]?.type === 'comment') return true;
    }
  }
  return false;
}

/**
 * Wraps indent-pre lines of one flow list (the page, a table cell) in `preformatted` nodes. In a cell
 * the first line follows the cell marker (MediaWiki's `<td>`), so it is no indented line.
 */
export function indentPre(children: RawNode[], cell: boolean, cx: PassContext): RawNode[] {
  const positions = cx.positions;
  const lines = splitLines(children, positions);
  const out: RawNode[] = [];
  let inBlockElem = false;
  let inPre = false;
  let inBlockquote = false;
  /** The open pre run: the index in `out` where its first line starts, and where its last pre line ends. */
  let run: { from: number; to: number } | null = null;
  const closeRun = () => {
    if (!run) return;
    const body = out.splice(run.from, run.to - run.from);
    out.splice(
      run.from,
      0,
      new PreformattedNode(body, positions.pos(startOf(body[0]), endOf(body[body.length - 1]))) as unknown as RawNode,
    );
    run = null;
  };
  let made = false;
  lines.forEach((line, k) => {
    const from = out.length;
    // Most lines hold no tag and do not start with a space: they only end a pre run.
    if (!run && !(k === 0 && cell) && plainLine(line.nodes)) {
      for (const n of line.nodes) out.push(n);
      if (line.newline) out.push(line.newline);
      return;
    }
    const t = k === 0 && cell ? '<td>' + lineText(line.nodes) : lineText(line.nodes);
    const onlyComments =
      t.trim() === '' &&
      line.nodes.some((n) => n.type === 'comment') &&
      line.nodes.every((n) => n.type === 'comment' || (n.type === 'text' && n.value.trim() === ''));
    let pre = false;
    if (line.nodes.some((n) => BLOCKS.has(n.type))) {
      if (
        line.nodes.some(
          (n) => (n as { type: string }).type === 'table' || n.type === 'heading' || n.type === 'horizontalRule',
        )
      )
        inBlockElem = false;
    } else if (onlyComments) {
      // MediaWiki's preprocessor removes a line of only comments (and its newline).
      if (run) pre = true;
    } else {
      const preOpen = /<pre/i.test(t);
      const preClose = /<\/pre/i.test(t);
      const open = OPEN_MATCH.test(t);
      const close = CLOSE_MATCH.test(t);
      if (open || close) {
        if (preOpen && !preClose) inPre = true;
        BLOCKQUOTE.lastIndex = 0;
        for (let m = BLOCKQUOTE.exec(t); m; m = BLOCKQUOTE.exec(t)) inBlockquote = m[1] === '';
        inBlockElem = !close;
      } else if (!inBlockElem && !inPre) {
        pre = t.charCodeAt(0) === 0x20 && (run !== null || t.trim() !== '') && !inBlockquote;
      }
      if (preClose && inPre) inPre = false;
    }
    if (pre && !run) {
      run = { from, to: from };
      made = true;
    }
    if (!pre && run && !onlyComments) closeRun();
    for (const n of line.nodes) out.push(n);
    if (pre && run && !onlyComments) run.to = out.length;
    if (line.newline) out.push(line.newline);
  });
  closeRun();
  // no pre after all: the list as it was (its texts not cut at every newline)
  return made ? out : children;
}

/**
 * A line that changes no state and starts no pre: no HTML or extension tag, no `<` in its text, no
 * block node, and its first visible character is no space.
 */
function plainLine(nodes: RawNode[]): boolean {
  let first = true;
  for (const n of nodes) {
    const t = n.type;
    if (t === 'text') {
      if (first && n.value.charCodeAt(0) === 0x20) return false;
      if (n.value.includes('<')) return false;
      first = false;
    } else if (t === 'comment') continue;
    else if (t === 'htmlTag' || t === 'extensionTag' || BLOCKS.has(t)) return false;
    else first = false;
  }
  return true;
}

interface Line {
  nodes: RawNode[];
  /** The `\n` text that ends the line (none on the last line). */
  newline?: Text;
}

/** The list cut into lines at the newlines of its text nodes. */
function splitLines(children: RawNode[], positions: Positions): Line[] {
  const lines: Line[] = [];
  let cur: RawNode[] = [];
  for (const c of children) {
    if (c.type !== 'text' || !c.value.includes('\n')) {
      cur.push(c);
      continue;
    }
    const base = startOf(c);
    let at = 0;
    for (let k = c.value.indexOf('\n'); k >= 0; k = c.value.indexOf('\n', k + 1)) {
      if (k > at) cur.push(positions.textNode(c.value.slice(at, k), base + at, base + k));
      lines.push({ nodes: cur, newline: positions.textNode('\n', base + k, base + k + 1) });
      cur = [];
      at = k + 1;
    }
    if (at < c.value.length) cur.push(positions.textNode(c.value.slice(at), base + at, endOf(c)));
  }
  lines.push({ nodes: cur });
  return lines;
}

/**
 * A line as BlockLevelPass sees it: comments removed, an extension tag as its strip marker (`\x7fpre`
 * for `<pre>`), HTML tags as written, other constructs as one placeholder character.
 */
function lineText(nodes: RawNode[]): string {
  let t = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'htmlTag' || n.type === 'entity') t += n.value;
    else if (n.type === 'comment') continue;
    else if (n.type === 'extensionTag') t += n.name === 'pre' ? '\u007fpre' : '\u007f';
    else t += (n as { type: string }).type === 'quote' ? (n as { value: string }).value : 'x';
  }
  return t;
}
