// Lookahead for table cells: `! দেশ !! রাজধানী` (a header line: `!!` separates), `| ঢাকা || খ`,
// `| style="…" | ক` (attributes before a single `|`), `|+ শিরোনাম` (a caption). The table structure
// itself is built later (passes/build-tables); the cell builder is `tableCell` (builders.ts).
import { Cell, frame } from './frame.js';
import type { Session } from './session.js';

/**
 * Starts a line of cells: whether it is a header line (`!` first) decides if `!!` separates its cells.
 * > | ! দেশ !! রাজধানী
 *     ^ a header line
 */
export function startCellLine(s: Session, p: number): true {
  s.headerLine = s.input.charCodeAt(p) === 0x21;
  return true;
}

/**
 * Enters a table cell (`|`, `!`, `||`, `!!`) or caption (`|+`) on the current line; its content stops
 * at the next cell, the line's end, and (until `cellContent`) at a single `|`.
 * > | | style="x" | ঢাকা || খ
 *     ^ a data cell
 */
export function enterCell(s: Session, p: number, kind: 'cell' | 'caption'): boolean {
  const cell = kind === 'caption' ? Cell.Caption : s.headerLine ? Cell.Header : Cell.Data;
  const f = frame(p, s.top.end, false, cell);
  f.attrs = true;
  s.frames.push(f);
  return true;
}

/**
 * After a cell's attribute `|`, a single `|` no longer stops its content.
 * > | | style="x" | ঢাকা
 *                 ^
 */
export function cellContent(s: Session): true {
  s.top.attrs = false;
  return true;
}

/**
 * Whether `||` (or `!!` on a header line) at `p` starts the next cell of this line.
 * > | | ক || খ
 *         ^
 */
export function cellSeparator(s: Session, p: number): boolean {
  const input = s.input;
  if (input.charCodeAt(p) === 0x7c) return input.charCodeAt(p + 1) === 0x7c;
  return s.headerLine && input.charCodeAt(p) === 0x21 && input.charCodeAt(p + 1) === 0x21;
}
