// Where lines start and end as the grammar sees them. Line markup (`==ক==`, `* ক`, `{|`, `|-`) counts
// only at the start of a line of the page itself, and comments are transparent there, as MediaWiki
// removes them before it looks at lines: `<!--x-->*ক` is a list item.
import { commentClose, commentOpenBefore } from './pairs.js';
import type { Session } from './session.js';

/**
 * At the start of a line of the page itself (not inside a construct), comments before it allowed.
 * > | <!--ক-->* খ
 *             ^
 */
export function lineStart(s: Session, p: number): boolean {
  return s.frames.length === 1 && lineBegins(s, p, false);
}

/**
 * At the start of a line after spaces, tabs and comments only (table markup may be indented).
 * > |   |- style="…"
 *       ^
 */
export function lineStartAfterIndent(s: Session, p: number): boolean {
  return s.frames.length === 1 && lineBegins(s, p, true);
}

/**
 * Whether only comments (and, with `indent`, spaces and tabs) stand between the line start and `p`:
 * > | <!--ক--> |- …
 *              ^
 */
function lineBegins(s: Session, p: number, indent: boolean): boolean {
  const input = s.input;
  let q = p;
  for (;;) {
    if (q === 0 || input.charCodeAt(q - 1) === 0x0a) return true;
    const c = input.charCodeAt(q - 1);
    if (indent && (c === 0x20 || c === 0x09)) q--;
    else if (c === 0x3e /* > */ && q >= 7 && input.startsWith('-->', q - 3)) {
      const k = commentOpenBefore(s.pairs, q - 7);
      if (k < 0 || commentClose(s.pairs, k + 4) !== q - 3) return false;
      q = k;
    } else return false;
  }
}

/**
 * The end of the line at `p` (its newline), or `limit` when that comes first.
 * > | [http://x.org ক
 *                     ^ (end of the line)
 */
export function lineEnd(s: Session, p: number, limit: number): number {
  const j = s.input.indexOf('\n', p);
  return j < 0 || j > limit ? limit : j;
}
