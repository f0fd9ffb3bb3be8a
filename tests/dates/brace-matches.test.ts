// BraceMatches: where the template at a `{{` closes, from one pass over the text; the same answers as a scan from
// that `{{` (the rule it replaced, kept here to compare), at every `{{` of 5,000 random strings of braces.
import { describe, expect, it } from 'vitest';
import { BraceMatches } from '../../src/dates/brace-matches.js';
import { seededRandom } from '../helpers.js';

/** The scan it replaced: depth up at `{{`, down at `}}`, the offset after the `}}` that brings it to 0, or -1. */
function scanEnd(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length - 1; k++) {
    if (s.charCodeAt(k) === 0x7b && s.charCodeAt(k + 1) === 0x7b) {
      depth++;
      k++;
    } else if (s.charCodeAt(k) === 0x7d && s.charCodeAt(k + 1) === 0x7d) {
      depth--;
      k++;
      if (depth === 0) return k + 1;
    }
  }
  return -1;
}

describe('BraceMatches', () => {
  it('finds where a citation template closes, nested pairs counted', () => {
    const text = '{{cite|{{ক}}}} ১৯৭১';
    expect(new BraceMatches(text).endOf(0)).toBe(14);
    expect(new BraceMatches(text).endOf(7)).toBe(12);
    expect(new BraceMatches('{{cite web|১৯৭১').endOf(0)).toBe(-1);
  });

  it('answers as a scan from each `{{` does, on 5,000 random strings', () => {
    const alphabet = ['{', '}', 'ক', '|', ' '];
    const next = seededRandom(5);
    const differ: string[] = [];
    for (let n = 0; n < 5000; n++) {
      let s = '';
      // half the strings of braces alone, half with text between them
      const kinds = next(2) ? 2 : alphabet.length;
      for (let k = next(30); k > 0; k--) s += alphabet[next(kinds)];
      const braces = new BraceMatches(s);
      for (let i = 0; i + 1 < s.length; i++) {
        if (s[i] !== '{' || s[i + 1] !== '{') continue;
        if (braces.endOf(i) !== scanEnd(s, i)) differ.push(`${s} @${i}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
