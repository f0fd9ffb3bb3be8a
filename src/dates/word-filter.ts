// A cheap test run before a word is cut out of the text and looked up in a word list: does any word of
// the list have the same length, first two and last code units? `দ্বারা`, `ও` and `the` are never sliced
// to be looked up in STARTERS (no starter has their shape); `ডিসেম্বরে` is, and then found.
// Only the low 7 bits of each code unit are kept (the Bengali block and ASCII each fit in them):
// two units that share them only make the filter pass more often, never refuse a word of the list.

/** Bit of a word length in the masks (lengths of 31 and more share the last bit). */
function lengthBit(n: number): number {
  return 1 << Math.min(n, 31);
}

/** Slot of the first two code units of `s[a, b)` (a one-unit word has 0 for its second). */
function headSlot(s: string, a: number, b: number): number {
  return ((s.charCodeAt(a) & 0x7f) << 7) | (b - a > 1 ? s.charCodeAt(a + 1) & 0x7f : 0);
}

/** Length/first-units/last-unit filter over a fixed list of words. */
export class WordFilter {
  /** Head slot → length bits of the listed words with that head. */
  private readonly heads = new Uint32Array(1 << 14);
  /** Last code unit (low 7 bits) → length bits of the listed words ending in it. */
  private readonly tails = new Uint32Array(1 << 7);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length === 0) continue;
      this.heads[headSlot(w, 0, w.length)]! |= lengthBit(w.length);
      this.tails[w.charCodeAt(w.length - 1) & 0x7f]! |= lengthBit(w.length);
    }
  }

  /** False when `s.slice(a, b)` (a non-empty word) is surely not in the list; true when it may be. */
  mayHold(s: string, a: number, b: number): boolean {
    const bit = lengthBit(b - a);
    return (this.heads[headSlot(s, a, b)]! & bit) !== 0 && (this.tails[s.charCodeAt(b - 1) & 0x7f]! & bit) !== 0;
  }
}
