// Sentences of plain text: they end at `।` `॥` `৷` `?` `!` and at line breaks (block ends, headings):
// "১৯৮৮ সালে সম্পর্ক স্থাপিত হয়। তবে …" → ["১৯৮৮ সালে সম্পর্ক স্থাপিত হয়।", "তবে …"].

/** A sentence as a `[start, end)` span of the text it was found in (trimmed). */
export interface Span {
  start: number;
  end: number;
}

/** `।` `॥` `৷` `?` `!`: a run of them ends a sentence (and stays in it). */
const isEnd = (c: number): boolean => c === 0x964 || c === 0x965 || c === 0x9f7 || c === 0x3f || c === 0x21;

/** JavaScript's `\s`, by code unit (no string per character): blanks, line breaks, NBSP, U+FEFF (` ১৯৭১।` → the space). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Splits text into trimmed sentence spans, in order; empty ones are skipped. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const push = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) spans.push({ start: a, end: b });
  };
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      push(from, i);
      from = i + 1;
    } else if (isEnd(c)) {
      let j = i + 1;
      while (j < text.length && isEnd(text.charCodeAt(j))) j++;
      push(from, j);
      from = j;
      i = j - 1;
    }
  }
  push(from, text.length);
  return spans;
}
