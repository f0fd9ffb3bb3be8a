// Small zeroed Int32Arrays cut from shared 127 KB blocks: `int32s(5)` → a view of 5 ints. A typed array of
// its own costs an allocation outside the JS heap and a sweep by the garbage collector, and a plain array of
// numbers fills the young generation twice as fast; the offset maps of plain text and the date tokens of a
// sentence are made by the thousand per page. A block is freed once its last view is.

/**
 * Ints per block (127 KB): under malloc's 128 KB mmap threshold, so a block freed is heap memory reused, not an
 * unmapping that makes glibc raise the threshold (and fragment its heap with big buffers) for good.
 */
const BLOCK = 32512;
let block = new Int32Array(BLOCK);
let used = 0;

/** Lengths over this get an array of their own. */
const OWN = 8192;

/** A zeroed Int32Array of `length` (its own array when it is over OWN). */
export function int32s(length: number): Int32Array {
  if (length > OWN) return new Int32Array(length);
  if (used + length > BLOCK) {
    block = new Int32Array(BLOCK);
    used = 0;
  }
  used += length;
  return block.subarray(used - length, used);
}
