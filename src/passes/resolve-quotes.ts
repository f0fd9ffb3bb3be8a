// MediaWiki's quote algorithm (Parser::doQuotes), per line of each container:
// `''তির্যক''` → italic, `'''গাঢ়'''` → bold, `'''''দুটোই'''''` → italic(bold), `''''ক` → "'" + bold,
// odd counts of both fixed by the single-letter/word rule (a Bengali letter before `'''` counts as
// a multi-letter word, as MediaWiki's byte-level test does), unclosed markup closed at line end.
import type { Bold, Italic, Nodes, PhrasingContent, Text } from '../ast.js';
import { stringify } from '../stringify.js';
import type { QuoteToken, RawNode } from '../grammar-support/builders.js';
import { pos } from './positions.js';
import { endOf, startOf } from './walk.js';

type Styled = Bold | Italic;
interface Frame {
  kind: 'bold' | 'italic' | 'both';
  start: number;
  children: PhrasingContent[];
  node?: Styled;
}

const BLOCK = new Set(['heading', 'list', 'table', 'horizontalRule', 'redirect', 'tableRow', 'tableCell', 'tableCaption', 'listItem']);

/** Resolves the apostrophe runs in one children list (lines end at newlines and blocks). */
export function resolveQuotes(children: RawNode[]): RawNode[] {
  if (!children.some((c) => c.type === 'quote')) return children;
  const out: RawNode[] = [];
  let line: RawNode[] = [];
  for (const c of splitLines(children)) {
    if ((c.type === 'text' && c.value === '\n') || BLOCK.has(c.type)) {
      for (const x of resolveLine(line)) out.push(x);
      out.push(c);
      line = [];
    } else line.push(c);
  }
  for (const x of resolveLine(line)) out.push(x);
  return out;
}

/** Text nodes holding newlines (`ক\nখ`) split so that every newline is a node of its own: lines end there. */
function splitLines(children: RawNode[]): RawNode[] {
  if (!children.some((c) => c.type === 'text' && c.value.length > 1 && c.value.includes('\n'))) return children;
  const out: RawNode[] = [];
  for (const c of children) {
    if (c.type !== 'text' || c.value.length < 2 || !c.value.includes('\n')) {
      out.push(c);
      continue;
    }
    const base = startOf(c);
    let at = 0;
    for (let k = c.value.indexOf('\n'); k >= 0; k = c.value.indexOf('\n', k + 1)) {
      if (k > at) out.push(text(c.value.slice(at, k), base + at));
      out.push(text('\n', base + k));
      at = k + 1;
    }
    if (at < c.value.length) out.push(text(c.value.slice(at), base + at));
  }
  return out;
}

const text = (value: string, start: number): Text => ({ type: 'text', value, position: pos(start, start + value.length) });

/** Splits runs of 4 and of 6+ apostrophes, then fixes odd bold+italic counts (doQuotes steps 1–2). */
function normaliseRuns(line: RawNode[]): RawNode[] {
  const out: RawNode[] = [];
  for (const n of line) {
    if (n.type !== 'quote' || n.value.length === 2 || n.value.length === 3 || n.value.length === 5) {
      out.push(n);
      continue;
    }
    const keep = n.value.length === 4 ? 3 : 5;
    const extra = n.value.length - keep;
    const s = startOf(n);
    out.push(text("'".repeat(extra), s), { type: 'quote', value: "'".repeat(keep), position: pos(s + extra, endOf(n)) });
  }
  let italics = 0;
  let bolds = 0;
  for (const n of out) if (n.type === 'quote') {
    if (n.value.length !== 3) italics++;
    if (n.value.length !== 2) bolds++;
  }
  if (italics % 2 === 1 && bolds % 2 === 1) {
    let single = -1;
    let multi = -1;
    let space = -1;
    // The text since the previous run (MediaWiki's arr[i-1]), split-off apostrophes included.
    let segment = '';
    out.forEach((n, i) => {
      if (n.type !== 'quote') {
        segment += n.type === 'text' ? n.value : stringify(n as Nodes);
        return;
      }
      const before = segment;
      segment = '';
      if (n.value.length !== 3) return;
      const x1 = before.slice(-1);
      const x2 = before.slice(-2, -1);
      if (x1 === ' ') {
        if (space < 0) space = i;
      } else if (x2 === ' ' && x1.charCodeAt(0) < 0x80) {
        if (single < 0) single = i;
      } else if (multi < 0) multi = i;
    });
    const k = single >= 0 ? single : multi >= 0 ? multi : space;
    if (k >= 0) {
      const q = out[k] as QuoteToken;
      out.splice(k, 1, text("'", startOf(q)), { type: 'quote', value: "''", position: pos(startOf(q) + 1, endOf(q)) });
    }
  }
  return out;
}

/** The doQuotes state machine over one line, building bold/italic nodes on a stack. */
function resolveLine(raw: RawNode[]): RawNode[] {
  if (!raw.some((c) => c.type === 'quote')) return raw;
  const line = normaliseRuns(raw);
  const root: RawNode[] = [];
  const stack: Frame[] = [];
  const current = () => (stack.length ? stack[stack.length - 1].children : root) as RawNode[];
  const open = (kind: Frame['kind'], start: number) => stack.push({ kind, start, children: [] });
  const styled = (kind: 'bold' | 'italic', open: string, close: string, start: number, children: PhrasingContent[], end: number): Styled =>
    ({ type: kind, open, close, children, position: pos(start, end) }) as Styled;
  const markerOf = (k: 'bold' | 'italic') => (k === 'bold' ? "'''" : "''");
  /** Closes the top frame with `close` ending at `end` (or at its content when implicit). */
  const close = (marker: string, end: number) => {
    const f = stack.pop()!;
    const kind = f.kind === 'both' ? 'bold' : f.kind;
    const last = f.children[f.children.length - 1];
    const stop = marker ? end : last ? endOf(last) : f.start + (f.node ? f.node.open.length : 0);
    const openMarker = f.node ? f.node.open : markerOf(kind);
    current().push(styled(kind, openMarker, marker, f.start, f.children, stop) as RawNode);
  };
  const reopen = (kind: 'bold' | 'italic', at: number) => stack.push({ kind, start: at, children: [], node: styled(kind, '', '', at, [], at) });
  const openWith = (kind: 'bold' | 'italic', at: number) => stack.push({ kind, start: at, children: [], node: styled(kind, markerOf(kind), '', at, [], at) });
  /** `'''''` opened earlier resolves once the next run shows which closes first. */
  const resolveBoth = (next: 2 | 3 | 5 | 0, at: number, end: number) => {
    const f = stack.pop()!;
    const s = f.start;
    const last = f.children[f.children.length - 1];
    const contentEnd = last ? endOf(last) : s + 5;
    if (next === 2 || next === 0) {
      const inner = styled('italic', "''", next ? "''" : '', s + 3, f.children as PhrasingContent[], next ? end : contentEnd);
      if (next === 0) return void current().push(styled('bold', "'''", '', s, [inner], contentEnd) as RawNode);
      stack.push({ kind: 'bold', start: s, children: [inner], node: styled('bold', "'''", '', s, [], s) });
    } else if (next === 3) {
      const inner = styled('bold', "'''", "'''", s + 2, f.children as PhrasingContent[], end);
      stack.push({ kind: 'italic', start: s, children: [inner], node: styled('italic', "''", '', s, [], s) });
    } else {
      const inner = styled('bold', "'''", "'''", s + 2, f.children as PhrasingContent[], at + 3);
      current().push(styled('italic', "''", "''", s, [inner], end) as RawNode);
    }
  };
  const kinds = () => stack.map((f) => f.kind);
  for (const n of line) {
    if (n.type !== 'quote') {
      current().push(n);
      continue;
    }
    const at = startOf(n);
    const end = endOf(n);
    const len = n.value.length as 2 | 3 | 5;
    const k = kinds();
    const top = k[k.length - 1];
    const below = k[k.length - 2];
    if (top === 'both') resolveBoth(len, at, end);
    else if (len === 2) {
      if (top === 'italic') close("''", end);
      else if (top === 'bold' && below === 'italic') {
        close('', at);
        close("''", end);
        reopen('bold', end);
      } else openWith('italic', at);
    } else if (len === 3) {
      if (top === 'bold') close("'''", end);
      else if (top === 'italic' && below === 'bold') {
        close('', at);
        close("'''", end);
        reopen('italic', end);
      } else openWith('bold', at);
    } else if (!top) open('both', at);
    else if (top === 'bold' && below === 'italic') {
      close("'''", at + 3);
      close("''", end);
    } else if (top === 'italic' && below === 'bold') {
      close("''", at + 2);
      close("'''", end);
    } else if (top === 'bold') {
      close("'''", at + 3);
      openWith('italic', at + 3);
    } else {
      close("''", at + 2);
      openWith('bold', at + 2);
    }
  }
  while (stack.length) {
    if (stack[stack.length - 1].kind === 'both') resolveBoth(0, 0, 0);
    else close('', 0);
  }
  return root;
}
