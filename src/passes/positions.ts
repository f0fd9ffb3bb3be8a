// unist line/column filled in when a position is made, from the line-start table of the page being
// parsed: offset 12 in "==ইতিহাস==\nবাংলা" → line 2, column 2 (1-based; offsets are UTF-16 code units).
// No separate walk: every builder and pass makes its positions with `pos`, during `parse`. The state
// (page, line table, recent points) is one `PageLines` per parse, set by `withLines` for its duration.

import { plainConstructor } from './plain-objects.js';

interface Point {
  line: number;
  column: number;
  offset: number;
}
interface Pos {
  start: Point;
  end: Point;
}

/** Offsets where each line starts. */
export function lineStarts(s: string): Int32Array {
  let count = 1;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let k = 1;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

// Points are shared: a node's end is usually its next sibling's start, a container's start its first
// child's (`[[ক]]খ`: the link's end point is the text's start point). The recently made points stay in a
// small table by offset (`PageLines.recent`), so a tree holds about one point per node instead of two.
// Points are read-only.
const RECENT = 64;

/**
 * The positions state of one parse: its page, the page's line starts, the line of the previous lookup
 * (offsets arrive nearly in order, so most lookups stay on it) and the points made a moment ago.
 * `parse` makes one per page: `new PageLines("==ইতিহাস==\nবাংলা")`.
 */
export class PageLines {
  readonly page: string;
  readonly starts: Int32Array;
  current = 0;
  readonly recent: (Point | undefined)[] = new Array(RECENT).fill(undefined);
  constructor(page: string) {
    this.page = page;
    this.starts = lineStarts(page);
  }
}

/** The page of the parse that is running (none outside a parse: one empty line). */
let active = new PageLines('');

/**
 * Runs `work` (a parse) with `lines` as the page whose positions `pos`, `point` and `textNode` make.
 * A parse started inside another (from a `<ref>` body, a site hook) gets its own page and hands the
 * outer one back when it ends, so the outer parse goes on with its own lines.
 */
export function withLines<T>(lines: PageLines, work: () => T): T {
  const outer = active;
  active = lines;
  try {
    return work();
  } finally {
    active = outer;
  }
}

/** The 0-based line of an offset: the previous line, the next one, or a binary search. */
function lineOf(lines: PageLines, o: number): number {
  const starts = lines.starts;
  const last = starts.length - 1;
  let line = lines.current;
  if (starts[line] <= o && (line === last || starts[line + 1] > o)) return line;
  if (line < last && starts[line + 1] <= o && (line + 1 === last || starts[line + 2] > o)) line++;
  else {
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    line = lo;
  }
  lines.current = line;
  return line;
}

// Points, positions and text nodes are made by constructors (passes/plain-objects: never pretenured).
const PlainPoint = plainConstructor(function (this: Point, line: number, column: number, offset: number) {
  this.line = line;
  this.column = column;
  this.offset = offset;
});
const PlainPos = plainConstructor(function (this: Pos, start: Point, end: Point) {
  this.start = start;
  this.end = end;
});

/** The point at an offset, with its line and column (the one made a moment ago for it, if any). */
export function point(offset: number): Point {
  const lines = active;
  const slot = offset & (RECENT - 1);
  const known = lines.recent[slot];
  if (known !== undefined && known.offset === offset) return known;
  const line = lineOf(lines, offset);
  const made = new PlainPoint(line + 1, offset - lines.starts[line] + 1, offset);
  lines.recent[slot] = made;
  return made;
}

/** The page's text in `[start, end)` (a slice, not a copy): the value of a merged text node. */
export function sourceText(start: number, end: number): string {
  return active.page.slice(start, end);
}

/** The UTF-16 code unit of the page at an offset (NaN outside it), without a string. */
export function sourceCharCode(offset: number): number {
  return active.page.charCodeAt(offset);
}

/** The position `[start, end)` with line/column. */
export function pos(start: number, end: number): Pos {
  return new PlainPos(point(start), point(end));
}

interface TextNode {
  type: 'text';
  value: string;
  position: Pos;
}
const PlainText = plainConstructor(function (this: TextNode, value: string, position: Pos) {
  this.type = 'text';
  this.value = value;
  this.position = position;
});

/** A text node for the source `value` at `[start, end)`: `ঢাকা` at 10 → text 10–14. */
export function textNode(value: string, start: number, end: number): TextNode {
  return new PlainText(value, pos(start, end));
}
