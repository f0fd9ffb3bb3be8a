// Small zeroed Int32Arrays cut from shared 256 KB blocks: `int32s(5)` → a view of 5 ints. A typed array of
// its own costs an allocation outside the JS heap and a sweep by the garbage collector, and a plain array of
// numbers fills the young generation twice as fast; the offset maps of plain text and the date tokens of a
// sentence are made by the thousand per page. A block is freed once its last view is.

/** Ints per block (256 KB). */
const BLOCK = 1 << 16;
let block = new Int32Array(BLOCK);
let used = 0;

/** A zeroed Int32Array of `length` (its own array when it is over an eighth of a block). */
export function int32s(length: number): Int32Array {
  if (length > BLOCK >> 3) return new Int32Array(length);
  if (used + length > BLOCK) {
    block = new Int32Array(BLOCK);
    used = 0;
  }
  used += length;
  return block.subarray(used - length, used);
}
