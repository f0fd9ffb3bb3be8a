// Offsets of built nodes, shared by the passes: `[[ঢাকা]]` at 10 → startOf 10, endOf 18.
import type { Position } from '../ast.js';

/** Start offset of a node. */
export const startOf = (n: { position?: Position }): number => n.position!.start.offset!;
/** End offset of a node. */
export const endOf = (n: { position?: Position }): number => n.position!.end.offset!;
