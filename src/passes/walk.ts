// Shared helpers for the passes: visiting every child list, and positions of built nodes.
import type { Nodes, Position } from '../ast.js';
import { pos } from '../grammar-support/builders.js';

/** Node with children (including raw tokens that carry content). */
interface WithChildren {
  children: unknown[];
}

/** Calls `fn` on every children array below `node` (depth-first, parents before children). */
export function eachChildList(node: unknown, fn: (children: unknown[], parent: WithChildren) => void): void {
  const n = node as Partial<WithChildren>;
  if (!Array.isArray(n.children)) return;
  fn(n.children, n as WithChildren);
  for (const c of n.children) eachChildList(c, fn);
}

/** Start offset of a node. */
export const startOf = (n: { position?: Position }): number => n.position!.start.offset!;
/** End offset of a node. */
export const endOf = (n: { position?: Position }): number => n.position!.end.offset!;

/** A position spanning `from`'s start (or `start`) to the end of the last of `nodes` (or `fallback`). */
export function spanning(start: number, nodes: readonly { position?: Position }[], fallback: number): Position {
  const last = nodes[nodes.length - 1];
  return pos(start, last ? endOf(last) : fallback);
}

export type { Nodes };
