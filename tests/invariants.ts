// Invariants every parse must satisfy, for any input: shared by the corpus tests and the fuzzers.
// `checkTree(s, parse(s))` returns a list of problems ('' … none), each naming the node and why:
//   - the tree round-trips: stringify(root) === s;
//   - every node has a position, in bounds (0 ≤ start ≤ end ≤ s.length);
//   - children lie inside their parent, in order, without overlapping;
//   - line/column agree with the offset (1-based; lines split at '\n' only, columns in UTF-16 units);
//   - s.slice(start, end) === stringify(node) for every node (each node owns exactly its source);
//   - the grammar did not fail: no `root.data.messages` (parse turns a grammar failure, a bug, into
//     one text node that would pass every other check).
// `checkEvents`, `checkRecord` and `checkPlainText` do the same for the extractors' output.
import type { Nodes, Root } from '../src/ast.js';
import type { Article } from '../src/index.js';
import { stringify } from '../src/index.js';

interface Point {
  line: number;
  column: number;
  offset: number;
}
interface AnyNode {
  type: string;
  position?: { start: Point; end: Point };
  children?: AnyNode[];
}

export interface CheckOptions {
  /** Compare `s.slice(start, end)` with `stringify(node)` for every node (default true). */
  slices?: boolean;
  /** Stop after this many problems (default 20). */
  maxProblems?: number;
}

/** Offsets where each line starts (after every '\n'). */
function lineStarts(s: string): number[] {
  const starts = [0];
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line and column an offset should have. */
function expectedPoint(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** A short description of a node for messages: type, offsets and the start of its source. */
function describe(n: AnyNode, s: string): string {
  const p = n.position;
  if (!p) return n.type;
  const snippet = s.slice(p.start.offset, Math.min(p.end.offset, p.start.offset + 40));
  return `${n.type}@${p.start.offset}-${p.end.offset} ${JSON.stringify(snippet)}`;
}

/** All problems with `root` as the parse of `s`; an empty list when every invariant holds. */
export function checkTree(s: string, root: Root, options: CheckOptions = {}): string[] {
  const slices = options.slices ?? true;
  const max = options.maxProblems ?? 20;
  const problems: string[] = [];
  const report = (msg: string) => {
    if (problems.length < max) problems.push(msg);
  };

  if (stringify(root) !== s)
    report(
      `not lossless: stringify(root) differs (length ${stringify(root).length} vs ${s.length}) at ${firstDifference(stringify(root), s)}`,
    );
  if (root.type !== 'root') report(`root type is ${root.type}`);
  if (root.data?.messages !== undefined) report(`grammar fallback: ${root.data.messages.join('; ')}`);
  const rootPos = root.position;
  if (rootPos?.start.offset !== 0 || rootPos.end.offset !== s.length) report(`root position is not [0, ${s.length})`);

  const starts = lineStarts(s);
  const checkPoint = (n: AnyNode, which: 'start' | 'end', p: Point) => {
    if (!Number.isInteger(p.offset) || p.offset < 0 || p.offset > s.length) {
      report(`${describe(n, s)}: ${which} offset ${p.offset} out of bounds [0, ${s.length}]`);
      return;
    }
    const e = expectedPoint(starts, p.offset);
    if (p.line !== e.line || p.column !== e.column) {
      report(`${describe(n, s)}: ${which} ${p.line}:${p.column} but offset ${p.offset} is ${e.line}:${e.column}`);
    }
  };

  // Iterative walk (real pages nest deeply enough to make recursion a risk for fuzzed inputs).
  const stack: AnyNode[] = [root as unknown as AnyNode];
  while (stack.length > 0 && problems.length < max) {
    const n = stack.pop()!;
    const p = n.position;
    if (!p) {
      report(`${n.type} has no position`);
      continue;
    }
    checkPoint(n, 'start', p.start);
    checkPoint(n, 'end', p.end);
    if (p.start.offset > p.end.offset) report(`${describe(n, s)}: start after end`);
    if (slices && n !== (root as unknown as AnyNode)) {
      const own = stringify(n as unknown as Nodes);
      const src = s.slice(p.start.offset, p.end.offset);
      if (own !== src)
        report(
          `${describe(n, s)}: slice ${JSON.stringify(src.slice(0, 60))} !== stringify ${JSON.stringify(own.slice(0, 60))}`,
        );
    }
    if (!n.children) continue;
    let last = p.start.offset;
    for (const c of n.children) {
      const cp = c.position;
      if (!cp) {
        report(`${c.type} (child of ${describe(n, s)}) has no position`);
        continue;
      }
      if (cp.start.offset < last)
        report(`${describe(c, s)} starts before the end of its previous sibling (or its parent ${describe(n, s)})`);
      if (cp.end.offset > p.end.offset) report(`${describe(c, s)} ends after its parent ${describe(n, s)}`);
      last = Math.max(last, cp.end.offset);
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return problems;
}

/** Throws with the problems listed when an invariant fails (for fuzzers and one-off checks). */
export function assertTree(s: string, root: Root, options?: CheckOptions): void {
  const problems = checkTree(s, root, options);
  if (problems.length > 0) throw new Error(`tree invariants failed:\n  ${problems.join('\n  ')}`);
}

/** Where two strings first differ, with a little context. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `offset ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 20), i + 20))} vs ${JSON.stringify(b.slice(Math.max(0, i - 20), i + 20))}`;
}

/** Every node of a tree, depth first, in source order (root included). */
export function allNodes(root: Root): Nodes[] {
  const out: Nodes[] = [];
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    const children = (n as { children?: Nodes[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

interface Span {
  start: number;
  end: number;
}
interface DateLike extends Span {
  text: string;
}
interface EventLike extends Span {
  date: DateLike;
  sentence: string;
}

/** `[start, end)` is a span of `s`: integers, 0 ≤ start ≤ end ≤ s.length. */
function inBounds(s: string, x: Span): boolean {
  return Number.isInteger(x.start) && Number.isInteger(x.end) && 0 <= x.start && x.start <= x.end && x.end <= s.length;
}

/** Problems with dates found in `s`: each in bounds and slicing back to its own text. */
export function checkDates(s: string, dates: readonly DateLike[]): string[] {
  const problems: string[] = [];
  for (const d of dates) {
    if (!inBounds(s, d)) problems.push(`date ${JSON.stringify(d.text)} [${d.start}, ${d.end}) out of [0, ${s.length}]`);
    else if (s.slice(d.start, d.end) !== d.text)
      problems.push(`date ${JSON.stringify(d.text)} slices to ${JSON.stringify(s.slice(d.start, d.end))}`);
  }
  return problems;
}

/** Problems with events of wikitext `s`: date and sentence spans in bounds, the date slices back, the sentence span holds it. */
export function checkEvents(s: string, events: readonly EventLike[]): string[] {
  const problems = checkDates(
    s,
    events.map((e) => e.date),
  );
  for (const e of events) {
    if (!inBounds(s, e))
      problems.push(`event ${JSON.stringify(e.sentence.slice(0, 40))} [${e.start}, ${e.end}) out of [0, ${s.length}]`);
    else if (e.start > e.date.start || e.end < e.date.end)
      problems.push(`event [${e.start}, ${e.end}) does not hold its date [${e.date.start}, ${e.date.end})`);
  }
  return problems;
}

/** Problems with an article record of wikitext `s`: sections tile `s` in order, heading sections start at their `=`, dates and events slice back. */
export function checkRecord(s: string, r: Article): string[] {
  const problems: string[] = [];
  const sections = r.sections;
  if (sections.length === 0 || sections[0]!.start !== 0 || sections[0]!.level !== 0)
    problems.push('the first section is not the lead at 0');
  if (sections.length > 0 && sections.at(-1)!.end !== s.length)
    problems.push(`the last section ends at ${sections.at(-1)!.end}, not ${s.length}`);
  for (let i = 1; i < sections.length; i++) {
    const x = sections[i]!;
    if (x.start !== sections[i - 1]!.end)
      problems.push(`section ${i} starts at ${x.start}, the previous one ends at ${sections[i - 1]!.end}`);
    if (x.start > x.end) problems.push(`section ${i} ends before it starts`);
    if (s.slice(x.start, x.start + x.level) !== '='.repeat(x.level))
      problems.push(`section ${i} (level ${x.level}) does not start with its =`);
    if (x.path.at(-1) !== x.heading) problems.push(`section ${i}: path does not end with its heading`);
  }
  problems.push(...checkDates(s, r.dates), ...checkEvents(s, r.events));
  return problems;
}

/** Problems with the plain text of `s`: the same from the string and from its tree; blank runs collapsed (no double space, at most one empty line, no space at a line's edge or the ends, no CR; tabs only between table cells). */
export function checkPlainText(_s: string, fromString: string, fromTree: string): string[] {
  const problems: string[] = [];
  if (fromString !== fromTree)
    problems.push(`toPlainText(s) !== toPlainText(parse(s)) at ${firstDifference(fromString, fromTree)}`);
  if (/ {2}/.test(fromString)) problems.push(`two spaces in a row at ${fromString.indexOf('  ')}`);
  if (/\n{3}/.test(fromString)) problems.push('three newlines in a row');
  if (/ \n|\n /.test(fromString)) problems.push('a space at the edge of a line');
  if (/^[ \n\r]|[ \n\r]$/.test(fromString)) problems.push('blank at the start or end');
  // tabs separate table cells (an empty cell keeps its place, so a row may start or end with one)
  if (/\r/.test(fromString)) problems.push('a carriage return left');
  if (/ \t|\t /.test(fromString)) problems.push('a space beside a cell tab');
  return problems;
}
