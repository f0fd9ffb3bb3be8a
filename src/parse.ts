// parse(wikitext) → Root: the generated grammar, then the passes, each a small pure function.
// `'''কাতার''' ==ইতিহাস== [[রাশিয়া]]র` → root > bold, heading, wikiLink (trail `র`) …
import type { Root, RootContent } from './ast.js';
import { parse as parseRaw } from './generated/parser.js';
import type { RawNode } from './grammar-support/tokens.js';
import { pos } from './passes/positions.js';
import { isFlattened } from './grammar-support/session.js';
import { buildTables } from './passes/build-tables.js';
import { nestLists } from './passes/nest-lists.js';
import { finishList } from './passes/finish-list.js';
import { PageLines, withLines } from './passes/positions.js';
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
  const flattened =
    options.flattened === undefined || options.flattened === 'auto' ? isFlattened(wikitext) : options.flattened;
  // Positions get their line/column as they are made, from this page's lines (a parse inside this one
  // has its own); constructs run their list passes as they are built, so the root's list (with its
  // tables and lists) is all that is left.
  return withLines(new PageLines(wikitext), () => {
    const items = nestLists(buildTables(runGrammar(wikitext, site, flattened)));
    const failure = items.length === 1 ? failures.get(items[0]) : undefined;
    const root: Root = {
      type: 'root',
      children: finishList(items, site, false, false) as RootContent[],
      position: pos(0, wikitext.length),
    };
    if (flattened) root.data = { flattened: true };
    if (failure) root.data = { ...root.data, messages: [failure] };
    return root;
  });
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
