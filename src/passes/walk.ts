// Offsets of built nodes and a document-order walk, shared by the passes and the extractors:
// `[[ঢাকা]]` at 10 → startOf 10, endOf 18; descendants(`''[[ঢাকা]]''`) → italic, wikiLink, linkPart?, text.
import type { Nodes, Position, Root, RootContent } from '../ast.js';

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

/**
 * A root's walk (`descendants(root)`) that also knows where each top-level node's part of it begins, so the
 * nodes below a run of top-level nodes (a section's) are one slice of it, not a second walk:
 * `ক\n==খ==\nগ` → nodes [root, text `ক\n`, heading, text `খ`, text `\nগ`], top-level parts at 1, 2 and 4.
 */
export class Walk {
  /** Every node of the tree, the root first, depth-first in document order. */
  readonly nodes: Nodes[] = [];
  /** Where each top-level node's part of `nodes` begins, by its index in `root.children`, then `nodes.length`. */
  private readonly starts: number[] = [];
  /** Index in `root.children` of each top-level node. */
  private readonly indexOf = new Map<Nodes, number>();

  constructor(root: Root) {
    this.nodes.push(root);
    root.children.forEach((c, i) => {
      this.indexOf.set(c, i);
      this.starts.push(this.nodes.length);
      descendants(c, this.nodes);
    });
    this.starts.push(this.nodes.length);
  }

  /** The nodes below `top` (consecutive top-level nodes of the root, themselves included), in document order. */
  below(top: readonly RootContent[]): Nodes[] {
    if (!top.length) return [];
    const first = this.indexOf.get(top[0]);
    const last = this.indexOf.get(top[top.length - 1]);
    if (first === undefined || last === undefined) throw new Error('Walk.below: not top-level nodes of this root');
    return this.nodes.slice(this.starts[first], this.starts[last + 1]);
  }
}
