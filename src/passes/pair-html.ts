// HTML elements paired, per children list: `<span style="display:none">ক</span>` → htmlElement span >
// text ক; `<small>ছোট <sup>১</sup></small>` nests. A close tag pairs with the nearest open tag of its
// name in the same list; open tags left between stay htmlTag tokens, as do unclosed and stray tags,
// void and self-closing tags and the preprocessor's <noinclude>/<includeonly>/<onlyinclude>. A pair that
// would hold a heading stays two tokens (a heading starts a section wherever it stands). Lossless: the
// element keeps its tags as written in `open` and `close`.
import type { HtmlElement, HtmlTag, PhrasingContent } from '../ast.js';
import { attributes } from '../grammar-support/attributes.js';
import { MAX_DEPTH } from '../grammar-support/frame.js';
import type { RawNode } from '../grammar-support/tokens.js';
import { plainConstructor } from './plain-objects.js';
import type { PassContext } from './context.js';
import type { Pos } from './positions.js';
import { endOf, startOf } from './walk.js';

const VOID = new Set(['br', 'wbr', 'hr', 'meta', 'link', 'img']);
const UNPAIRED = new Set(['noinclude', 'includeonly', 'onlyinclude']);
/** How far down the stack a close tag looks for its open tag (keeps `</b>` × 10⁵ linear). */
const REACH = 64;
/**
 * The deepest elements nest in one list (as the grammar's constructs, MAX_DEPTH): a close tag that would make a
 * deeper one stays a token. Renderers recurse once per level; `<div>` × 3,000 overflowed their stack.
 */
const MAX_NESTING = MAX_DEPTH;

const HtmlElementNode = plainConstructor(function (
  this: HtmlElement,
  name: string,
  open: HtmlTag,
  close: HtmlTag,
  children: PhrasingContent[],
  position: Pos,
) {
  this.type = 'htmlElement';
  this.name = name;
  this.attributes = attributes(open.value.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, ''));
  this.open = open.value;
  this.close = close.value;
  this.children = children;
  this.position = position;
});

/** Pairs the open and close tags of one children list into htmlElement nodes. */
export function pairHtml(children: RawNode[], cx: PassContext): RawNode[] {
  const out: RawNode[] = [];
  /** How deep the elements of `out` nest, item by item (0 for what is not an element). */
  const depths: number[] = [];
  // The last heading in `out` and the last element as deep as elements go: a pair around either is never made,
  // so neither is ever moved into an element, and one comparison tells whether a pair would hold one.
  let lastHeading = -1;
  let lastDeepest = -1;
  const stack: { at: number; name: string }[] = [];
  for (const c of children) {
    if (c.type !== 'htmlTag' || c.selfClosing || VOID.has(c.name) || UNPAIRED.has(c.name)) {
      if (c.type === 'heading') lastHeading = out.length;
      out.push(c);
      depths.push(0);
      continue;
    }
    if (!c.closing) {
      stack.push({ at: out.length, name: c.name });
      out.push(c);
      depths.push(0);
      continue;
    }
    let k = stack.length - 1;
    while (k >= 0 && k >= stack.length - REACH && stack[k].name !== c.name) k--;
    if (k < 0 || k < stack.length - REACH || lastHeading > stack[k].at || lastDeepest > stack[k].at) {
      out.push(c);
      depths.push(0);
      continue;
    }
    const depth = 1 + deepest(depths, stack[k].at + 1);
    const inner = out.splice(stack[k].at + 1);
    depths.length = stack[k].at;
    const open = out.pop() as HtmlTag;
    const position = cx.positions.pos(startOf(open), endOf(c));
    if (depth >= MAX_NESTING) lastDeepest = out.length;
    out.push(new HtmlElementNode(c.name, open, c, inner as PhrasingContent[], position) as unknown as RawNode);
    depths.push(depth);
    stack.length = k;
  }
  return out;
}

/** The deepest nesting among `depths[from…]`. */
function deepest(depths: number[], from: number): number {
  let d = 0;
  for (let i = from; i < depths.length; i++) if (depths[i] > d) d = depths[i];
  return d;
}
