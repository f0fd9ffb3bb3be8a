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

/** Fills `line` and `column` of every position below `root` from its offsets. */
export function addLineColumns(root: Root, source: string): void {
  const starts = lineStarts(source);
  const fill = (p: Point) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= p.offset) lo = mid;
      else hi = mid - 1;
    }
    p.line = lo + 1;
    p.column = p.offset - starts[lo] + 1;
  };
  const visit = (n: { position?: { start: Point; end: Point }; children?: unknown[] }) => {
    if (n.position) {
      fill(n.position.start);
      fill(n.position.end);
    }
    if (n.children) for (const c of n.children) visit(c as typeof n);
  };
  visit(root as never);
}
