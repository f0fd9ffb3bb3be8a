// Character-level canonical form used for matching (never applied to the input itself).
// MediaWiki stores য় ড় ঢ় as base + nukta (U+09BC); pasted text may carry the precomposed code points
// (U+09DF, U+09DC, U+09DD), which NFC does not compose. ZWJ/ZWNJ are dropped (`ইমানুয়েল্‌`), the
// Assamese ৰ (U+09F0) is read as র (`ফেব্ৰুয়ারি`), split vowel signs are joined (ে + া → ো),
// NBSP-like spaces become a space, `৷` (U+09F7) becomes the danda `।`, ASCII letters are lower-cased.

/**
 * Canonical replacement of the code unit(s) at `i`: returns the replacement string and how many
 * code units it consumed (0 output means "drop"). Pure, one step, used by `canon` and `normalize`.
 */
export function canonStep(s: string, i: number): [string, number] {
  const c = s.charCodeAt(i);
  switch (c) {
    case 0x09dc:
      return ['\u09a1\u09bc', 1]; // ড়
    case 0x09dd:
      return ['\u09a2\u09bc', 1]; // ঢ়
    case 0x09df:
      return ['\u09af\u09bc', 1]; // য়
    case 0x09f0:
      return ['\u09b0', 1]; // ৰ → র
    case 0x09f7:
      return ['\u0964', 1]; // ৷ → ।
    case 0x200c:
    case 0x200d:
    case 0x00ad:
    case 0xfeff:
    case 0x200b:
      return ['', 1];
    case 0x00a0:
    case 0x2007:
    case 0x202f:
    case 0x2009:
    case 0x2002:
    case 0x2003:
    case 0x3000:
      return [' ', 1];
    case 0x09c7: {
      const n = s.charCodeAt(i + 1);
      if (n === 0x09be) return ['\u09cb', 2]; // ে + া → ো
      if (n === 0x09d7) return ['\u09cc', 2]; // ে + ৗ → ৌ
      return [s[i]!, 1];
    }
    default:
      if (c >= 0x41 && c <= 0x5a) return [String.fromCharCode(c + 32), 1];
      return [s[i]!, 1];
  }
}

/** Canonical matching form of a short string (lexicon words): `'জানুয়ারি'` with U+09DF → base + nukta. */
export function canon(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const [r, n] = canonStep(s, i);
    out += r;
    i += n;
  }
  return out;
}
