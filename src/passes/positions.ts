// unist line/column filled in when a position is made, from the line-start table of the page being
// parsed: offset 12 in "==ইতিহাস==\nবাংলা" → line 2, column 2 (1-based; offsets are UTF-16 code units).
// No separate walk: every builder and pass makes its positions with `positions.pos`, during `parse`.
// All of it (page, line table, recent points) is one `Positions` per parse, made by `parse` and handed
// down (the grammar's session holds it, the passes get it in their `PassContext`): no module state, so a
// parse started inside another (from a `<ref>` body, a site hook) never sees the outer page's lines.

import { plainConstructor } from './plain-objects.js';

export interface Point {
  line: number;
  column: number;
  offset: number;
}
export interface Pos {
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
// small table by offset (`Positions.recent`), so a tree holds about one point per node instead of two.
// Points are read-only.
const RECENT = 64;

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

/**
 * The positions of one parse: its page, the page's line starts, the line of the previous lookup
 * (offsets arrive nearly in order, so most lookups stay on it) and the points made a moment ago.
 * `parse` makes one per page, `new Positions("==ইতিহাস==\nবাংলা")`, and hands it down.
 */
export class Positions {
  /** The page being parsed (the source of every text node's value). */
  readonly page: string;
  /** Offset where each line of the page starts (`lineStarts`). */
  readonly starts: Int32Array;
  /** The 0-based line of the previous lookup. */
  private current = 0;
  /** The points made a moment ago, by `offset & (RECENT - 1)`. */
  private readonly recent: (Point | undefined)[] = new Array(RECENT).fill(undefined);

  constructor(page: string) {
    this.page = page;
    this.starts = lineStarts(page);
  }

  /** The point at an offset, with its line and column (the one made a moment ago for it, if any). */
  point(offset: number): Point {
    const slot = offset & (RECENT - 1);
    const known = this.recent[slot];
    if (known !== undefined && known.offset === offset) return known;
    const line = this.lineOf(offset);
    const made = new PlainPoint(line + 1, offset - this.starts[line] + 1, offset);
    this.recent[slot] = made;
    return made;
  }

  /** The position `[start, end)` with line/column. */
  pos(start: number, end: number): Pos {
    return new PlainPos(this.point(start), this.point(end));
  }

  /** A text node for the source `value` at `[start, end)`: `ঢাকা` at 10 → text 10–14. */
  textNode(value: string, start: number, end: number): TextNode {
    return new PlainText(value, this.pos(start, end));
  }

  /** The page's text in `[start, end)` (a slice, not a copy): the value of a merged text node. */
  slice(start: number, end: number): string {
    return this.page.slice(start, end);
  }

  /** The UTF-16 code unit of the page at an offset (NaN outside it), without a string. */
  charCodeAt(offset: number): number {
    return this.page.charCodeAt(offset);
  }

  /** The 0-based line of an offset: the previous line, the next one, or a binary search. */
  private lineOf(o: number): number {
    const starts = this.starts;
    const last = starts.length - 1;
    let line = this.current;
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
    this.current = line;
    return line;
  }
}
