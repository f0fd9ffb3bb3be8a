// parse(wikitext) → Root: the generated grammar, then the passes, each a small pure function.
// `'''কাতার''' ==ইতিহাস== [[রাশিয়া]]র` → root > bold, heading, wikiLink (trail `র`) …
import type { Root, RootContent } from './ast.js';
import { parse as parseRaw } from './generated/parser.js';
import { pos, type RawNode } from './grammar-support/builders.js';
import { isFlattened } from './grammar-support/session.js';
import { buildTables } from './passes/build-tables.js';
import { nestLists } from './passes/nest-lists.js';
import { resolveQuotes } from './passes/resolve-quotes.js';
import { mergeText } from './passes/merge-text.js';
import { linkTrails } from './passes/link-trails.js';
import { magicLinks } from './passes/magic-links.js';
import { LineCursor } from './passes/positions.js';
import { bnwiki, type Site } from './site/bnwiki.js';

export interface ParseOptions {
  /**
   * The flattened shape of many dataset dumps (newlines lost, `==শিরোনাম==` mid-line):
   * `'auto'` (default) detects it, `true`/`false` force it.
   */
  flattened?: 'auto' | boolean;
  /** Wiki facts (namespaces, magic words, image options, link trail); default: bnwiki. */
  site?: Site;
}

/** Parses any string into a lossless, positioned unist tree; never throws on content. */
export function parse(wikitext: string, options: ParseOptions = {}): Root {
  const site = options.site ?? bnwiki;
  const flattened = options.flattened === undefined || options.flattened === 'auto' ? isFlattened(wikitext) : options.flattened;
  const items = nestLists(buildTables(runGrammar(wikitext, site, flattened)));
  const root: Root = { type: 'root', children: items as RootContent[], position: pos(0, wikitext.length) };
  if (flattened) root.data = { flattened: true };
  const failure = items.length === 1 ? failures.get(items[0]) : undefined;
  if (failure) root.data = { ...root.data, messages: [failure] };
  finish(root as unknown as Walked, site, new LineCursor(wikitext));
  return root;
}

interface Walked {
  type: string;
  name?: string;
  position?: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
  children?: Walked[];
}

/**
 * One depth-first walk: each children list gets the passes it needs (lists, quotes, merged text,
 * link trails, magic links) before its nodes are visited, and every position gets its line/column.
 */
function finish(node: Walked, site: Site, lines: LineCursor): void {
  if (node.position) lines.fill(node.position.start);
  const children = node.children;
  if (children) {
    const work = needs(children as RawNode[]);
    if (work) {
      const opaque = (node.type === 'extensionTag' && node.name !== 'ref') || node.type === 'externalLink';
      let list = children as RawNode[];
      if (work & LISTS) list = nestLists(list);
      if (work & QUOTES) list = resolveQuotes(list);
      if (work & (TEXTS | QUOTES | LISTS)) list = mergeText(list);
      if (work & LINKS) list = linkTrails(list, site);
      if (work & MAGIC && !opaque) list = magicLinks(list, site);
      if (list !== children) replace(children, list);
    }
    for (let i = 0; i < children.length; i++) finish(children[i], site, lines);
  }
  if (node.position) lines.fill(node.position.end);
}

/**
 * Runs the generated parser. Every string is in the grammar's language, so expectation tracking
 * (`peg$silentFails`) is switched off; should a bug still make the grammar fail, the page comes back
 * as one text node rather than an exception (`data.messages` says so).
 */
function runGrammar(wikitext: string, site: Site, flattened: boolean): RawNode[] {
  try {
    return parseRaw(wikitext, { site, flattened, peg$silentFails: 1 });
  } catch (error) {
    const node: RawNode = { type: 'text', value: wikitext, position: pos(0, wikitext.length) };
    failures.set(node, `bn-wikitext grammar failure (a bug): ${(error as Error).message}`);
    return [node];
  }
}
const failures = new WeakMap<object, string>();

const LISTS = 1;
const QUOTES = 2;
const TEXTS = 4;
const LINKS = 8;
const MAGIC = 16;

/** Which passes a children list needs (most need none): one cheap scan instead of five. */
function needs(children: RawNode[]): number {
  let work = 0;
  let prevText = false;
  for (const c of children) {
    const t = c.type;
    if (t === 'text') {
      if (prevText) work |= TEXTS;
      prevText = true;
      const v = c.value;
      if (v.includes('://') || v.includes('__')) work |= MAGIC;
      continue;
    }
    prevText = false;
    if (t === 'quote') work |= QUOTES;
    else if (t === 'listMarker') work |= LISTS;
    else if (t === 'wikiLink') work |= LINKS | MAGIC;
  }
  return work;
}

/** Replaces an array's contents in place (no spread: lists can be very long). */
function replace(target: unknown[], source: unknown[]): void {
  target.length = 0;
  for (const x of source) target.push(x);
}
