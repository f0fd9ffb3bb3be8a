// One linear pre-scan that pairs `{{ }}`, `{{{ }}}`, `[[ ]]` and extension tags the way MediaWiki's
// preprocessor does (a stack of brace runs; comments and tag bodies hidden), so the grammar only
// tries an opener that really closes: `{{তথ্যছক|নাম=[[ঢাকা]]}}` → pairs at 0 and 13.
// An opener without a partner stays text, and no input makes the grammar re-scan to the end.

import { htmlTagLength } from './html-tags.js';

export const TEMPLATE = 1;
export const PARAMETER = 2;
export const LINK = 3;
export const EXTENSION = 4;

/** Extension tags whose bodies MediaWiki hides from the page's own markup. */
export const EXTENSION_TAGS = [
  'ref',
  'references',
  'nowiki',
  'pre',
  'math',
  'gallery',
  'syntaxhighlight',
  'source',
  'poem',
  'templatestyles',
  'score',
  'timeline',
  'hiero',
  'chem',
  'ce',
  'graph',
  'mapframe',
  'maplink',
  'indicator',
  'inputbox',
  'categorytree',
  'imagemap',
  'charinsert',
  'section',
  'templatedata',
];
/** Extension tags whose body is wikitext, parsed like the page: `<ref>{{ওয়েব উদ্ধৃতি|…}}</ref>`. */
export const WIKITEXT_BODY_TAGS = new Set(['ref']);

const TAG_NAMES = EXTENSION_TAGS.join('|');
/** `<ref name="ক">`, `<references/>`, `<nowiki />`. */
const OPEN_TAG = new RegExp(`<(${TAG_NAMES})(?=[\\s/>])([^<>]*?)(/?)>`, 'iy');
const CLOSE_TAG = new RegExp(`</(${TAG_NAMES})\\s*>`, 'gi');
const SPECIAL = /[{}[\]<]/g;

/** Result of the pre-scan: for each opener offset, where its construct ends (exclusive). */
export interface Pairs {
  /** `end[i]` = end offset (exclusive) of the construct opened at i, or 0. */
  end: Int32Array;
  kind: Uint8Array;
  /** 1 where the `[[…]]` pair opened here holds another `[[…]]` pair (`[[ক|[[খ]]]]`). */
  holdsLink: Uint8Array;
  /** Extension tags: open offset → { name, openEnd (after `>`), closeStart } (closeStart = openEnd when self-closing). */
  tags: Map<number, { name: string; openEnd: number; closeStart: number; selfClosing: boolean }>;
  /** The kept tables the three views above were cut from, until `releasePairs` gives them back. */
  kept?: Tables;
  /** Where each `<!--` and each `-->` of the page starts, in order (`commentClose`, `commentOpenBefore`). */
  commentOpens: number[];
  commentCloses: number[];
}

interface Run {
  ch: number;
  pos: number;
  count: number;
  /** The next pair this `[` run makes holds a link pair. */
  holdsLink: boolean;
}

// The pre-scan's tables are kept from parse to parse. A page's tables are as long as the page (six bytes a
// character), and typed arrays of 128 KB or more are mapped and unmapped by malloc one by one; the first such
// unmapping makes glibc raise its mmap threshold for good, after which big buffers are carved from the heap and
// fragment it (with the CLI's other big buffers: peak RSS on the shared dump 91 → 87 MB, on pages of 41–582 k
// characters ~110 → ~101 MB). Kept tables are never freed, so they never do that. A parse run from a site hook
// while another is under way takes tables of its own; a parse that throws leaves its tables to the collector.

/** One parse's three per-character tables, at their kept (power-of-two) length. */
interface Tables {
  end: Int32Array;
  kind: Uint8Array;
  holdsLink: Uint8Array;
}
/** Kept tables no parse is using now. */
const spareTables: Tables[] = [];
/**
 * Tables longer than this are not kept: at most 6 MB stays held after a page of up to 1 M characters (a bnwiki
 * page is at most 2 MB of UTF-8, ~700 k Bengali characters). Kept only up to 262 k characters, a dump of pages of
 * ~500 k characters made 3 MB of new tables a page, dead ones piling up until a full collection: peak RSS
 * 109–116 MB, against 100–102 MB with them kept.
 */
const KEEP_MAX = 1 << 20;

/**
 * Zeroed tables for a text of `length` characters, views of exactly `length + 1` of the smallest spare kept
 * tables that fit (or of new ones), and those kept tables: `takeTables('{{ক}}'.length)` → views of 6 entries of
 * kept tables of 4096.
 */
function takeTables(length: number): Tables & { kept: Tables } {
  const n = length + 1;
  let k = -1;
  for (let i = 0; i < spareTables.length; i++)
    if (spareTables[i].kind.length >= n && (k < 0 || spareTables[i].kind.length < spareTables[k].kind.length)) k = i;
  let t: Tables;
  if (k >= 0) {
    t = spareTables[k];
    spareTables[k] = spareTables[spareTables.length - 1];
    spareTables.pop();
  } else {
    const size = Math.max(4096, 2 ** Math.ceil(Math.log2(n)));
    t = { end: new Int32Array(size), kind: new Uint8Array(size), holdsLink: new Uint8Array(size) };
  }
  const views = { end: t.end.subarray(0, n), kind: t.kind.subarray(0, n), holdsLink: t.holdsLink.subarray(0, n) };
  views.end.fill(0);
  views.kind.fill(0);
  views.holdsLink.fill(0);
  return { ...views, kept: t };
}

/**
 * Gives a parse's tables back once its page is parsed (`Session.release`; nothing reads them after): the tables
 * of `findPairs('{{ক}} [[খ]]')` become spare for the next page.
 */
export function releasePairs(pairs: Pairs): void {
  const t = pairs.kept;
  if (t === undefined) return;
  pairs.kept = undefined;
  if (t.kind.length <= KEEP_MAX) spareTables.push(t);
}

/** Pairs every construct in `s` (linear in its length, plus a log factor for tag closes). */
export function findPairs(s: string): Pairs {
  const pairs: Pairs = {
    ...takeTables(s.length),
    tags: new Map(),
    commentOpens: occurrences(s, '<!--'),
    commentCloses: occurrences(s, '-->'),
  };
  const closes = new Map<string, number[]>();
  CLOSE_TAG.lastIndex = 0;
  for (let m = CLOSE_TAG.exec(s); m; m = CLOSE_TAG.exec(s)) {
    const name = m[1].toLowerCase();
    let list = closes.get(name);
    if (!list) closes.set(name, (list = []));
    list.push(m.index);
  }
  scan(s, 0, s.length, pairs, closes);
  return pairs;
}

/** Where `what` starts in `s`, in order: `occurrences('ক<!--খ-->', '-->')` → [6]. */
function occurrences(s: string, what: string): number[] {
  const at: number[] = [];
  for (let j = s.indexOf(what); j >= 0; j = s.indexOf(what, j + what.length)) at.push(j);
  return at;
}

/**
 * The first `-->` at or after `from`, or -1: `s.indexOf('-->', from)` by binary search, so a page of unclosed
 * comments inside refs or headings is not read to its end once per comment.
 * > | <ref>ক<!--খ</ref> …
 *           ^ from (none: -1)
 */
export function commentClose(pairs: Pairs, from: number): number {
  const list = pairs.commentCloses;
  const k = firstAtOrAfter(list, from);
  return k < list.length ? list[k] : -1;
}

/** The last `<!--` starting at or before `at`, or -1: `s.lastIndexOf('<!--', at)` by binary search. */
export function commentOpenBefore(pairs: Pairs, at: number): number {
  const list = pairs.commentOpens;
  const k = firstAtOrAfter(list, at + 1);
  return k > 0 ? list[k - 1] : -1;
}

/** The index of the first entry of a sorted list that is at least `x` (the list's length when none is). */
function firstAtOrAfter(list: number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First close tag of `name` at or after `from` and before `to`, or -1 (binary search). */
function firstClose(list: number[] | undefined, from: number, to: number): number {
  if (!list) return -1;
  const k = firstAtOrAfter(list, from);
  return k < list.length && list[k] < to ? list[k] : -1;
}

/** The stack algorithm over `s[from, to)`; tag bodies of wikitext tags are scanned on their own. */
function scan(s: string, from: number, to: number, pairs: Pairs, closes: Map<string, number[]>): void {
  const stack: Run[] = [];
  /** The open `[` runs, innermost last (to mark the link that holds a link in O(1)). */
  const brackets: Run[] = [];
  let i = from;
  while (i < to) {
    SPECIAL.lastIndex = i;
    if (!SPECIAL.test(s) || SPECIAL.lastIndex > to) break; // test, not exec: no match object per character
    i = SPECIAL.lastIndex - 1;
    const c = s.charCodeAt(i);
    if (c === 0x3c /* < */) {
      if (s.startsWith('<!--', i)) {
        const j = commentClose(pairs, i + 4);
        i = j < 0 || j + 3 > to ? to : j + 3;
        continue;
      }
      OPEN_TAG.lastIndex = i;
      const t = OPEN_TAG.exec(s);
      if (!t) {
        // `<span title="[[ক]]">`: brackets inside an HTML tag's attributes pair with nothing
        const n = htmlTagLength(s, i);
        if (n > 0 && i + n <= to) {
          i += n;
          continue;
        }
      }
      if (t && OPEN_TAG.lastIndex <= to) {
        const name = t[1].toLowerCase();
        const openEnd = OPEN_TAG.lastIndex;
        if (t[3] === '/') {
          pairs.tags.set(i, { name, openEnd, closeStart: openEnd, selfClosing: true });
          pairs.end[i] = openEnd;
          pairs.kind[i] = EXTENSION;
          i = openEnd;
          continue;
        }
        const closeStart = firstClose(closes.get(name), openEnd, to);
        if (closeStart >= 0) {
          const closeEnd = s.indexOf('>', closeStart) + 1;
          pairs.tags.set(i, { name, openEnd, closeStart, selfClosing: false });
          pairs.end[i] = closeEnd;
          pairs.kind[i] = EXTENSION;
          if (WIKITEXT_BODY_TAGS.has(name)) scan(s, openEnd, closeStart, pairs, closes);
          i = closeEnd;
          continue;
        }
      }
      i++;
      continue;
    }
    let run = 1;
    while (i + run < to && s.charCodeAt(i + run) === c) run++;
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (run >= 2) {
        const r: Run = { ch: c, pos: i, count: run, holdsLink: false };
        stack.push(r);
        if (c === 0x5b) brackets.push(r);
      }
      i += run;
      continue;
    }
    const open = c === 0x7d /* } */ ? 0x7b : 0x5b;
    const max = c === 0x7d ? 3 : 2;
    let at = i;
    while (run >= 2 && stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.ch !== open) break;
      const n = Math.min(run, top.count, max);
      const start = top.pos + top.count - n;
      pairs.end[start] = at + n;
      pairs.kind[start] = open === 0x5b ? LINK : n === 3 ? PARAMETER : TEMPLATE;
      at += n;
      run -= n;
      top.count -= n;
      if (top.count < 2) {
        stack.pop();
        if (open === 0x5b) brackets.pop();
      }
      if (open === 0x5b) {
        // `[[ক|[[খ]]]]`: the link that encloses this one (the same run, or the next open `[` run) holds a link.
        if (top.holdsLink) pairs.holdsLink[start] = 1;
        top.holdsLink = false;
        const outer = top.count >= 2 ? top : brackets[brackets.length - 1];
        if (outer) outer.holdsLink = true;
      }
    }
    i = at + run;
  }
}
