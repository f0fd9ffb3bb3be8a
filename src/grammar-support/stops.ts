// Stop frames: which terminators end inline text here — `|` in template arguments and link parts, `]]`
// at a link's end, `||`/`!!`/newline in table cells, the closing `=` run of a heading (Parsoid's
// technique). A construct pushes a frame on entry and pops it on success (`leave`) or on failure
// (`abandon`), so a failed opener re-parses nothing; deeper than MAX_DEPTH, openers are text.
import { Cell, frame, MAX_DEPTH } from './frame.js';
import type { Session } from './session.js';

/**
 * Pushes the frame of a construct opened at `start` whose content must stop at `end` (`pipe`: a
 * single `|` stops it too); false past the nesting cap.
 * > | {{ক|খ}}
 *     ^ start, content stops at `}}` (end) and at `|` (pipe)
 */
export function push(s: Session, start: number, end: number, pipe: boolean, cell: Cell = Cell.None): boolean {
  if (s.frames.length > MAX_DEPTH) return false;
  s.frames.push(frame(start, end, pipe, cell));
  return true;
}

/**
 * Pops the frame of a construct that just matched.
 * > | [[ক|খ]]
 *            ^ after `]]`
 */
export function leave(s: Session): true {
  if (s.frames.length > 1) s.frames.pop();
  return true;
}

/**
 * Pops the frame a construct opened at `p` before it failed; always fails (the grammar's `Abandon`, a
 * safety net: the pre-scan's pairs make frames end at their closers).
 * > | {{ক|খ}}
 *     ^ had `}}` not matched, the frame opened here goes and `{{` is text
 */
export function abandon(s: Session, p: number): false {
  if (s.frames.length > 1 && s.top.start === p) s.frames.pop();
  return false;
}

/**
 * Remembers that the opener at `p` is text (so it is never tried again).
 * > | [[ক|]]
 *     ^ a link with an empty label is text
 */
export function reject(s: Session, p: number): false {
  s.failed.add(p);
  return false;
}

/**
 * Where the `{{`, `{{{` or `[[` (`kind`, pairs.ts) at `p` closes, if the pre-scan paired it, it fits in
 * the enclosing frame and it was not rejected; else 0.
 * > | {{ক|{{খ}}}}
 *         ^ paired: closes after the first `}}`
 */
export function paired(s: Session, kind: number, p: number): number {
  if (s.pairs.kind[p] !== kind) return 0;
  const end = s.pairs.end[p];
  return end > 0 && end <= s.top.end && !s.failed.has(p) ? end : 0;
}

/**
 * Whether inline content stops at `p`: the enclosing frame's end, a `|` of a template argument or
 * link part, `||` or `!!` or a newline in a table cell, a cell's attribute `|`.
 * > | {{ক|খ}}
 *        ^ stops (template argument)
 */
export function atStop(s: Session, p: number): boolean {
  const f = s.top;
  if (p >= f.end) return true;
  const c = s.input.charCodeAt(p);
  if (c === 0x7c /* | */) {
    if (f.pipe) return true;
    if (f.cell !== Cell.None) return f.attrs || s.input.charCodeAt(p + 1) === 0x7c;
    return false;
  }
  if (f.cell === Cell.None) return false;
  if (c === 0x0a) return true;
  return c === 0x21 /* ! */ && f.cell === Cell.Header && s.input.charCodeAt(p + 1) === 0x21;
}

/**
 * Top level of the page: inside no construct and no table cell (flattened headings may start here).
 * > | ক ==ইতিহাস== খ
 *       ^
 */
export function topLevel(s: Session): boolean {
  return s.frames.length === 1 && s.top.cell === Cell.None;
}
