// Where a form reader starts: token `i`, and `j` after an optional era or calendar prefix
// (`খ্রিস্টপূর্ব ৩২৩` → i at খ্রিস্টপূর্ব, j at ৩২৩); `base()` is a fresh part carrying the prefix.
import type { Part } from '../part.js';
import type { Reader } from '../reader.js';
import type { Era } from '../types.js';

export interface At {
  r: Reader;
  i: number;
  j: number;
  pre: { era?: Era; bengali?: boolean; next: number } | null;
  base: () => Part;
}
