// V8 settings for a streaming batch run, set by the CLI as it starts (and by `npm run bench:dump`'s floor runs,
// so they measure the same engine): `tuneHeapForStreaming()` then `tuneCompilerForBatch()` before the first page.
import { setFlagsFromString } from 'node:v8';

/**
 * A streaming run keeps little alive (a batch of pages and their trees), so V8 need not grow its heap the way it
 * does for a long-lived server: the young generation stays at its first size and the old one grows by 30 %
 * over what survives. Peak RSS on the shared dump with one worker: ~150 MB → ~100 MB, for ~15 % more CPU
 * (measured with `npm run bench:dump`). Both flags are read by V8 as the heap grows, so setting them now works.
 */
export function tuneHeapForStreaming(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=30');
}

/**
 * A dump run spends much of its time before the optimizing compiler has caught up: the shared dump's first pass
 * over the 300 articles takes ~1.8× as long as a second one. Large functions (convertArticle, extractDates,
 * the grammar's rules) inline so much that each "wrong map" deoptimisation throws away and recompiles a big
 * unit, again and again, and many lukewarm functions are compiled that never pay back. Inlining less (bytecode
 * budgets 200 / 100 instead of 920 / 460) makes those units small, and a larger interrupt budget (250 k instead
 * of 132 k) optimizes only what stays hot. Shared dump, one worker: wall 3.9 s → 2.9 s, CPU 5.8 s → 3.6 s,
 * the same output (measured 2026-11-30; `npm run bench:dump`). Read when a function is optimized, so setting
 * them now works.
 */
export function tuneCompilerForBatch(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
  setFlagsFromString('--max-inlined-bytecode-size=100');
  setFlagsFromString('--interrupt-budget=250000');
}
