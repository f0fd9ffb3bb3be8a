// parse(wikitext) → Root: the generated grammar, then the passes, each a small pure function.
// `'''কাতার''' ==ইতিহাস== [[রাশিয়া]]র` → root > bold, heading, wikiLink (trail `র`) …
import type { Root, RootContent } from './ast.js';
import { parse as parseRaw } from './generated/parser.js';
import type { RawNode } from './grammar-support/tokens.js';
import { isFlattened } from './grammar-support/flattened.js';
import { buildTables } from './passes/build-tables.js';
import type { PassContext } from './passes/context.js';
import { nestLists } from './passes/nest-lists.js';
import { finishList } from './passes/finish-list.js';
import { Positions } from './passes/positions.js';
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
  // All the state of this parse starts here and is handed down: the grammar's session holds this
  // context, the builders and passes make positions from its page's lines (a parse inside this one,
  // from a site hook, makes its own). Constructs run their list passes as they are built, so the root's
  // list (with its tables and lists) is all that is left. (What stays in modules is constant: tables,
  // compiled regexes — a `g`/`y` regex's `lastIndex` is set right before each use and no site hook runs
  // until it is read — and the free-URL matcher compiled once per site.)
  const cx: PassContext = { site, positions: new Positions(wikitext) };
  const { items, failure } = runGrammar(wikitext, cx, flattened);
  const root: Root = {
    type: 'root',
    children: finishList(nestLists(buildTables(items, cx), cx), cx, false, false) as RootContent[],
    position: cx.positions.pos(0, wikitext.length),
  };
  if (flattened) root.data = { flattened: true };
  if (failure) root.data = { ...root.data, messages: [failure] };
  return root;
}

/**
 * Runs the generated parser. Every string is in the grammar's language, so expectation tracking
 * (`peg$silentFails`) is switched off; should a bug still make the grammar fail, the page comes back
 * as one text node rather than an exception (`failure` says so, for `data.messages`).
 */
function runGrammar(
  wikitext: string,
  cx: PassContext,
  flattened: boolean,
): { items: RawNode[]; failure: string | undefined } {
  try {
    return { items: parseRaw(wikitext, { cx, flattened, peg$silentFails: 1 }), failure: undefined };
  } catch (error) {
    const node: RawNode = { type: 'text', value: wikitext, position: cx.positions.pos(0, wikitext.length) };
    return { items: [node], failure: `bn-wikitext grammar failure (a bug): ${(error as Error).message}` };
  }
}
