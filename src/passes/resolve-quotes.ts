// MediaWiki's quote algorithm (Parser::doQuotes), per line of each container:
// `''তির্যক''` → italic, `'''গাঢ়'''` → bold, `'''''দুটোই'''''` → italic(bold), `''''ক` → "'" + bold,
// odd counts of both fixed by the single-letter/word rule (a Bengali letter before `'''` counts as
// a multi-letter word, as MediaWiki's byte-level test does), unclosed markup closed at line end.
import type { Bold, Italic, Nodes, PhrasingContent, Text } from '../ast.js';
import { stringify } from '../stringify.js';
import type { QuoteToken, RawNode } from '../grammar-support/tokens.js';
import type { PassContext } from './context.js';
import type { Positions } from './positions.js';
import { endOf, startOf } from './walk.js';

type Styled = Bold | Italic;
interface Frame {
  kind: 'bold' | 'italic' | 'both';
  start: number;
  children: PhrasingContent[];
  /** The opening marker of a frame that is bold or italic already (empty when reopened after a close). */
  open?: string;
}

const BLOCK = new Set([
  'heading',
  'list',
  'table',
  'horizontalRule',
  'redirect',
  'tableRow',
  'tableCell',
  'tableCaption',
  'listItem',
  'preformatted',
]);

/** Resolves the apostrophe runs in one children list (lines end at newlines and blocks). */
export function resolveQuotes(children: RawNode[], cx: PassContext): RawNode[] {
  if (!children.some((c) => c.type === 'quote')) return children;
  const positions = cx.positions;
  const list = splitLines(children, positions);
  const out: RawNode[] = [];
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if ((c.type === 'text' && c.value === '\n') || BLOCK.has(c.type)) {
      resolveLine(list, from, i, out, positions);
      out.push(c);
      from = i + 1;
    }
  }
  resolveLine(list, from, list.length, out, positions);
  return out;
}

/** Text nodes holding newlines (`ক\nখ`) split so that every newline is a node of its own: lines end there. */
function splitLines(children: RawNode[], positions: Positions): RawNode[] {
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
      if (k > at) out.push(text(positions, c.value.slice(at, k), base + at));
      out.push(text(positions, '\n', base + k));
      at = k + 1;
    }
    if (at < c.value.length) out.push(text(positions, c.value.slice(at), base + at));
  }
  return out;
}

const text = (positions: Positions, value: string, start: number): Text =>
  positions.textNode(value, start, start + value.length);

/** No run of 4 or 6+ apostrophes and no odd bold+italic pair in `list[from, to)`: such a line needs no change. */
function plainRuns(list: RawNode[], from: number, to: number): boolean {
  let italics = 0;
  let bolds = 0;
  for (let i = from; i < to; i++) {
    const n = list[i];
    if (n.type !== 'quote') continue;
    const len = n.value.length;
    if (len !== 2 && len !== 3 && len !== 5) return false;
    if (len !== 3) italics++;
    if (len !== 2) bolds++;
  }
  return italics % 2 === 0 || bolds % 2 === 0;
}

/** Splits runs of 4 and of 6+ apostrophes, then fixes odd bold+italic counts (doQuotes steps 1–2). */
function normaliseRuns(line: RawNode[], positions: Positions): RawNode[] {
  const out: RawNode[] = [];
  for (const n of line) {
    if (n.type !== 'quote' || n.value.length === 2 || n.value.length === 3 || n.value.length === 5) {
      out.push(n);
      continue;
    }
    const keep = n.value.length === 4 ? 3 : 5;
    const extra = n.value.length - keep;
    const s = startOf(n);
    out.push(text(positions, "'".repeat(extra), s), {
      type: 'quote',
      value: "'".repeat(keep),
      position: positions.pos(s + extra, endOf(n)),
    });
  }
  let italics = 0;
  let bolds = 0;
  for (const n of out)
    if (n.type === 'quote') {
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
      out.splice(k, 1, text(positions, "'", startOf(q)), {
        type: 'quote',
        value: "''",
        position: positions.pos(startOf(q) + 1, endOf(q)),
      });
    }
  }
  return out;
}

/** The doQuotes state machine over the line `list[from, to)`, its nodes added to `out`. */
function resolveLine(list: RawNode[], from: number, to: number, out: RawNode[], positions: Positions): void {
  let quotes = false;
  for (let i = from; i < to && !quotes; i++) quotes = list[i].type === 'quote';
  if (!quotes) {
    for (let i = from; i < to; i++) out.push(list[i]);
    return;
  }
  const m = new LineMachine(out, positions);
  // The line as it is (most lines), or a copy with odd runs split (`''''ক` → `'` + `'''ক`).
  const line = plainRuns(list, from, to) ? list : normaliseRuns(list.slice(from, to), positions);
  const same = line === list;
  for (let i = same ? from : 0, stop = same ? to : line.length; i < stop; i++) {
    const n = line[i];
    if (n.type === 'quote') m.run(n.value.length as 2 | 3 | 5, startOf(n), endOf(n));
    else m.current().push(n);
  }
  m.finish();
}

const markerOf = (k: 'bold' | 'italic') => (k === 'bold' ? "'''" : "''");
const styled = (
  positions: Positions,
  kind: 'bold' | 'italic',
  open: string,
  close: string,
  start: number,
  children: PhrasingContent[],
  end: number,
): Styled => ({ type: kind, open, close, children, position: positions.pos(start, end) }) as Styled;

/** `'''ক'' খ` → the open frames of one line (a class: no closures made per line). */
class LineMachine {
  readonly stack: Frame[] = [];

  /** `root` gets the line's top-level nodes; `positions` makes the positions of the styled nodes. */
  constructor(
    readonly root: RawNode[],
    readonly positions: Positions,
  ) {}

  current(): RawNode[] {
    return (this.stack.length ? this.stack[this.stack.length - 1].children : this.root) as RawNode[];
  }

  /** One apostrophe run of length `len` at `[at, end)`. */
  run(len: 2 | 3 | 5, at: number, end: number): void {
    const top = this.stack.length ? this.stack[this.stack.length - 1].kind : undefined;
    const below = this.stack.length > 1 ? this.stack[this.stack.length - 2].kind : undefined;
    if (top === 'both') this.resolveBoth(len, at, end);
    else if (len === 2) {
      if (top === 'italic') this.close("''", end);
      else if (top === 'bold' && below === 'italic') {
        this.close('', at);
        this.close("''", end);
        this.openWith('bold', '', end);
      } else this.openWith('italic', "''", at);
    } else if (len === 3) {
      if (top === 'bold') this.close("'''", end);
      else if (top === 'italic' && below === 'bold') {
        this.close('', at);
        this.close("'''", end);
        this.openWith('italic', '', end);
      } else this.openWith('bold', "'''", at);
    } else if (!top) this.stack.push({ kind: 'both', start: at, children: [] });
    else if (top === 'bold' && below === 'italic') {
      this.close("'''", at + 3);
      this.close("''", end);
    } else if (top === 'italic' && below === 'bold') {
      this.close("''", at + 2);
      this.close("'''", end);
    } else if (top === 'bold') {
      this.close("'''", at + 3);
      this.openWith('italic', "''", at + 3);
    } else {
      this.close("''", at + 2);
      this.openWith('bold', "'''", at + 2);
    }
  }

  /** Closes what is still open at the line's end. */
  finish(): void {
    while (this.stack.length) {
      if (this.stack[this.stack.length - 1].kind === 'both') this.resolveBoth(0, 0, 0);
      else this.close('', 0);
    }
  }

  /** Opens bold or italic at `at` with its opening marker (empty for one reopened after a close). */
  private openWith(kind: 'bold' | 'italic', open: string, at: number): void {
    this.stack.push({ kind, start: at, children: [], open });
  }

  /** Closes the top frame with `marker` ending at `end` (or at its content when implicit). */
  private close(marker: string, end: number): void {
    const f = this.stack.pop()!;
    const kind = f.kind === 'both' ? 'bold' : f.kind;
    const last = f.children[f.children.length - 1];
    const stop = marker ? end : last ? endOf(last) : f.start + (f.open?.length ?? 0);
    this.current().push(
      styled(this.positions, kind, f.open ?? markerOf(kind), marker, f.start, f.children, stop) as RawNode,
    );
  }

  /** `'''''` opened earlier resolves once the next run shows which closes first. */
  private resolveBoth(next: 2 | 3 | 5 | 0, at: number, end: number): void {
    const f = this.stack.pop()!;
    const s = f.start;
    const last = f.children[f.children.length - 1];
    const contentEnd = last ? endOf(last) : s + 5;
    if (next === 2 || next === 0) {
      const inner = styled(
        this.positions,
        'italic',
        "''",
        next ? "''" : '',
        s + 3,
        f.children,
        next ? end : contentEnd,
      );
      if (next === 0) this.current().push(styled(this.positions, 'bold', "'''", '', s, [inner], contentEnd) as RawNode);
      else this.stack.push({ kind: 'bold', start: s, children: [inner], open: "'''" });
    } else if (next === 3) {
      const inner = styled(this.positions, 'bold', "'''", "'''", s + 2, f.children, end);
      this.stack.push({ kind: 'italic', start: s, children: [inner], open: "''" });
    } else {
      const inner = styled(this.positions, 'bold', "'''", "'''", s + 2, f.children, at + 3);
      this.current().push(styled(this.positions, 'italic', "''", "''", s, [inner], end) as RawNode);
    }
  }
}
