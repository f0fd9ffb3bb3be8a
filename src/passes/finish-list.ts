// The per-list passes, run on a children list when its container is built (no walk of the whole tree):
// `* ''ক'' [[খ]]ের https://x.org` → list > listItem > italic, wikiLink (trail ের), bare externalLink.
// Lists made by the passes themselves (bold, italic, lists, table parts) get theirs right after.
import type { RawNode } from '../grammar-support/tokens.js';
import type { PassContext } from './context.js';
import { indentPre, mayHoldPre } from './indent-pre.js';
import { linkTrails } from './link-trails.js';
import { pairHtml } from './pair-html.js';
import { magicLinks, mayHoldMagic } from './magic-links.js';
import { mergeText } from './merge-text.js';
import { nestLists } from './nest-lists.js';
import { resolveQuotes } from './resolve-quotes.js';

const LISTS = 1;
const QUOTES = 2;
const TEXTS = 4;
const LINKS = 8;
const MAGIC = 16;
/** Holds a container made by a pass (its own list still waits for the passes). */
const MADE = 32;
/** Holds an HTML tag (pairs become htmlElement nodes, last, in the finished list). */
const HTML = 64;

/** Containers that passes make (`buildTables`, `nestLists`, `resolveQuotes`); the others are finished by their builder. */
const MADE_BY_PASSES = new Set([
  'bold',
  'italic',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'tableCaption',
  'preformatted',
]);
/** Lists of lines whose indented lines may be indent-pre: the page, a table cell (true: its first line follows the marker). */
const FLOW: Record<string, boolean> = { tableCell: true, tableCaption: true };

/**
 * Runs lists, quotes, merged text, link trails and magic links (not in `opaque` lists: an external
 * link's label) on one children list, then on the lists of the containers those passes made.
 */
export function finishList(children: RawNode[], cx: PassContext, opaque = false, flow?: boolean): RawNode[] {
  let work = needs(children, cx);
  const pre = flow !== undefined && mayHoldPre(children, flow, cx);
  if (work === 0 && !pre) return exact(children);
  let list = children;
  if (work & LISTS) list = nestLists(list, cx);
  if (pre) {
    list = indentPre(list, flow, cx);
    work |= MADE | TEXTS;
  }
  if (work & QUOTES) list = resolveQuotes(list, cx);
  if (work & (TEXTS | QUOTES | LISTS)) list = mergeText(list, cx);
  if (work & LINKS) list = linkTrails(list, cx);
  if (work & MAGIC && !opaque) list = magicLinks(list, cx);
  if (work & (MADE | QUOTES | LISTS)) {
    for (const c of list)
      if (MADE_BY_PASSES.has(c.type)) finishMade(c as unknown as { type: string; children: RawNode[] }, cx);
  }
  if (work & HTML) list = pairHtml(list, cx);
  return exact(list);
}

/**
 * The list as it stays in the tree: a copy without spare room. Lists grown by `push` (the grammar's, the
 * passes') keep room for ~16 more entries, which a tree would carry (and the GC copy) for its whole life.
 */
export function exact<T>(list: T[]): T[] {
  return list.slice();
}

/** Finishes the list of a container a pass made (and of the containers inside it). */
function finishMade(node: { type: string; children: RawNode[] }, cx: PassContext): void {
  node.children = finishList(node.children, cx, false, FLOW[node.type]);
}

/** Which passes a children list needs (most need none): one cheap scan instead of five. */
function needs(children: RawNode[], cx: PassContext): number {
  const site = cx.site;
  let work = 0;
  let prevText = false;
  /** The name of the open tags seen so far ('*' for several names). */
  let opens: string | null = null;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    const t = c.type;
    if (t === 'text') {
      if (prevText) work |= TEXTS;
      prevText = true;
      const v = c.value;
      if (mayHoldMagic(v, site)) work |= MAGIC;
      continue;
    }
    prevText = false;
    if (t === 'quote') work |= QUOTES;
    else if (t === 'htmlTag') {
      // a close tag after an open tag of its name: a pair to make (most lists hold only `<br />`s)
      if (!c.closing) opens = opens === null ? c.name : opens === c.name ? opens : '*';
      else if (opens !== null && (opens === '*' || opens === c.name)) work |= HTML;
    } else if (t === 'listMarker') work |= LISTS;
    else if (t === 'wikiLink') work |= LINKS | MAGIC;
    else if (MADE_BY_PASSES.has(t)) work |= MADE;
  }
  return work;
}
