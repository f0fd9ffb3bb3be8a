// Lookahead for links: `[[ঢাকা|রাজধানী]]` (is its target valid? may it hold links?) and
// `[https://bn.wikipedia.org উইকিপিডিয়া]` (how long is its URL, where is its `]`?). Their builders
// are `wikiLink` and `externalLink` (builders.ts).
import { Cell } from './frame.js';
import { lineEnd } from './lines.js';
import { commentClose, LINK } from './pairs.js';
import type { Session } from './session.js';
import { paired, push, reject } from './stops.js';
import { htmlTagLen } from './tags.js';

/**
 * A URL (a protocol, or `//`, then URL characters). It stops before `{{`: MediaWiki expands templates
 * first, we keep them as nodes in the label.
 */
export const URL_START = new RegExp(
  '(?:(?:https?|ftps?|sftp|irc|ircs|git|svn|gopher|telnet|nntp|worldwind|ssh|mms):\\/\\/|\\/\\/' +
    '|(?:mailto|news|tel|urn|geo|sip|sips|sms|xmpp|bitcoin|magnet):)(?:[^\\s[\\]<>"{]|\\{(?!\\{))+',
  'iy',
);

/**
 * Enters `[[…]]` at `p` when the pre-scan paired it, its target is valid, and it holds no link unless
 * it is a file or category link; otherwise the `[[` is text for good.
 * > | [[ঢাকা|রাজধানী]]
 *     ^ a frame up to `]]`, `|` stops
 */
export function enterLink(s: Session, p: number): boolean {
  const end = paired(s, LINK, p);
  if (!end) return false;
  if (!validLinkStart(s, p + 2, end - 2)) return reject(s, p);
  // Links do not nest: `[[ক|[[খ]]]]` is text around the inner link (a file's caption may hold links).
  if (s.pairs.holdsLink[p] && !mayHoldLinks(s, p + 2, end - 2)) return reject(s, p);
  return push(s, p, end - 2, true);
}

/**
 * Whether the link whose target starts at `from` is a file or category link (their captions hold links).
 * > | [[চিত্র:ক.jpg|থাম্ব|[[খ]]]]
 *       ^ namespace 6 (File)
 */
function mayHoldLinks(s: Session, from: number, to: number): boolean {
  const bar = s.input.indexOf('|', from);
  const raw = s.input.slice(from, bar < 0 || bar > to ? to : bar);
  const k = raw.indexOf(':');
  if (k < 0 || /^\s*:/.test(raw)) return false;
  const ns = s.site.namespaceOf(raw.slice(0, k).trim());
  return ns === 6 || ns === 14;
}

/**
 * `[[` must be followed by a target without `[ ] < > { } \n` before the first `|`: `[[ক\nখ]]` is text,
 * and so is `[[https://…]]` ("[" + an external link + "]").
 * > | [[ক<!-- x -->|খ]]
 *       ^ from: a comment or a template inside the target is allowed
 */
function validLinkStart(s: Session, from: number, to: number): boolean {
  const input = s.input;
  // `[[https://…]]` is "[" + an external link + "]": internal link targets never start with a URL.
  let lead = from;
  while (lead < to && input.charCodeAt(lead) === 0x20) lead++;
  URL_START.lastIndex = lead;
  if (URL_START.test(input)) return false;
  let sawText = false;
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x7c) break;
    if (c === 0x0a || c === 0x5b || c === 0x5d || c === 0x3c || c === 0x3e) {
      // A comment or a template inside the target is allowed: `[[ক<!-- x -->]]`, `[[{{PAGENAME}}]]`.
      if (c === 0x3c && input.startsWith('<!--', i)) {
        const j = commentClose(s.pairs, i + 4);
        if (j < 0 || j >= to) return false;
        i = j + 2;
        continue;
      }
      return false;
    }
    if (c === 0x7b && s.pairs.end[i] > 0 && s.pairs.end[i] <= to) {
      i = s.pairs.end[i] - 1;
      sawText = true;
      continue;
    }
    if (c !== 0x20 && c !== 0x5f && c !== 0x09) sawText = true;
  }
  return sawText;
}

/**
 * `[https://… লেবেল]` at `p`: the URL's length, and a frame up to the closing `]`; 0 when there is
 * no URL or no `]` on the line (that is remembered for the rest of the line).
 * > | [https://bn.wikipedia.org উইকি]
 *     ^ URL length 24, a frame up to `]`
 */
export function enterExternalLink(s: Session, p: number): number {
  const f = s.top;
  if (p >= f.extFailFrom && p < f.extFailTo) return 0;
  URL_START.lastIndex = p + 1;
  const m = URL_START.exec(s.input);
  if (!m) return 0;
  let urlEnd = URL_START.lastIndex;
  if (f.cell !== Cell.None) {
    // in a table cell the URL ends at the next cell: `| [ftp://x||]`
    let sep = m[0].indexOf('||');
    const bang = s.headerLine ? m[0].indexOf('!!') : -1;
    if (bang >= 0 && (sep < 0 || bang < sep)) sep = bang;
    if (sep >= 0) urlEnd = p + 1 + sep;
  }
  const close = closingBracket(s, urlEnd, f.end);
  if (close < 0) {
    f.extFailFrom = p;
    f.extFailTo = lineEnd(s, p, f.end);
    return 0;
  }
  return push(s, p, close, false) ? urlEnd - p - 1 : 0;
}

/**
 * The `]` ending an external link's label, skipping paired constructs; -1 at a newline or the end.
 * > | [http://x.org ক [[খ]] গ]
 *                  ^ from: after the URL; the `]` after `[[খ]] গ` ends the label
 */
function closingBracket(s: Session, from: number, limit: number): number {
  const input = s.input;
  for (let i = from; i < limit; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x5d) return i;
    if (c === 0x0a) return -1;
    // in a table cell the next cell starts first: `| [ftp://x||]` is "[", a free URL, then a cell
    if ((c === 0x7c || (c === 0x21 && s.headerLine)) && s.top.cell !== Cell.None && input.charCodeAt(i + 1) === c)
      return -1;
    const e = s.pairs.end[i];
    if (e > 0 && (c === 0x5b || c === 0x7b || c === 0x3c) && e <= limit) i = e - 1;
    else if (c === 0x3c && input.startsWith('<!--', i)) {
      const j = commentClose(s.pairs, i);
      if (j < 0 || j + 3 > limit) return -1;
      i = j + 2;
    } else if (c === 0x3c) {
      // `[http://x <span title="[ক]">খ</span>]`: a `]` inside an HTML tag's attributes ends nothing
      const n = htmlTagLen(s, i);
      if (n > 0 && i + n <= limit) i += n - 1;
    }
  }
  return -1;
}
