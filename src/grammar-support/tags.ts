// Lookahead for what starts with `<`: comments (`<!-- … -->`), extension tags paired by the pre-scan
// (`<ref>…</ref>`, `<nowiki>…</nowiki>`, `<references/>`) and the HTML tags MediaWiki allows
// (`<small>`, `</div>`, `<br />`). Each fits in the enclosing frame or is not there at all.
import { htmlTagLength } from './html-tags.js';
import { commentClose, EXTENSION } from './pairs.js';
import type { Session } from './session.js';
import { push } from './stops.js';

/** Extension-tag facts for the opener at an offset. */
export interface TagInfo {
  name: string;
  openLen: number;
  bodyLen: number;
  closeLen: number;
  selfClosing: boolean;
}

/**
 * `<!-- … -->` at `p`: the body's length, or -1 when the comment would cross the enclosing construct
 * (an unclosed comment runs to the end of the page).
 * > | <!-- মন্তব্য -->
 *     ^ body ` মন্তব্য `
 */
export function commentBody(s: Session, p: number): number {
  const j = commentClose(s.pairs, p + 4);
  const end = j < 0 ? s.input.length : j + 3;
  if (end > s.top.end) return -1;
  return (j < 0 ? s.input.length : j) - (p + 4);
}

/**
 * An extension tag paired by the pre-scan at `p` that fits here: the lengths of its open tag, body
 * and close tag.
 * > | <ref name="ক">{{খ}}</ref>
 *     ^ open 14, body 5, close 6
 */
export function tagAt(s: Session, p: number): TagInfo | null {
  if (s.pairs.kind[p] !== EXTENSION) return null;
  const t = s.pairs.tags.get(p);
  const end = s.pairs.end[p];
  if (!t || end > s.top.end) return null;
  return {
    name: t.name,
    openLen: t.openEnd - p,
    bodyLen: t.closeStart - t.openEnd,
    closeLen: end - t.closeStart,
    selfClosing: t.selfClosing,
  };
}

/**
 * Enters the wikitext body of `<ref>…</ref>` opened at `p`, whose body ends at `end`.
 * > | <ref>[[ক]]</ref>
 *     ^ a frame up to `</ref>`
 */
export function enterBody(s: Session, p: number, end: number): boolean {
  return push(s, p, end, false);
}

/**
 * `<small>`, `</div>`, `<br />` at `p`: its length, or 0 (no allowed tag, or it crosses the frame).
 * > | <span style="color:red">লাল</span>
 *     ^ 24
 */
export function htmlTagLen(s: Session, p: number): number {
  const n = htmlTagLength(s.input, p);
  return n > 0 && p + n <= s.top.end ? n : 0;
}
