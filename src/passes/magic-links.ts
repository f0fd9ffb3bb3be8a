// Markup found inside running text (Parser::handleMagicLinks, handleDoubleUnderscore): free URLs
// (`দেখুন https://bn.wikipedia.org।` → externalLink, without the trailing `।`) and behaviour switches
// (`__NOTOC__`, `__কোন_বিষয়বস্তুর_ছক_নয়__`). A free URL follows MediaWiki: one of the site's protocols
// (`mailto:`, `news:`, `irc://` …; not `//`) not glued to a word character (`abchttp://x` is text), the
// URL characters of EXT_LINK_URL_CLASS, entities included (`http://x&amp;y`: one link over three nodes),
// ended by `&lt;`/`&gt;`, without trailing `,;.:!?\` (and `)` when it has no `(`).
import type { BehaviorSwitch, ExternalLink, MagicLink } from '../ast.js';
import type { RawNode } from '../grammar-support/tokens.js';
import { cleanUrl, decodeUrlEntities } from './clean-url.js';
import type { PassContext } from './context.js';
import type { Positions } from './positions.js';
import type { Site } from '../site/bnwiki.js';
import { endOf, startOf } from './walk.js';

/** EXT_LINK_URL_CLASS (bnwiki: a danda `।` also ends a URL). */
const URL_CHARS = '[^\\][<>"\\x00-\\x20\\x7F\\p{Zs}\\uFFFD\\u0964]';
/** A Unicode word character (PCRE's `\w` with /u): a URL glued after one is no link. */
const WORD_BEFORE = /[\p{L}\p{N}\p{M}_]$/u;
/** Punctuation a free URL does not end with (`,;.:!?\` and the dandas `।` `৷`); `)` too unless the URL holds `(`. */
const TRAILING_PUNCT = new Set([...',;.:!?\\\u0964\u09f7'].map((c) => c.charCodeAt(0)));
const CLOSE_PAREN = 0x29;
const ENTITY_END = /&(?:[a-z]+|#x[\da-f]+|#\d+)$/i;

/** The free-URL matcher of a site's protocols (compiled once per site). */
const matchers = new WeakMap<Site, RegExp>();
function freeUrl(site: Site): RegExp {
  let re = matchers.get(site);
  if (!re) {
    const prots = site.urlProtocols.filter((p) => p !== '//').map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    re = new RegExp(`(?:${prots.join('|')})${URL_CHARS}+`, 'giu');
    matchers.set(site, re);
  }
  return re;
}

/**
 * Whether a text may hold a free URL or a switch (a cheap test before the regexes): `__`, or a `:`
 * after an ASCII letter (`https:`, `mailto:`); `সময়: ১০টা` needs no regex.
 */
export function mayHoldMagic(v: string, site: Site): boolean {
  for (let i = v.indexOf(':'); i > 0; i = v.indexOf(':', i + 1)) {
    const c = v.charCodeAt(i - 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return v.includes('__') || (site.magicLinks.length > 0 && MAGIC_WORD.test(v));
}
const MAGIC_WORD = /ISBN|RFC|PMID/;

/** Parser::SPACE_NOT_NL: a space that is no newline, also as a reference. */
const SPACE = '(?:[\\t\\p{Zs}]|&nbsp;|&#0*160;|&#[Xx]0*[Aa]0;)';
/** `RFC 822`, `PMID 1234`, `ISBN 978-0-306-40615-7` (handleMagicLinks's pattern). */
const MAGIC = new RegExp(
  `(RFC|PMID)${SPACE}+([0-9]+)(?![\\p{L}\\p{N}_])|ISBN${SPACE}+((?:97[89](?:-|${SPACE})?)?(?:[0-9](?:-|${SPACE})?){9}[0-9Xx])(?![\\p{L}\\p{N}_])`,
  'gu',
);

/** Splits free URLs and behaviour switches out of the runs of text (and entities) of one children list. */
export function magicLinks(children: RawNode[], cx: PassContext): RawNode[] {
  const site = cx.site;
  let out: RawNode[] | null = null;
  let i = 0;
  while (i < children.length) {
    const c = children[i];
    if (c.type !== 'text' && c.type !== 'entity') {
      out?.push(c);
      i++;
      continue;
    }
    // the run of contiguous text and entity nodes that starts here
    let to = i + 1;
    let magic = c.type === 'text' && mayHoldMagic(c.value, site);
    while (
      to < children.length &&
      (children[to].type === 'entity' || children[to].type === 'text') &&
      startOf(children[to]) === endOf(children[to - 1])
    ) {
      const n = children[to++];
      if (n.type === 'text' && mayHoldMagic(n.value, site)) magic = true;
    }
    const pieces = magic ? splitRun(children, i, to, cx) : null;
    if (pieces) out ??= children.slice(0, i);
    if (out) for (const p of pieces ?? children.slice(i, to)) out.push(p);
    i = to;
  }
  return out ?? children;
}

interface Found {
  start: number;
  end: number;
  node: ExternalLink | BehaviorSwitch | MagicLink;
}

/** The nodes of `children[from, to)` (text and entities) with their free URLs and switches split out, or null. */
function splitRun(children: RawNode[], from: number, to: number, cx: PassContext): RawNode[] | null {
  const { site, positions } = cx;
  const base = startOf(children[from]);
  const v = positions.slice(base, endOf(children[to - 1]));
  const found: Found[] = [];
  if (v.includes(':')) {
    const re = freeUrl(site);
    re.lastIndex = 0;
    for (let m = re.exec(v); m; m = re.exec(v)) {
      if (m.index > 0 ? WORD_BEFORE.test(v.slice(Math.max(0, m.index - 2), m.index)) : false) continue;
      const raw = trimUrl(m[0]);
      const s = base + m.index;
      found.push({ start: m.index, end: m.index + raw.length, node: externalLink(raw, s, positions) });
      re.lastIndex = m.index + raw.length;
    }
  }
  // `found` holds the URLs, then the magic links: each part in order, none overlapping another of its part
  const urlCount = found.length;
  if (site.magicLinks.length && MAGIC_WORD.test(v)) {
    MAGIC.lastIndex = 0;
    for (let m = MAGIC.exec(v); m; m = MAGIC.exec(v)) {
      const kind = (m[1] ?? 'ISBN') as MagicLink['kind'];
      const at = m.index;
      if (!site.magicLinks.includes(kind) || (at > 0 && WORD_BEFORE.test(v.slice(Math.max(0, at - 2), at)))) continue;
      if (overlaps(found, 0, urlCount, at, at + m[0].length)) continue;
      const id = m[2] ?? m[3].replace(new RegExp(SPACE, 'gu'), '').replace(/[- ]/g, '').toUpperCase();
      const s = base + at;
      found.push({
        start: at,
        end: at + m[0].length,
        node: { type: 'magicLink', kind, id, value: m[0], position: positions.pos(s, s + m[0].length) },
      });
    }
  }
  const magicEnd = found.length;
  if (v.includes('__')) {
    // The matches are read before the site is asked about them: a site hook may parse another page,
    // which runs this same regex (`site.behaviorSwitch` is shared) and resets its `lastIndex`.
    const re = site.behaviorSwitch;
    re.lastIndex = 0;
    const words: RegExpExecArray[] = [];
    for (let m = re.exec(v); m; m = re.exec(v)) words.push(m);
    re.lastIndex = 0;
    for (const m of words) {
      const at = m.index;
      const name = site.behaviorSwitchName(m[0]);
      const to = at + m[0].length;
      if (!name || overlaps(found, 0, urlCount, at, to) || overlaps(found, urlCount, magicEnd, at, to)) continue;
      const s = base + at;
      found.push({
        start: at,
        end: at + m[0].length,
        node: { type: 'behaviorSwitch', name, value: m[0], position: positions.pos(s, s + m[0].length) },
      });
    }
  }
  if (!found.length) return null;
  found.sort((a, b) => a.start - b.start);
  // An entity is never cut: a match that would end inside one ends before it.
  for (const f of found) {
    const n = children[lastStartingBefore(children, from, to, base + f.end)];
    const s = startOf(n) - base;
    if (n.type === 'entity' && s < f.end && f.end < endOf(n) - base) f.end = s;
  }
  const out: RawNode[] = [];
  let at = 0;
  let next = from;
  for (const f of found) {
    if (f.end <= f.start || f.start < at) continue;
    next = pushSource(children, next, to, base, at, f.start, out, positions);
    if (f.node.type === 'externalLink' && f.end - f.start !== f.node.url.length)
      f.node = externalLink(v.slice(f.start, f.end), base + f.start, positions);
    out.push(f.node);
    at = f.end;
  }
  pushSource(children, next, to, base, at, v.length, out, positions);
  return out;
}

/**
 * Whether `[a, b)` overlaps one of `found[from…to)` (in order, none overlapping another): the last of them that
 * starts before `b` is the only one that can: in `http://ক.org/-ISBN 0123456789` the ISBN starts inside the URL.
 */
function overlaps(found: readonly Found[], from: number, to: number, a: number, b: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid].start < b) lo = mid + 1;
    else hi = mid;
  }
  return lo > from && found[lo - 1].end > a;
}

/** The last of `children[from…to)` (in source order) that starts before `offset` (`from` when none does). */
function lastStartingBefore(children: RawNode[], from: number, to: number, offset: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(children[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(from, lo - 1);
}

/**
 * The nodes of the run between two offsets (relative to `base`): whole nodes, or text cut to fit. Calls come in
 * order: it starts at `from` (no node before it ends after `a`) and returns where the next call can start.
 */
function pushSource(
  children: RawNode[],
  from: number,
  to: number,
  base: number,
  a: number,
  b: number,
  out: RawNode[],
  positions: Positions,
): number {
  let first = from;
  while (first < to && endOf(children[first]) - base <= a) first++;
  if (b <= a) return first;
  for (let k = first; k < to; k++) {
    const n = children[k];
    const s = startOf(n) - base;
    const e = endOf(n) - base;
    if (s >= b) break;
    if (e <= a) continue;
    if (s >= a && e <= b) out.push(n);
    else
      out.push(
        positions.textNode(
          positions.slice(base + Math.max(a, s), base + Math.min(b, e)),
          base + Math.max(a, s),
          base + Math.min(b, e),
        ),
      );
  }
  return first;
}

/** makeFreeExternalLink's cut: at `&lt;`/`&gt;`, then trailing punctuation (not the `;` of an entity). */
function trimUrl(url: string): string {
  const lt = url.search(/&(?:lt|gt);/i);
  if (lt >= 0) url = url.slice(0, lt);
  let n = trailingPunctuation(url, !url.includes('('));
  if (n && url[url.length - n] === ';' && ENTITY_END.test(url.slice(0, url.length - n))) n--;
  return n ? url.slice(0, url.length - n) : url;
}

/** How many characters of punctuation end the URL (`https://ক.বাংলা/ঢাকা).,` → 3; counted from the end, no regex). */
function trailingPunctuation(url: string, paren: boolean): number {
  let i = url.length;
  while (i > 0) {
    const c = url.charCodeAt(i - 1);
    if (!TRAILING_PUNCT.has(c) && !(paren && c === CLOSE_PAREN)) break;
    i--;
  }
  return url.length - i;
}

function externalLink(raw: string, s: number, positions: Positions): ExternalLink {
  return {
    type: 'externalLink',
    url: raw,
    href: cleanUrl(decodeUrlEntities(raw)),
    bare: true,
    separator: '',
    children: [],
    position: positions.pos(s, s + raw.length),
  };
}
