// Lookahead for headings: `== ইতিহাস ==` at a line start (trailing spaces and comments allowed), or
// ` ==ইতিহাস== ` mid-line in the flattened shape. Its builder is `heading` (builders.ts).
import { lineEnd, lineStart } from './lines.js';
import { commentClose, commentOpenBefore, EXTENSION } from './pairs.js';
import type { Session } from './session.js';
import { push, topLevel } from './stops.js';

/** Heading facts for a heading starting at an offset. */
export interface HeadingInfo {
  depth: number;
  contentEnd: number;
}

const FLAT_HEADING = /(={2,6})(?!=)([^=\n]+?)(={2,6})(?=\s|$)/y;

/**
 * The heading that starts at `p`, if any: at a line start, or mid-line in the flattened shape.
 * > | ==ইতিহাস==
 *     ^ depth 2
 */
export function headingInfo(s: Session, p: number): HeadingInfo | null {
  if (s.flattened) return flatHeadingAt(s, p);
  return lineStart(s, p) ? headingAt(s, p) : null;
}

/**
 * A heading starting at `p` at the start of a line: `== ইতিহাস ==` (trailing spaces/comments allowed).
 * `===ক==` is depth 2 with content `=ক`; a line of only `=` is a heading of `=` from `===` on.
 * > | == ইতিহাস == <!-- x -->
 *     ^ depth 2, content up to the closing `==`
 */
function headingAt(s: Session, p: number): HeadingInfo | null {
  const input = s.input;
  let open = 0;
  while (input.charCodeAt(p + open) === 0x3d) open++;
  if (open === 0) return null;
  let end = lineEndPastComments(s, p, s.top.end);
  // Trailing whitespace and comments after the closing `=` belong to the line, not the heading.
  for (;;) {
    while (end > p && (input.charCodeAt(end - 1) === 0x20 || input.charCodeAt(end - 1) === 0x09)) end--;
    if (end - p >= 7 && input.startsWith('-->', end - 3)) {
      const k = commentOpenBefore(s.pairs, end - 3);
      if (k > p + open) {
        end = k;
        continue;
      }
    }
    break;
  }
  let close = 0;
  while (end - close - 1 >= p && input.charCodeAt(end - close - 1) === 0x3d) close++;
  if (close === 0) return null;
  if (end - p === open && open === close) {
    // A line of only `=`: `====` is a level-1 heading of `==`; `=` and `==` alone are text.
    if (open < 3) return null;
    const depth = Math.min(Math.floor((open - 1) / 2), 6);
    return { depth, contentEnd: end - depth };
  }
  const depth = Math.min(open, close, 6);
  return { depth, contentEnd: end - depth };
}

/**
 * A mid-line heading of the flattened shape at `p`: space or edge on both sides, at the top level.
 * > | ক ==ইতিহাস== খ
 *       ^ depth 2
 */
function flatHeadingAt(s: Session, p: number): HeadingInfo | null {
  if (!s.flattened || !topLevel(s)) return null;
  const input = s.input;
  if (p > 0 && !/\s/.test(input[p - 1])) return null;
  FLAT_HEADING.lastIndex = p;
  const m = FLAT_HEADING.exec(input);
  if (!m) return null;
  const depth = Math.min(m[1].length, m[3].length);
  return { depth, contentEnd: FLAT_HEADING.lastIndex - depth };
}

/**
 * The end of the line at `p`, where a comment or an extension tag that starts on it may hold
 * newlines: `==ক==<!--\n-->`, `==ক <nowiki>খ\nগ</nowiki>==`.
 * > | ==ক <nowiki>খ
 *     ^ p (the line goes on past the newline inside `<nowiki>`)
 */
function lineEndPastComments(s: Session, p: number, limit: number): number {
  const input = s.input;
  let end = lineEnd(s, p, limit);
  for (let k = input.indexOf('<', p); k >= 0 && k < end; k = input.indexOf('<', k + 1)) {
    let close = -1;
    if (input.startsWith('<!--', k)) {
      const j = commentClose(s.pairs, k + 4);
      if (j < 0) return end;
      close = j + 3;
    } else if (s.pairs.kind[k] === EXTENSION) close = s.pairs.end[k];
    if (close < 0) continue;
    if (close > limit) return end;
    if (close > end) end = lineEnd(s, close, limit);
    k = close - 1;
  }
  return end;
}

/**
 * Enters a heading's content, which stops at the closing `=` run (`contentEnd`).
 * > | ==ইতিহাস==
 *     ^ a frame up to the closing `==`
 */
export function enterHeading(s: Session, p: number, contentEnd: number): boolean {
  return push(s, p, contentEnd, false);
}
