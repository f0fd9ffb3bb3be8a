// Shared helpers for the passes: visiting every child list, and positions of built nodes.
import type { Nodes, Position } from '../ast.js';
import { pos } from './positions.js';

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
