// Lookahead for templates and parameters: `{{তথ্যছক ব্যক্তি|নাম=…}}` needs a valid name before its
// first `|`; `{{{১|ডিফল্ট}}}` only its pair. Their builders are `template` and `parameter` (builders.ts).
import { commentClose, PARAMETER, TEMPLATE } from './pairs.js';
import type { Session } from './session.js';
import { paired, push, reject } from './stops.js';

/**
 * Enters `{{…}}` at `p` when the pre-scan paired it and it has a name; otherwise `{{` is text for good.
 * > | {{তথ্যছক ব্যক্তি|নাম=রবীন্দ্রনাথ}}
 *     ^ a frame up to `}}`, `|` stops
 */
export function enterTemplate(s: Session, p: number): boolean {
  const end = paired(s, TEMPLATE, p);
  if (!end) return false;
  if (!hasName(s, p + 2, end - 2)) return reject(s, p);
  return push(s, p, end - 2, true);
}

/**
 * Enters `{{{…}}}` at `p` when the pre-scan paired it.
 * > | {{{১|ডিফল্ট}}}
 *     ^ a frame up to `}}}`, `|` stops
 */
export function enterParameter(s: Session, p: number): boolean {
  const end = paired(s, PARAMETER, p);
  if (!end) return false;
  return push(s, p, end - 3, true);
}

/**
 * A template needs a valid name before its first `|` (or a parser function's `:`): `{{}}`,
 * `{{ |ক}}` and `{{The [[UN]] …}}` are text (a title holds no `[ ] < >`); a `:` before any name is part
 * of it (`{{:ঢাকা}}` transcludes the article).
 * > | {{ওয়েব উদ্ধৃতি<!-- x -->|…}}
 *       ^ from: comments are skipped, a nested `{{…}}` counts as name
 */
function hasName(s: Session, from: number, to: number): boolean {
  const input = s.input;
  let named = false;
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x7c || (c === 0x3a && named)) break;
    if (c === 0x3c && input.startsWith('<!--', i)) {
      const j = commentClose(s.pairs, i + 4);
      if (j < 0 || j >= to) return false;
      i = j + 2;
    } else if (c === 0x7b && s.pairs.end[i] > 0 && s.pairs.end[i] <= to) {
      i = s.pairs.end[i] - 1;
      named = true;
    } else if (c === 0x5b || c === 0x5d || c === 0x3c || c === 0x3e) return false;
    else if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d) named = true;
  }
  return named;
}
