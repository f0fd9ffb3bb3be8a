// unist line/column for every node in one pass over a line-start table:
// offset 12 in "==ইতিহাস==\nবাংলা" → line 2, column 2 (1-based; offsets are UTF-16 code units).
import type { Root } from '../ast.js';

interface Point { line: number; column: number; offset: number }

/** Offsets where each line starts. */
export function lineStarts(s: string): Int32Array {
  let count = 1;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let k = 1;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/**
 * Fills line/column of points from their offsets. Offsets arrive nearly in order when a tree is
 * walked depth-first, so it steps from the previous line and binary-searches only on jumps.
 */
export class LineCursor {
  private starts: Int32Array;
  private line = 0;

  constructor(source: string) {
    this.starts = lineStarts(source);
  }

  fill(p: Point): void {
    const starts = this.starts;
    const last = starts.length - 1;
    const o = p.offset;
    let line = this.line;
    if (starts[line] > o || (line < last && starts[line + 1] <= o)) {
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
      this.line = line;
    }
    p.line = line + 1;
    p.column = o - starts[line] + 1;
  }
}

/** Fills `line` and `column` of every position below `root` from its offsets. */
export function addLineColumns(root: Root, source: string): void {
  const cursor = new LineCursor(source);
  const visit = (n: { position?: { start: Point; end: Point }; children?: unknown[] }) => {
    if (n.position) cursor.fill(n.position.start);
    if (n.children) for (const c of n.children) visit(c as typeof n);
    if (n.position) cursor.fill(n.position.end);
  };
  visit(root as never);
}
