// int32s: zeroed views cut from shared blocks, never overlapping; a large one is an array of its own.
// int32s(5) → Int32Array [0, 0, 0, 0, 0] (an offset map for `ঢাকা`).
import { expect, test } from 'vitest';
import { int32s } from '../src/int32-blocks.js';

test('views are zeroed and independent, across a block boundary too', () => {
  const views = Array.from({ length: 3000 }, (_, i) => int32s(1 + (i % 40)));
  for (const v of views) expect(v.every((x) => x === 0)).toBe(true);
  for (const [i, v] of views.entries()) v.fill(i + 1);
  for (const [i, v] of views.entries()) expect(v.every((x) => x === i + 1)).toBe(true);
});

test('a large request gets its own array', () => {
  const big = int32s(1 << 15);
  expect(big.length).toBe(1 << 15);
  expect(big.byteOffset).toBe(0);
  expect(big.buffer.byteLength).toBe(4 << 15);
});
